import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OfflineView } from '@/components/OfflineView';
import { isLocale } from '@/lib/i18n/config';
import { localizedPageMetadata } from '@/lib/i18n/pageMetadata';
import { paths } from '@/lib/i18n/paths';

type Params = Promise<{ locale: string }>;

export function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return localizedPageMetadata(params, 'offline.title', (locale) => paths.offline(locale));
}

export default async function OfflinePage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <OfflineView locale={locale} />;
}
