/**
 * Writes a benchmark site for one corpus: our split index with the bundled search client, and
 * a Pagefind index of the same articles (same fields: title, facts, message texts, body), each
 * with a harness page that the runner drives in Chromium.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';
import { localizeArticle } from '../lib/content/localize';
import type { Corpus } from '../lib/content/model';
import type { Site } from '../lib/site/site';
import type { Locale } from '../lib/i18n/config';
import { buildSearchIndex } from '../lib/search/build/index';
import { precompress } from '../scripts/precompress';
import { brotliSize } from './stats';

export interface BenchSite {
  dir: string;
  /** Brotli bytes of our index files per locale, and of the search code. */
  oursIndexBytes: number;
  oursCodeBytes: number;
  pagefindIndexBytes: number;
  /** Milliseconds to build each index (all locales). */
  oursBuildMs: number;
  pagefindBuildMs: number;
}

/** Where an article is in the Pagefind index, and back. */
export const pagefindUrl = (locale: Locale, articleId: string) => `/${locale}/a/${articleId}/`;
export const articleOfPagefindUrl = (url: string) =>
  url.replace(/^\/[a-z]{2}\/a\//, '').replace(/\/$/, '');

function writeJson(file: string, value: unknown): number {
  const text = JSON.stringify(value);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return brotliSize(text);
}

async function writeOurs(dir: string, site: Site, locales: Locale[]) {
  let indexBytes = 0;
  let buildMs = 0;
  for (const locale of locales) {
    const started = performance.now();
    const { files } = buildSearchIndex(site, locale);
    buildMs += performance.now() - started;
    for (const [file, value] of files)
      indexBytes += writeJson(path.join(dir, 'api/search', locale, file), value);
  }
  const bundle = await build({
    entryPoints: ['bench/harness/ours-entry.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: dir,
    write: true,
    metafile: true,
    logLevel: 'silent',
  });
  const codeBytes = Object.keys(bundle.metafile.outputs)
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + brotliSize(readFileSync(file)), 0);
  writeFileSync(
    path.join(dir, 'ours.html'),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>ours</title><script type="module" src="ours-entry.js"></script>',
  );
  return { indexBytes, codeBytes, buildMs };
}

/** The text Pagefind indexes for an article: what our index holds, as one page. */
function pagefindContent(corpus: Corpus, locale: Locale, index: number): string {
  const article = corpus.articles[index]!;
  const view = localizeArticle(article, locale);
  const { facts } = article.original;
  return [
    view.title,
    [facts.source, facts.eventId, facts.symbolicName, facts.category, ...facts.alsoLoggedBy]
      .filter(Boolean)
      .join(' '),
    facts.alert?.ruleName ?? '',
    facts.messageText ?? '',
    ...Object.values(facts.localizedMessageText ?? {}).map((l) => l.text),
    facts.messageExample ?? '',
    ...view.sections.map((s) => s.text),
  ].join('\n');
}

const pagefindHarness = (
  locale: Locale,
) => `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>pagefind</title>
<script type="module">
let loaded;
const load = async () => (loaded ??= await import('/pagefind/pagefind.js'));
async function first(locale, query) {
  const started = performance.now();
  const pf = await load();
  const found = await pf.search(query);
  const data = await found.results[0]?.data();
  return { ms: performance.now() - started, ids: data ? [data.url] : [] };
}
async function timed(locale, queries, rounds) {
  const pf = await load();
  for (const query of queries) await pf.search(query);
  const times = [];
  for (let round = 0; round < rounds; round++)
    for (const query of queries) {
      const started = performance.now();
      await pf.search(query);
      times.push(performance.now() - started);
    }
  return times;
}
async function top(locale, queries, count) {
  const pf = await load();
  const out = [];
  for (const query of queries) {
    const found = await pf.search(query);
    const data = await Promise.all(found.results.slice(0, count).map((r) => r.data()));
    out.push(data.map((d) => d.url));
  }
  return out;
}
window.bench = { first, timed, top };
</script>`;

async function writePagefind(dir: string, corpus: Corpus, locales: Locale[]) {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const locale of locales)
    for (let i = 0; i < corpus.articles.length; i++) {
      const article = corpus.articles[i]!;
      const added = await index.addCustomRecord({
        url: pagefindUrl(locale, article.id),
        content: pagefindContent(corpus, locale, i),
        language: locale,
        meta: { title: localizeArticle(article, locale).title },
      });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    }
  const output = path.join(dir, 'pagefind');
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  const { files } = await index.getFiles();
  await pagefind.close();
  const buildMs = performance.now() - started;
  for (const locale of locales)
    writeFileSync(path.join(dir, `pagefind-${locale}.html`), pagefindHarness(locale));
  // Pagefind's index chunks are gzip-compressed already; its script and JSON are not.
  const indexBytes = files.reduce(
    (sum, file) =>
      sum + (/\.(js|json|css)$/.test(file.path) ? brotliSize(file.content) : file.content.length),
    0,
  );
  return { indexBytes, buildMs };
}

export async function writeBenchSite(
  root: string,
  name: string,
  site: Site,
  locales: Locale[],
): Promise<BenchSite> {
  const dir = path.join(root, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ours = await writeOurs(dir, site, locales);
  const found = await writePagefind(dir, site.corpus, locales);
  // Served pre-compressed, as the site serves its search files.
  precompress(dir);
  return {
    dir,
    oursIndexBytes: ours.indexBytes,
    oursCodeBytes: ours.codeBytes,
    pagefindIndexBytes: found.indexBytes,
    oursBuildMs: ours.buildMs,
    pagefindBuildMs: found.buildMs,
  };
}
