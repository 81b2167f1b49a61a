/**
 * `npm run test:scale`: the project's own risks at scale, cheaply. 10,000 generated articles
 * shaped like the real corpus (several per event, translations, related events, SMTP links) are
 * validated, indexed for search in every locale and routed (the data pages per locale), against
 * budgets that print their figures. Exports are checked elsewhere: the real site and the fixture
 * site (`npm run test:fixture-site`, which checks that every routed page is in its export) go
 * through the real build in `npm test`; the 10,000-article export is a benchmark:
 * `npm run bench:build`.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales } from '../lib/i18n/config';
import { buildSearchIndex } from '../lib/search/build/index';
import { allPaths, localizedDataPages } from '../lib/site/routes';
import { validateSite } from '../lib/site/site';
import { generateCorpus } from './generate-corpus';

const count = Number(process.env.SCALE_ARTICLES ?? 10_000);
// Budgets on this 2-core machine, about three times the figures measured when they were set,
// so that a shared machine does not fail them while a real regression (an order of magnitude)
// does.
const budgets = {
  validationMs: 90_000,
  indexMsPerLocale: 45_000,
  /** The search files a reader may fetch for one locale, gzip, per 1,000 articles. */
  indexGzipBytesPer1000: 1_500_000,
  /** What a query fetches at most per word: one term shard (gzip), and the manifest first. */
  shardGzipBytes: 40_000,
  manifestGzipBytes: 20_000,
};

const failures: string[] = [];
const check = (ok: boolean, message: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};
const timed = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  const value = run();
  return [value, performance.now() - started];
};

const dir = path.resolve('.cache/scale-content');
rmSync(dir, { recursive: true, force: true });
const generated = generateCorpus(dir, count);
console.log(
  `generated ${generated.articles} articles of ${generated.events} events; translations: de ${generated.translations.de}, ru ${generated.translations.ru}`,
);

const [{ site, problems }, validationMs] = timed(() => validateSite(dir));
const { corpus } = site;
const translated = (locale: 'de' | 'ru') =>
  corpus.articles.filter((a) => a.translations[locale]).length;
check(problems.length === 0, `validation: ${problems.length} problems`);
for (const problem of problems.slice(0, 5))
  console.log(`     ${problem.file}:${problem.line}: ${problem.message}`);
check(
  corpus.articles.length === generated.articles &&
    corpus.events.length === generated.events &&
    translated('de') === generated.translations.de &&
    translated('ru') === generated.translations.ru,
  `loaded ${corpus.articles.length} articles, ${corpus.events.length} events, de ${translated('de')}, ru ${translated('ru')} translations`,
);
check(
  validationMs < budgets.validationMs,
  `validation ${Math.round(validationMs)} ms (budget ${budgets.validationMs})`,
);

for (const locale of locales) {
  const [{ files }, indexMs] = timed(() => buildSearchIndex(site, locale));
  const gzipOf = (value: unknown) => gzipSync(JSON.stringify(value)).length;
  const gzip = [...files.values()].reduce((sum: number, file) => sum + gzipOf(file), 0);
  const shards = [...files].filter(([file]) => file.startsWith('t/')).map(([, v]) => gzipOf(v));
  const manifest = gzipOf(files.get('manifest.json'));
  const gzipBudget = (budgets.indexGzipBytesPer1000 * corpus.articles.length) / 1000;
  check(
    indexMs < budgets.indexMsPerLocale,
    `search index ${locale}: ${Math.round(indexMs)} ms (budget ${budgets.indexMsPerLocale})`,
  );
  check(
    gzip < gzipBudget,
    `search files ${locale}: ${files.size} files, ${Math.round(gzip / 1024)} KiB gzip (budget ${Math.round(gzipBudget / 1024)})`,
  );
  check(
    Math.max(...shards) < budgets.shardGzipBytes && manifest < budgets.manifestGzipBytes,
    `search ${locale}: ${shards.length} term shards, largest ${Math.round(Math.max(...shards) / 1024)} KiB gzip (budget ${budgets.shardGzipBytes / 1000}), manifest ${Math.round(manifest / 1024)} KiB (budget ${budgets.manifestGzipBytes / 1000})`,
  );
}

for (const locale of locales) {
  const pages = localizedDataPages(corpus, locale);
  check(
    pages.articles.length === corpus.articles.length &&
      new Set(pages.articles).size === pages.articles.length,
    `routes ${locale}: ${allPaths(pages).length} data pages, one per article (${pages.articles.length}), ${pages.sources.length} sources, ${pages.ids.length} IDs, ${pages.smtp.length} SMTP codes`,
  );
}

if (failures.length > 0) {
  console.error(`\nScale check failed: ${failures.length} check(s).`);
  process.exit(1);
}
console.log('\nScale check passed.');
