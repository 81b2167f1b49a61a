/**
 * `npm run bench`: search size and speed figures for the real corpus and generated corpora of
 * 1,000 and 10,000 articles. Prints a table; nothing here passes or fails. The machine is shared:
 * compare figures within one run, and read the medians.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import sirv from 'sirv';
import { validateContent } from '../lib/content/corpus';
import type { Corpus } from '../lib/content/model';
import type { Locale } from '../lib/i18n/config';
import { buildSearchFiles } from '../lib/search/build';
import { SearchEngine } from '../lib/search/engine';
import { findChromium } from '../scripts/chromium';
import { generateCorpus } from '../scripts/generate-corpus';
import { precompress } from '../scripts/precompress';
import { genericQueries, labelledQueries } from './queries';
import { benchTriage } from './triage';

const work = path.resolve('.cache/bench');
const runs = Number(process.env.BENCH_RUNS ?? 5);

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor((p / 100) * values.length))
  ] ?? NaN;
const sizes = (text: string) => ({
  raw: Buffer.byteLength(text),
  gzip: gzipSync(text).length,
  brotli: brotliCompressSync(text).length,
});

interface CorpusCase {
  name: string;
  corpus: Corpus;
  locales: Locale[];
}

function cases(): CorpusCase[] {
  const list: CorpusCase[] = [
    { name: 'real', corpus: validateContent().corpus, locales: ['en', 'de', 'ru'] },
  ];
  for (const count of [1000, 10000]) {
    const dir = path.join(work, `content-${count}`);
    rmSync(dir, { recursive: true, force: true });
    generateCorpus(dir, count);
    list.push({ name: `${count / 1000}k`, corpus: validateContent(dir).corpus, locales: ['en'] });
  }
  return list;
}

/** Writes a harness site for one corpus: the search files, the bundled client and a page. */
async function writeHarness(
  corpusCase: CorpusCase,
): Promise<{ dir: string; codeBytes: ReturnType<typeof sizes> }> {
  const dir = path.join(work, 'sites', corpusCase.name);
  mkdirSync(path.join(dir, 'api', 'search'), { recursive: true });
  const files = buildSearchFiles(corpusCase.corpus, 'en');
  writeFileSync(path.join(dir, 'api/search/en.json'), JSON.stringify(files.index));
  writeFileSync(path.join(dir, 'api/search/en.body.json'), JSON.stringify(files.body));
  writeFileSync(path.join(dir, 'api/search/en.text.json'), JSON.stringify(files.texts));
  const bundle = await build({
    entryPoints: ['bench/harness-entry.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: dir,
    write: true,
    metafile: true,
    logLevel: 'silent',
  });
  const code = Object.keys(bundle.metafile.outputs)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('');
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bench</title><input data-query="certificate"><script type="module" src="harness-entry.js"></script>',
  );
  precompress(dir);
  return { dir, codeBytes: sizes(code) };
}

