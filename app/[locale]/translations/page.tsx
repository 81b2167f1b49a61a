import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TranslationStatusView } from '@/components/TranslationStatusView';
import { loadCorpus } from '@/lib/site/site';
import { isLocale } from '@/lib/i18n/config';
import { localizedPageMetadata } from '@/lib/i18n/pageMetadata';
import { paths } from '@/lib/i18n/paths';

type Params = Promise<{ locale: string }>;

export function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return localizedPageMetadata(params, 'translations.title', paths.translations);
}

export default async function TranslationsPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <TranslationStatusView corpus={loadCorpus()} locale={locale} />;
}
