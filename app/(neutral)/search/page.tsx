import type { Metadata } from 'next';
import { LocaleRedirect } from '@/components/LocaleRedirect';

export const metadata: Metadata = { title: 'Search', robots: { index: false } };

/** Locale-free search address (used by the browser's OpenSearch integration). */
export default function NeutralSearchPage() {
  return <LocaleRedirect rest="search/" />;
}
