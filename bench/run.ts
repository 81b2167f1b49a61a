/**
 * `npm run bench`: our search and Pagefind side by side, for the real corpus and generated
 * corpora of 1,000 and 10,000 articles (BENCH_SIZES to choose): index size, bytes fetched before
 * the first result and its time on a cold page (Chromium), query time p50/p95 (warm, in Chromium,
 * and our engine's CPU time in Node), and hit@1 / hit@5 on the labelled query set per locale and
 * per class. Queries run as readers type them (no trailing space). Nothing passes or fails; the
 * machine is shared, so compare figures within one run. Results also go to .cache/bench/results.txt.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import type { Corpus } from '../lib/content/model';
import { locales, type Locale } from '../lib/i18n/config';
import { buildSearchIndex } from '../lib/search/build/index';
import { memoryStore } from '../lib/search/build/store';
import { validateSite, type Site } from '../lib/site/site';
import { SearchEngine } from '../lib/search/engine';
import { findChromium } from '../scripts/chromium';
import { generateCorpus } from '../scripts/generate-corpus';
import { coldFirst, serve, siteFirstResult, topResults, warmTimes } from './browser';
import { generatedQueries } from './generated-queries';
import { isExpected, labelledQueries, type LabelledQuery } from './labelled-queries';
import { articleOfPagefindUrl, writeBenchSite } from './site';
import { kib, median, ms, percentile, row } from './stats';
import { benchTriage } from './triage';

const work = path.resolve('.cache/bench');
const coldRuns = Number(process.env.BENCH_RUNS ?? 5);
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').filter(Boolean).map(Number);

/** A query with the events that count as a hit (labelled set, or generated from the corpus). */
type BenchQuery = Pick<LabelledQuery, 'locale' | 'query' | 'expected'> & { class: string };

interface BenchCase {
  name: string;
  site: Site;
  corpus: Corpus;
  locales: Locale[];
  /** Latency queries, and a text and an ID query for the cold first result. */
  queries: string[];
  coldText: string;
  coldId: string;
  /** Queries with the expected events, for hit@1 / hit@5. */
  labelled: BenchQuery[];
  labelledName: string;
}

function benchCases(): BenchCase[] {
  const { site } = validateSite();
  const cases: BenchCase[] = [
    {
      name: 'real',
      site,
      corpus: site.corpus,
      locales: [...locales],
      queries: labelledQueries.filter((q) => q.locale === 'en').map((q) => q.query),
      coldText: 'certificate',
      coldId: '2004',
      labelled: labelledQueries,
      labelledName: 'labelled queries',
    },
  ];
  for (const count of sizes) {
    const dir = path.join(work, `content-${count}`);
    rmSync(dir, { recursive: true, force: true });
    generateCorpus(dir, count);
    const generatedSite = validateSite(dir).site;
    const generated = generatedSite.corpus;
    const queries = generatedQueries(generated);
    cases.push({
      name: `${count / 1000}k`,
      site: generatedSite,
      corpus: generated,
      locales: ['en'],
      queries: queries.map((q) => q.query),
      coldText: queries.find((q) => q.kind === 'title-words')?.query ?? 'queue',
      coldId: String(
        generated.articles[Math.floor(generated.articles.length / 2)]!.original.facts.eventId,
      ),
      labelled: queries.map((q) => ({
        locale: 'en',
        class: q.kind,
        query: q.query,
        expected: [q.expected],
      })),
      labelledName: 'queries taken from generated articles',
    });
  }
  return cases;
}

async function nodeEngines(site: Site, caseLocales: Locale[]) {
  const engines = new Map<Locale, SearchEngine>();
  for (const locale of caseLocales)
    engines.set(locale, await SearchEngine.open(memoryStore(buildSearchIndex(site, locale).files)));
  return engines;
}

/** Our engine's CPU time per query in Node, after one run of each query has loaded its shards. */
async function nodeCpuTimes(engine: SearchEngine, queries: string[]): Promise<number[]> {
  for (const query of queries) await engine.search(query, { limit: 8 });
  const times: number[] = [];
  for (let round = 0; round < 5; round++)
    for (const query of queries) {
      const started = process.cpuUsage();
      await engine.search(query, { limit: 8 });
      const used = process.cpuUsage(started);
      times.push((used.user + used.system) / 1000);
    }
  return times;
}

interface HitCounts {
  at1: number;
  at5: number;
  total: number;
}

function tally(queries: BenchQuery[], tops: string[][]): Map<string, HitCounts> {
  const counts = new Map<string, HitCounts>();
  queries.forEach((query, i) => {
    const ids = tops[i] ?? [];
    for (const key of ['all', `locale ${query.locale}`, `class ${query.class}`]) {
      const entry = counts.get(key) ?? { at1: 0, at5: 0, total: 0 };
      entry.total++;
      if (ids[0] && isExpected(query, ids[0])) entry.at1++;
      if (ids.slice(0, 5).some((id) => isExpected(query, id))) entry.at5++;
      counts.set(key, entry);
    }
  });
  return counts;
}

const share = (c: HitCounts | undefined, field: 'at1' | 'at5') =>
  c ? `${c[field]}/${c.total} (${Math.round((c[field] / c.total) * 100)} %)` : '–';

async function oursTops(
  engines: Map<Locale, SearchEngine>,
  queries: BenchQuery[],
): Promise<string[][]> {
  const tops: string[][] = [];
  for (const query of queries) {
    const outcome = await engines.get(query.locale)!.search(query.query, { limit: 5 });
    tops.push(outcome.hits.map((hit) => hit.record.id));
  }
  return tops;
}

