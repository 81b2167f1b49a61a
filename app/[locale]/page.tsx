import { notFound } from 'next/navigation';
import { HomeView } from '@/components/HomeView';
import { loadCorpus } from '@/lib/content/corpus';
import { isLocale } from '@/lib/i18n/config';

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <HomeView corpus={loadCorpus()} locale={locale} />;
}
