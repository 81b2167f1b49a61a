import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EventListView } from '@/components/EventListView';
import { loadCorpus } from '@/lib/site/site';
import { alternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';

type Params = Promise<{ locale: string; source: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return loadCorpus().sources.map((s) => ({ source: s.slug }));
}

function load(locale: string, slug: string) {
  const source = loadCorpus().sources.find((s) => s.slug === decodeURIComponent(slug));
  if (!isLocale(locale) || !source) notFound();
  return { locale, source };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, source } = await params;
  const loaded = load(locale, source);
  return {
    title: translator(loaded.locale)('events.sourceTitle', { source: loaded.source.name }),
    alternates: alternates({
      pathIn: (l) => paths.source(l, loaded.source.slug),
      locale: loaded.locale,
    }),
  };
}

export default async function SourcePage({ params }: { params: Params }) {
  const { locale, source } = await params;
  const loaded = load(locale, source);
  return <EventListView corpus={loadCorpus()} locale={loaded.locale} source={loaded.source} />;
}