async function pagefindTops(
  browser: Browser,
  origin: string,
  queries: BenchQuery[],
): Promise<string[][]> {
  const tops: string[][] = queries.map(() => []);
  for (const locale of locales) {
    const indexes = queries.flatMap((q, i) => (q.locale === locale ? [i] : []));
    if (indexes.length === 0) continue;
    const found = await topResults(
      browser,
      `${origin}/pagefind-${locale}.html`,
      locale,
      indexes.map((i) => queries[i]!.query),
      5,
    );
    indexes.forEach((queryIndex, k) => (tops[queryIndex] = found[k]!.map(articleOfPagefindUrl)));
  }
  return tops;
}

async function runCase(benchCase: BenchCase, browser: Browser, print: (line: string) => void) {
  const { corpus, name } = benchCase;
  print(
    `\n== ${name} corpus: ${corpus.articles.length} articles, locales ${benchCase.locales.join(', ')}`,
  );
  const site = await writeBenchSite(
    path.join(work, 'sites'),
    name,
    benchCase.site,
    benchCase.locales,
  );
  const server = await serve(site.dir);
  const ours = `${server.origin}/ours.html`;
  const theirs = (locale: Locale) => `${server.origin}/pagefind-${locale}.html`;
  print(row('', 'ours', 'Pagefind 1.6.0'));
  print(row('index, all locales (brotli)', kib(site.oursIndexBytes), kib(site.pagefindIndexBytes)));
  print(row('index build, all locales', ms(site.oursBuildMs), ms(site.pagefindBuildMs)));
  print(row('search code (brotli)', kib(site.oursCodeBytes), 'in its index figure'));

  for (const [label, query] of [
    ['text', benchCase.coldText],
    ['ID', benchCase.coldId],
  ] as const) {
    const runsOurs = [];
    const runsTheirs = [];
    for (let run = 0; run < coldRuns; run++) {
      runsOurs.push(await coldFirst(browser, ours, 'en', query));
      runsTheirs.push(await coldFirst(browser, theirs('en'), 'en', query));
    }
    const describe = (runs: { ms: number; bytes: number }[]) =>
      `${kib(median(runs.map((r) => r.bytes)))} / ${ms(median(runs.map((r) => r.ms)))}`;
    print(
      row(
        `cold first result, ${label} "${query.slice(0, 18)}"`,
        describe(runsOurs),
        describe(runsTheirs),
      ),
    );
  }
  print(row('  (bytes fetched for it / time, median)', `of ${coldRuns} cold pages each`));

  const rounds = 5;
  const timesOurs = await warmTimes(browser, ours, 'en', benchCase.queries, rounds);
  const timesTheirs = await warmTimes(browser, theirs('en'), 'en', benchCase.queries, rounds);
  const p = (times: number[]) => `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))}`;
  print(
    row(
      `query p50 / p95, Chromium (${benchCase.queries.length} queries)`,
      p(timesOurs),
      p(timesTheirs),
    ),
  );
  const engines = await nodeEngines(
    benchCase.site,
    benchCase.name === 'real' ? benchCase.locales : ['en'],
  );
  print(
    row(
      'query p50 / p95, Node CPU time',
      p(await nodeCpuTimes(engines.get('en')!, benchCase.queries)),
      '–',
    ),
  );

  const queries = benchCase.labelled;
  const oursHits = tally(queries, await oursTops(engines, queries));
  const theirHits = tally(queries, await pagefindTops(browser, server.origin, queries));
  print(`\n  ${benchCase.labelledName} (${queries.length}): hit@1 | hit@5`);
  const keys = [
    'all',
    ...locales.filter((l) => queries.some((q) => q.locale === l)).map((l) => `locale ${l}`),
    ...[...new Set(queries.map((q) => q.class))].map((c) => `class ${c}`),
  ];
  for (const key of keys)
    print(
      row(
        key,
        `${share(oursHits.get(key), 'at1')} | ${share(oursHits.get(key), 'at5')}`,
        `${share(theirHits.get(key), 'at1')} | ${share(theirHits.get(key), 'at5')}`,
      ),
    );
  server.close();
}

/** The real site's header box, when out/ is built: what a reader gets. */
async function builtSite(browser: Browser, print: (line: string) => void): Promise<void> {
  if (!existsSync('out/404.html')) {
    print('\n(out/ is not built: run npm run build to measure the real site too)');
    return;
  }
  const server = await serve('out');
  const runs = [];
  for (let run = 0; run < coldRuns; run++)
    runs.push(await siteFirstResult(browser, server.origin, 'certificate'));
  server.close();
  print('\n== built site (out/), /en/ header search box, cold page, "certificate"');
  print(
    `  typed → first option: median ${ms(median(runs.map((r) => r.ms)))}, ${kib(median(runs.map((r) => r.bytes)))} fetched after the page had loaded (runs: ${runs.map((r) => `${ms(r.ms)}/${kib(r.bytes)}`).join(', ')})`,
  );
}

async function main(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const lines: string[] = [];
  const print = (line: string) => {
    console.log(line);
    lines.push(line);
  };
  try {
    for (const benchCase of benchCases()) await runCase(benchCase, browser, print);
    await builtSite(browser, print);
    await benchTriage(print);
  } finally {
    await browser.close();
  }
  writeFileSync(path.join(work, 'results.txt'), `${lines.join('\n')}\n`);
}

await main();
