import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/ArticleView';
import { loadCorpus } from '@/lib/content/corpus';
import { localizeArticle } from '@/lib/content/localize';
import { findArticle, findEvent } from '@/lib/content/lookup';
import { articleHref, availableLocales } from '@/lib/content/views';
import { alternates } from '@/lib/i18n/alternates';
import { paths } from '@/lib/i18n/paths';
import { isLocale } from '@/lib/i18n/config';

type Params = Promise<{ locale: string; source: string; id: string; article: string }>;

export const dynamicParams = false;

/**
 * When several articles document one event, each has its own address below the event's. A lone
 * article lives at the event's address itself (a second page would only double the export).
 */
export function generateStaticParams() {
  return loadCorpus()
    .events.filter((event) => event.articles.length > 1)
    .flatMap((event) => event.articles.map((a) => ({ source: event.sourceSlug, id: String(event.eventId), article: a.slug })));
}

function load(locale: string, source: string, id: string, slug: string) {
  const corpus = loadCorpus();
  const event = findEvent(corpus, source, id);
  const article = event ? findArticle(event, slug) : null;
  if (!isLocale(locale) || !event || !article) notFound();
  return { corpus, event, article, locale };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, source, id, article: slug } = await params;
  const { event, article, locale: checked } = load(locale, source, id, slug);
  const view = localizeArticle(article, checked);
  return {
    title: `${event.source} ${event.eventId}: ${view.title}`,
    alternates: alternates({ pathIn: (l) => articleHref(l, event, article), locale: checked, available: availableLocales(article), xDefault: paths.permalink(event.key) }),
  };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { locale, source, id, article: slug } = await params;
  const { corpus, event, article, locale: checked } = load(locale, source, id, slug);
  return <ArticleView corpus={corpus} event={event} article={article} locale={checked} />;
}
