/**
 * What the service worker keeps and what "keep the whole knowledge base offline" downloads,
 * worked out at build time from the export's file list.
 *
 * - shell: precached when the worker installs: the hashed scripts and styles, the 404 page
 *   (it resolves permalinks), the ID list the ID box uses, and each locale's offline page
 *   (where an unsaved page sends an offline reader);
 * - per locale, its search (results page and index files): kept when the reader first opens a
 *   page of that locale;
 * - per locale, the full download: the shell, the locale's search files, every page of the
 *   locale, the pages without a locale (/, /go/, permalinks) and the per-event API files
 *   /go/ reads.
 * Sizes are the files' own (uncompressed) sizes: what the browser stores.
 */
import { locales, type Locale } from '../i18n/config';
import { paths } from '../i18n/paths';
import { searchFileUrl } from '../search/files';

export interface ExportFile {
  /** Site path of the file: `/en/index.html`, `/_next/static/chunks/a.js`. */
  path: string;
  bytes: number;
}

/** Built into sw.js. */
export interface WorkerManifest {
  build: string;
  cache: string;
  shell: string[];
  localeData: Record<Locale, string[]>;
}

/** Served as /offline/<locale>.json for the download. */
export interface LocaleDownload {
  build: string;
  cache: string;
  locale: Locale;
  pages: number;
  bytes: number;
  files: [url: string, bytes: number][];
}

export const cachePrefix = 'transport-events-kb-';

export function downloadManifestUrl(locale: Locale): string {
  return `/offline/${locale}.json`;
}

/** The address of a page file: `/en/x/index.html` → `/en/x/`; other files keep their path. */
export function fileUrl(path: string): string {
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

const isPage = (path: string) => path.endsWith('/index.html');
const notFoundPages = new Set(['/404/index.html', '/_not-found/index.html']);
const localeOfPath = (path: string) =>
  locales.find((locale) => path.startsWith(`/${locale}/`)) ?? null;

/** A locale's search: its results page and index files. */
export function localeData(locale: Locale): string[] {
  return [
    paths.search(locale),
    ...(['index', 'body', 'text'] as const).map((part) => searchFileUrl(locale, part)),
  ];
}

export function offlinePlan(
  files: readonly ExportFile[],
  build: string,
): { worker: WorkerManifest; downloads: Record<Locale, LocaleDownload> } {
  const cache = `${cachePrefix}${build}`;
  const sizes = new Map(files.map((file) => [fileUrl(file.path), file.bytes]));
  const present = (url: string) => sizes.has(url);
  const shell = [
    ...files.filter((file) => file.path.startsWith('/_next/static/')).map((file) => file.path),
    '/404.html',
    '/api/ids.json',
    ...locales.map((locale) => paths.offline(locale)),
  ].filter(present);
  const shared = files
    .filter((file) =>
      isPage(file.path)
        ? localeOfPath(file.path) === null && !notFoundPages.has(file.path)
        : file.path.startsWith('/api/events/'),
    )
    .map((file) => fileUrl(file.path));

  const downloads = Object.fromEntries(
    locales.map((locale) => {
      const pages = files
        .filter((file) => isPage(file.path) && localeOfPath(file.path) === locale)
        .map((file) => fileUrl(file.path));
      const urls = [...new Set([...shell, ...localeData(locale), ...pages, ...shared])].filter(
        present,
      );
      const entries = urls.map((url): [string, number] => [url, sizes.get(url) ?? 0]);
      const download: LocaleDownload = {
        build,
        cache,
        locale,
        pages: pages.length,
        bytes: entries.reduce((sum, [, bytes]) => sum + bytes, 0),
        files: entries,
      };
      return [locale, download];
    }),
  ) as Record<Locale, LocaleDownload>;

  const worker: WorkerManifest = {
    build,
    cache,
    shell,
    localeData: Object.fromEntries(
      locales.map((locale) => [locale, localeData(locale).filter(present)]),
    ) as Record<Locale, string[]>,
  };
  return { worker, downloads };
}
