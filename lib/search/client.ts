/**
 * The browser side: fetches a locale's search files the first time the reader uses search,
 * then keeps the engine for the page's lifetime. The core file comes first; the body index and
 * the snippet texts follow without blocking the first results.
 */
import type { Locale } from '../i18n/config';
import type { SearchBodyFile, SearchIndexFile } from './build';
import type { SearchEngine } from './engine';
import { searchFileUrl } from './files';

const engines = new Map<Locale, Promise<SearchEngine>>();
type Listener = () => void;
const listeners = new Set<Listener>();

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Called whenever more of the index arrives, so open result lists can refresh. */
export function onSearchDataLoaded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function loadSearchEngine(locale: Locale): Promise<SearchEngine> {
  let engine = engines.get(locale);
  if (!engine) {
    // The engine (FlexSearch, stemmers, matchers) is loaded with the index, not with the page.
    engine = Promise.all([
      fetchJson<SearchIndexFile>(searchFileUrl(locale, 'index')),
      import('./engine'),
    ]).then(([file, { SearchEngine }]) => {
      const created = new SearchEngine(file);
      const notify = () => listeners.forEach((listener) => listener());
      // Without these, search still answers from titles, message texts and facts.
      const warn = (error: unknown) => console.warn('Search data could not be loaded:', error);
      fetchJson<SearchBodyFile>(searchFileUrl(locale, 'body'))
        .then((body) => {
          created.addBody(body);
          notify();
        })
        .catch(warn);
      fetchJson<string[]>(searchFileUrl(locale, 'text'))
        .then((texts) => {
          created.addTexts(texts);
          notify();
        })
        .catch(warn);
      return created;
    });
    engine.catch(() => engines.delete(locale));
    engines.set(locale, engine);
  }
  return engine;
}
