/**
 * `npm run bench:weight`: first-load JavaScript of one page of every type, read from the built
 * export (`out/`, or $OUT_DIR). A page's first load is every script its HTML asks for (module
 * scripts and script preloads; the `noModule` polyfill is skipped, modern browsers never fetch
 * it). Prints raw and gzip sizes and whether the search engine (FlexSearch) is among them: reading
 * pages must fetch it only when the reader searches. Figures only; nothing passes or fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const outDir = process.env.OUT_DIR ?? 'out';
const locale = process.env.WEIGHT_LOCALE ?? 'en';

interface CatalogEvent {
  sourceSlug: string;
  eventId: number;
  urls: Record<string, string>;
  articles: unknown[];
}

/** One page of each type, chosen from the export's own catalog so it follows the content. */
function pageTypes(): [string, string][] {
  const catalog = JSON.parse(readFileSync(path.join(outDir, 'api/events.json'), 'utf8')) as {
    events: CatalogEvent[];
  };
  const first = catalog.events[0];
  if (!first) throw new Error(`${outDir}/api/events.json lists no events`);
  const ids = JSON.parse(readFileSync(path.join(outDir, 'api/ids.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  const sharedId = Object.entries(ids).find(([, keys]) => keys.length > 1)?.[0];
  const pages: [string, string][] = [
    ['home', `/${locale}/`],
    ['events table', `/${locale}/events/`],
    ['source list', `/${locale}/events/${first.sourceSlug}/`],
    ['article', first.urls[locale] ?? `/${locale}/events/${first.sourceSlug}/${first.eventId}/`],
    ['ids page', `/${locale}/ids/${sharedId ?? first.eventId}/`],
    ['search page', `/${locale}/search/`],
    ['SMTP index', `/${locale}/smtp/`],
    ['SMTP code', `/${locale}/smtp/4.4.2/`],
    ['integrations', `/${locale}/integrations/`],
    ['translations', `/${locale}/translations/`],
    ['triage', `/${locale}/triage/`],
    ['404', '/404.html'],
  ];
  return pages.filter(([, page]) => existsSync(htmlFile(page)));
}

function htmlFile(page: string): string {
  return path.join(outDir, page.endsWith('.html') ? page : `${page}index.html`);
}

/** The script URLs a page's HTML makes the browser fetch before it is interactive. */
function firstLoadScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    if (src && !/\bnoModule\b/i.test(tag)) urls.add(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\bas="script"/.test(tag)) urls.add(href);
  }
  return [...urls].filter((url) => url.startsWith('/'));
}

const sizeCache = new Map<string, { raw: number; gzip: number; engine: boolean }>();
function scriptSize(url: string) {
  let size = sizeCache.get(url);
  if (!size) {
    const data = readFileSync(path.join(outDir, url.split('?')[0]!));
    size = {
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      engine: data.includes('flexsearch'),
    };
    sizeCache.set(url, size);
  }
  return size;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const rows = pageTypes().map(([type, page]) => {
  const scripts = firstLoadScripts(readFileSync(htmlFile(page), 'utf8'));
  const sizes = scripts.map(scriptSize);
  return {
    type,
    page,
    files: scripts.length,
    raw: sizes.reduce((sum, s) => sum + s.raw, 0),
    gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
    engine: sizes.some((s) => s.engine),
  };
});

console.log(`First-load JavaScript per page type (${outDir}/, locale ${locale})\n`);
const header = ['page type', 'page', 'files', 'raw', 'gzip', 'search engine'];
const table = rows.map((r) => [
  r.type,
  r.page,
  String(r.files),
  kib(r.raw),
  kib(r.gzip),
  r.engine ? 'LOADED' : 'no',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) =>
  cells
    .map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
    .join('  ')
    .trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
