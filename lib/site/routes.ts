/**
 * The pages the static export holds for the data (sources, events, articles, IDs, SMTP codes),
 * built from the same functions the routes' static params use. The build report and the scale
 * check count them per locale; a page the routes emit but this list lacks shows up there.
 */
import { eventPageParams, type EventPageParams } from '../content/lookup';
import type { Corpus } from '../content/model';
import { documentedIds } from '../content/views';
import type { Locale } from '../i18n/config';
import { paths } from '../i18n/paths';
import { allSmtpCodes } from '../smtp/codes';

export interface DataPages {
  sources: string[];
  /** One per article: the event's address for a lone article, its own address below it otherwise. */
  articles: string[];
  /** The event's address of an event with several articles (it shows the first). */
  eventsWithSeveral: string[];
  ids: string[];
  smtp: string[];
}

export function localizedDataPages(corpus: Corpus, locale: Locale): DataPages {
  const eventParams = eventPageParams(corpus);
  const several = new Set(
    eventParams.filter((p) => p.article.length > 0).map((p) => `${p.source}/${p.id}`),
  );
  return {
    sources: corpus.sources.map((source) => paths.source(locale, source.slug)),
    articles: eventParams
      .filter((p) => p.article.length > 0 || !several.has(`${p.source}/${p.id}`))
      .map((p) => eventPagePath(locale, p)),
    eventsWithSeveral: [...several].map((key) => paths.event(locale, key)),
    ids: documentedIds(corpus).map((id) => paths.ids(locale, id)),
    smtp: allSmtpCodes().map((code) => paths.smtp(locale, code)),
  };
}

function eventPagePath(locale: Locale, params: EventPageParams): string {
  const key = `${params.source}/${params.id}`;
  const [article] = params.article;
  return article ? paths.article(locale, key, article) : paths.event(locale, key);
}

/** Every page path of `pages`, in one list. */
export function allPaths(pages: DataPages): string[] {
  return Object.values(pages).flat();
}
