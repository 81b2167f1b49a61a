import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EventListView } from '@/components/EventListView';
import { loadCorpus } from '@/lib/site/site';
import { isLocale } from '@/lib/i18n/config';
import { localizedPageMetadata } from '@/lib/i18n/pageMetadata';
import { paths } from '@/lib/i18n/paths';

type Params = Promise<{ locale: string }>;

export function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return localizedPageMetadata(params, 'events.title', paths.events);
}

export default async function EventsPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <EventListView corpus={loadCorpus()} locale={locale} source={null} />;
}
