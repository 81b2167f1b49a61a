import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IdView } from '@/components/IdView';
import { loadCorpus } from '@/lib/content/corpus';
import { documentedIds, eventsWithId } from '@/lib/content/views';
import { isLocale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';

type Params = Promise<{ locale: string; id: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return documentedIds(loadCorpus()).map((id) => ({ id: String(id) }));
}

function load(locale: string, id: string) {
  const events = /^\d{1,5}$/.test(id) ? eventsWithId(loadCorpus(), Number(id)) : [];
  if (!isLocale(locale) || events.length === 0) notFound();
  return { locale, events, eventId: Number(id) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const loaded = load(locale, id);
  return { title: translator(loaded.locale)('ids.title', { id: loaded.eventId }) };
}

export default async function IdPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  const loaded = load(locale, id);
  return <IdView locale={loaded.locale} eventId={loaded.eventId} events={loaded.events} />;
}
