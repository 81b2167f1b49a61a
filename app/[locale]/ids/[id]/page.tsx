import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { IdView } from '@/components/IdView';
import { loadCorpus } from '@/lib/site/site';
import { documentedIds, eventsWithId } from '@/lib/content/views';
import { alternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';

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
  return {
    title: translator(loaded.locale)('ids.title', { id: String(loaded.eventId) }),
    alternates: alternates({ pathIn: (l) => paths.ids(l, loaded.eventId), locale: loaded.locale }),
  };
}

export default async function IdPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  const loaded = load(locale, id);
  return <IdView locale={loaded.locale} eventId={loaded.eventId} events={loaded.events} />;
}
