/**
 * The browser side: opens a locale's search engine the first time the reader uses search and
 * keeps it for the page's lifetime. The engine's code and the index manifest load together; every
 * other index file is fetched by the engine when a query needs it.
 */
import type { Locale } from '../i18n/config';
import type { SearchEngine, SearchStore } from './engine';
import { searchFileUrl } from './files';

const engines = new Map<Locale, Promise<SearchEngine>>();
const ready = new Set<Locale>();

/** True once the locale's engine has loaded: queries then answer without a loading state. */
export function isSearchEngineReady(locale: Locale): boolean {
  return ready.has(locale);
}

function fetchStore(locale: Locale): SearchStore {
  return {
    async load<T>(path: string): Promise<T> {
      const url = searchFileUrl(locale, path);
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return (await response.json()) as T;
    },
  };
}

export function loadSearchEngine(locale: Locale): Promise<SearchEngine> {
  let engine = engines.get(locale);
  if (!engine) {
    // The engine (ranking, stemmers, matchers) is loaded with the index, not with the page.
    engine = import('./engine')
      .then(({ SearchEngine }) => SearchEngine.open(fetchStore(locale)))
      .then((opened) => {
        ready.add(locale);
        return opened;
      });
    engine.catch(() => engines.delete(locale));
    engines.set(locale, engine);
  }
  return engine;
}
