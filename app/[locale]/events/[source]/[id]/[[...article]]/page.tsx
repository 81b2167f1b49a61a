import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/ArticleView';
import { loadCorpus } from '@/lib/site/site';
import { localizeArticle } from '@/lib/content/localize';
import { eventPageParams, findEventPage } from '@/lib/content/lookup';
import { articleHref, availableLocales } from '@/lib/content/views';
import { alternates } from '@/lib/i18n/alternates';
import { isLocale } from '@/lib/i18n/config';
import { paths } from '@/lib/i18n/paths';

/** An event's address, and below it the address of each article when several share the event. */
type Params = Promise<{ locale: string; source: string; id: string; article?: string[] }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return eventPageParams(loadCorpus());
}

async function load(params: Params) {
  const { locale, source, id, article } = await params;
  const corpus = loadCorpus();
  const page = findEventPage(corpus, source, id, article);
  if (!isLocale(locale) || !page) notFound();
  return { corpus, locale, ...page };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { event, article, belowEvent, locale } = await load(params);
  const view = localizeArticle(article, locale);
  return {
    title: `${event.source} ${event.eventId}: ${view.title}`,
    alternates: alternates({
      pathIn: (l) => (belowEvent ? articleHref(l, event, article) : paths.event(l, event.key)),
      locale,
      available: availableLocales(article),
      xDefault: paths.permalink(event.key),
    }),
  };
}

export default async function EventPage({ params }: { params: Params }) {
  const { corpus, event, article, locale } = await load(params);
  return <ArticleView corpus={corpus} event={event} article={article} locale={locale} />;
}
