import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TranslationStatusView } from '@/components/TranslationStatusView';
import { loadCorpus } from '@/lib/content/corpus';
import { alternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: translator(locale)('translations.title'), alternates: alternates({ pathIn: paths.translations, locale }) } : {};
}

export default async function TranslationsPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <TranslationStatusView corpus={loadCorpus()} locale={locale} />;
}
