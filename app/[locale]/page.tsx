import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HomeView } from '@/components/HomeView';
import { loadCorpus } from '@/lib/site/site';
import { alternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/config';
import { paths } from '@/lib/i18n/paths';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale)
    ? { alternates: alternates({ pathIn: paths.home, locale, xDefault: '/' }) }
    : {};
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <HomeView corpus={loadCorpus()} locale={locale} />;
}