function serve(root: string, port: number): Promise<http.Server> {
  const files = sirv(root, { gzip: true, brotli: true, dev: false });
  const server = http.createServer((req, res) =>
    files(req, res, () => void res.writeHead(404).end()),
  );
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

/** Cold page each run: time from the first keystroke to the first result, and bytes fetched for it. */
async function firstResult(
  browser: Browser,
  url: string,
  trigger: 'harness' | 'site',
): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await page.goto(url, { waitUntil: 'networkidle' });
  // Bytes per request; the body index and snippet texts load in parallel but are not needed
  // for the first result, so they are counted apart.
  const urls = new Map<string, string>();
  const sizesById = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string } }) =>
    urls.set(event.requestId, event.request.url),
  );
  cdp.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) =>
    sizesById.set(event.requestId, event.encodedDataLength),
  );
  let ms: number;
  if (trigger === 'harness') {
    await page.locator('input').press('c');
    await page.waitForFunction(() => window.firstResultMs !== undefined);
    ms = await page.evaluate(() => window.firstResultMs!);
  } else {
    await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('[role="combobox"]')!;
      box.addEventListener(
        'input',
        () => ((window as unknown as { t0: number }).t0 = performance.now()),
        { once: true, capture: true },
      );
      new MutationObserver((_, observer) => {
        if (document.querySelector('[role="option"]')) {
          (window as unknown as { t1: number }).t1 = performance.now();
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.locator('[role="combobox"]').fill('certificate');
    await page.waitForFunction(() => (window as unknown as { t1?: number }).t1 !== undefined);
    ms = await page.evaluate(
      () =>
        (window as unknown as { t1: number; t0: number }).t1 -
        (window as unknown as { t0: number }).t0,
    );
  }
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  for (const [id, size] of sizesById)
    if (!/\.(body|text)\.json/.test(urls.get(id) ?? '')) bytes += size;
  await context.close();
  return { ms, bytes };
}

function latency(engine: SearchEngine, queries: string[]): { p50: number; p95: number } {
  const times: number[] = [];
  for (let round = 0; round < 30; round++) {
    for (const query of queries) {
      const started = performance.now();
      engine.search(query);
      times.push(performance.now() - started);
    }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

function hits(engines: Map<Locale, SearchEngine>): { at1: number; at5: number; total: number } {
  let at1 = 0;
  let at5 = 0;
  for (const { locale, query, expected } of labelledQueries) {
    const ids = engines
      .get(locale)!
      .search(`${query} `)
      .hits.slice(0, 5)
      .map((h) => h.article.id);
    if (expected.includes(ids[0] ?? '')) at1++;
    if (ids.some((id) => expected.includes(id))) at5++;
  }
  return { at1, at5, total: labelledQueries.length };
}

async function main(): Promise<void> {
  rmSync(path.join(work, 'sites'), { recursive: true, force: true });
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const lines: string[] = [];
  const print = (line: string) => {
    console.log(line);
    lines.push(line);
  };
  for (const corpusCase of cases()) {
    print(`\n== ${corpusCase.name} corpus: ${corpusCase.corpus.articles.length} articles`);
    const engines = new Map<Locale, SearchEngine>();
    for (const locale of corpusCase.locales) {
      const files = buildSearchFiles(corpusCase.corpus, locale);
      const core = sizes(JSON.stringify(files.index));
      const body = sizes(JSON.stringify(files.body));
      const texts = sizes(JSON.stringify(files.texts));
      print(
        `  ${locale} index: core ${kib(core.raw)} raw / ${kib(core.gzip)} gzip / ${kib(core.brotli)} br; body ${kib(body.raw)} / ${kib(body.gzip)} / ${kib(body.brotli)}; snippet texts ${kib(texts.raw)} / ${kib(texts.gzip)} / ${kib(texts.brotli)}`,
      );
      const engine = new SearchEngine(JSON.parse(JSON.stringify(files.index)));
      engine.addBody(JSON.parse(JSON.stringify(files.body)));
      engines.set(locale, engine);
    }
    const queries =
      corpusCase.name === 'real'
        ? labelledQueries.filter((q) => q.locale === 'en').map((q) => q.query)
        : genericQueries;
    const { p50, p95 } = latency(engines.get('en')!, queries);
    print(
      `  query latency (Node, en, ${queries.length} queries × 30): p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`,
    );
    if (corpusCase.name === 'real') {
      const { at1, at5, total } = hits(engines);
      print(
        `  labelled queries (en/de/ru): hit@1 ${at1}/${total} (${Math.round((at1 / total) * 100)} %), hit@5 ${at5}/${total} (${Math.round((at5 / total) * 100)} %)`,
      );
    }
    const harness = await writeHarness(corpusCase);
    const server = await serve(harness.dir, 3190);
    const measured = [];
    for (let run = 0; run < runs; run++)
      measured.push(await firstResult(browser, 'http://localhost:3190/', 'harness'));
    server.close();
    print(
      `  search code ${kib(harness.codeBytes.raw)} raw / ${kib(harness.codeBytes.gzip)} gzip / ${kib(harness.codeBytes.brotli)} br`,
    );
    print(
      `  Chromium, cold page, harness: first keystroke → first result median ${median(measured.map((m) => m.ms)).toFixed(0)} ms; fetched before the first result ${kib(median(measured.map((m) => m.bytes)))} (brotli over the wire, all ${runs} runs: ${measured.map((m) => m.ms.toFixed(0)).join(', ')} ms)`,
    );
  }
  const site = await serveSite();
  if (site) {
    const measured = [];
    for (let run = 0; run < runs; run++)
      measured.push(await firstResult(browser, 'http://localhost:3191/en/', 'site'));
    site.close();
    print(`\n== built site (out/), /en/ header search box, cold page`);
    print(
      `  first keystroke → first result median ${median(measured.map((m) => m.ms)).toFixed(0)} ms; fetched after the keystroke until the first result: median ${kib(median(measured.map((m) => m.bytes)))} (runs: ${measured.map((m) => `${m.ms.toFixed(0)} ms/${kib(m.bytes)}`).join(', ')})`,
    );
  }
  await benchTriage(print);
  await browser.close();
  writeFileSync(path.join(work, 'results.txt'), `${lines.join('\n')}\n`);
}

async function serveSite(): Promise<http.Server | null> {
  if (!existsSync('out/404.html')) {
    console.log('\n(out/ is not built: run npm run build to measure the real site too)');
    return null;
  }
  return serve('out', 3191);
}

await main();
