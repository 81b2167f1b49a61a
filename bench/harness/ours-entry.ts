/** Browser entry of the benchmark harness: the site's own search client, driven by the runner. */
import type { Locale } from '../../lib/i18n/config';
import { loadSearchEngine } from '../../lib/search/client';

/** What the header box asks for: the first eight results with their records. */
const boxLimit = 8;

async function first(locale: Locale, query: string) {
  const started = performance.now();
  const engine = await loadSearchEngine(locale);
  const outcome = await engine.search(query, { limit: boxLimit });
  return { ms: performance.now() - started, ids: outcome.hits.map((hit) => hit.record.id) };
}

/** Every query once to load what it needs, then `rounds` timed runs of each. */
async function timed(locale: Locale, queries: string[], rounds: number) {
  const engine = await loadSearchEngine(locale);
  for (const query of queries) await engine.search(query, { limit: boxLimit });
  const times: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const query of queries) {
      const started = performance.now();
      await engine.search(query, { limit: boxLimit });
      times.push(performance.now() - started);
    }
  return times;
}

Object.assign(window, { bench: { first, timed } });
