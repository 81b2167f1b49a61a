import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/ArticleView';
import { loadCorpus } from '@/lib/content/corpus';
import { localizeArticle } from '@/lib/content/localize';
import { findEvent } from '@/lib/content/lookup';
import { availableLocales } from '@/lib/content/views';
import { alternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/config';
import { paths } from '@/lib/i18n/paths';

type Params = Promise<{ locale: string; source: string; id: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return loadCorpus().events.map((e) => ({ source: e.sourceSlug, id: String(e.eventId) }));
}

function load(locale: string, source: string, id: string) {
  const corpus = loadCorpus();
  const event = findEvent(corpus, source, id);
  if (!isLocale(locale) || !event) notFound();
  return { corpus, event, locale, article: event.articles[0]! };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, source, id } = await params;
  const { event, article, locale: checked } = load(locale, source, id);
  const view = localizeArticle(article, checked);
  return {
    title: `${event.source} ${event.eventId}: ${view.title}`,
    alternates: alternates({ pathIn: (l) => paths.event(l, event.key), locale: checked, available: availableLocales(article), xDefault: paths.permalink(event.key) }),
  };
}

export default async function EventPage({ params }: { params: Params }) {
  const { locale, source, id } = await params;
  const { corpus, event, article, locale: checked } = load(locale, source, id);
  return <ArticleView corpus={corpus} event={event} article={article} locale={checked} />;
}
