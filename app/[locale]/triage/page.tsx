import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TriageView } from '@/components/TriageView';
import { isLocale } from '@/lib/i18n/config';
import { localizedPageMetadata } from '@/lib/i18n/pageMetadata';
import { paths } from '@/lib/i18n/paths';

type Params = Promise<{ locale: string }>;

export function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return localizedPageMetadata(params, 'triage.title', paths.triage);
}

export default async function TriagePage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <TriageView locale={locale} />;
}
