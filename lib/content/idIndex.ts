/** The ID index served at /api/ids.json: event ID → the event keys that use it. */
import type { Corpus } from './model';

export type IdIndex = Record<string, string[]>;

export function buildIdIndex(corpus: Corpus): IdIndex {
  const index: IdIndex = {};
  for (const event of corpus.events) (index[event.eventId] ??= []).push(event.key);
  return index;
}
