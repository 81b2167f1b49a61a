/** Browser entry of the benchmark harness: the site's own search client, driven by a keystroke. */
import { loadSearchEngine } from '../lib/search/client';

declare global {
  interface Window {
    firstResultMs?: number;
    firstResultHits?: number;
  }
}

const input = document.querySelector('input')!;
input.addEventListener(
  'keydown',
  () => {
    const started = performance.now();
    void loadSearchEngine('en').then((engine) => {
      const outcome = engine.search(input.dataset.query ?? 'c');
      window.firstResultHits = outcome.hits.length;
      window.firstResultMs = performance.now() - started;
    });
  },
  { once: true },
);
