/**
 * Search engines over the fixture corpus (../fixtures/corpus), for unit tests. Shards, chunks and buckets
 * are made tiny so that every query crosses several of them, as at scale.
 */
import path from 'node:path';
import { validateSite } from '../../site/site';
import type { Locale } from '../../i18n/config';
import { buildSearchIndex } from './index';
import { memoryStore } from './store';
import { SearchEngine, type SearchStore } from '../engine';

export const fixtureCorpusDir = path.join(import.meta.dirname, '../fixtures/corpus');

const stores = new Map<Locale, SearchStore>();
const engines = new Map<Locale, Promise<SearchEngine>>();

/** The fixture corpus's index files of a locale, in memory. */
export function fixtureStore(locale: Locale = 'en'): SearchStore {
  let store = stores.get(locale);
  if (!store) {
    const { site, problems } = validateSite(fixtureCorpusDir);
    if (problems.length > 0) throw new Error(JSON.stringify(problems));
    const { files } = buildSearchIndex(site, locale, {
      shardBytes: 1500,
      recordChunkSize: 4,
      textChunkSize: 3,
      namesPerBucket: 3,
    });
    store = memoryStore(files);
    stores.set(locale, store);
  }
  return store;
}

export function fixtureEngine(locale: Locale): Promise<SearchEngine> {
  let engine = engines.get(locale);
  if (!engine) {
    engine = SearchEngine.open(fixtureStore(locale));
    engines.set(locale, engine);
  }
  return engine;
}

/** Article ids of the first `count` hits. */
export async function topIds(locale: Locale, query: string, count = 1): Promise<string[]> {
  const outcome = await (await fixtureEngine(locale)).search(query, { limit: count });
  return outcome.hits.map((hit) => hit.record.id);
}
