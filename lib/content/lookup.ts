/** Finding corpus entries from route parameters; null when the address does not exist. */
import type { Article, Corpus, EventEntry } from './model';
import { eventKey } from './paths';

export function findEvent(corpus: Corpus, sourceSlug: string, id: string): EventEntry | null {
  if (!/^\d{1,5}$/.test(id)) return null;
  return corpus.eventByKey.get(eventKey(decodeURIComponent(sourceSlug), Number(id))) ?? null;
}

export function findArticle(event: EventEntry, slug: string): Article | null {
  return event.articles.find((a) => a.slug === slug) ?? null;
}
