/** Finding corpus entries from route parameters; null when the address does not exist. */
import type { Article, Corpus, EventEntry } from './model';
import { eventKey } from './paths';

export function findEvent(corpus: Corpus, sourceSlug: string, id: string): EventEntry | null {
  if (!/^\d{1,5}$/.test(id)) return null;
  return corpus.eventByKey.get(eventKey(decodeURIComponent(sourceSlug), Number(id))) ?? null;
}

/**
 * The event at a locale-free address, also where the address names a sister source that logs
 * the event documented under its main source (permalinks, the JSON API).
 */
export function findEventOrAlias(
  corpus: Corpus,
  sourceSlug: string,
  id: string,
): EventEntry | null {
  if (!/^\d{1,5}$/.test(id)) return null;
  const key = eventKey(decodeURIComponent(sourceSlug), Number(id));
  return corpus.eventByKey.get(key) ?? corpus.aliases.get(key) ?? null;
}

/** Every locale-free event address: each event's, and each sister source's for the events it logs. */
export function permalinkParams(corpus: Corpus): { source: string; id: string }[] {
  const keys = [...corpus.eventByKey.keys(), ...corpus.aliases.keys()];
  return keys.map((key) => {
    const [source, id] = key.split('/') as [string, string];
    return { source, id };
  });
}

export function findArticle(event: EventEntry, slug: string): Article | null {
  return event.articles.find((a) => a.slug === slug) ?? null;
}

export interface EventPageParams {
  source: string;
  id: string;
  /** Empty for the event's own address; one article slug for an address below it. */
  article: string[];
}

/**
 * Every page of every event: the event's address (showing its first article), plus one address
 * per article where several articles share the event. A lone article lives at the event's address
 * only; a second page would double the export for nothing.
 */
export function eventPageParams(corpus: Corpus): EventPageParams[] {
  return corpus.events.flatMap((event) => {
    const base = { source: event.sourceSlug, id: String(event.eventId) };
    const below =
      event.articles.length > 1 ? event.articles.map((a) => ({ ...base, article: [a.slug] })) : [];
    return [{ ...base, article: [] }, ...below];
  });
}

export interface EventPage {
  event: EventEntry;
  article: Article;
  /** True at an article's own address below the event's. */
  belowEvent: boolean;
}

export function findEventPage(
  corpus: Corpus,
  source: string,
  id: string,
  segments: readonly string[] = [],
): EventPage | null {
  const event = findEvent(corpus, source, id);
  if (!event || segments.length > 1) return null;
  if (segments.length === 0) return { event, article: event.articles[0]!, belowEvent: false };
  if (event.articles.length === 1) return null;
  const article = findArticle(event, segments[0]!);
  return article ? { event, article, belowEvent: true } : null;
}
