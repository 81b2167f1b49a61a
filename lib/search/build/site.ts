/**
 * The site's search index files, built once per locale and process from the content (the route
 * that serves them is called once per file).
 */
import { loadSite } from '../../site/site';
import { isLocale, locales, type Locale } from '../../i18n/config';
import { buildSearchIndex, type SearchIndexFiles } from './index';

const built = new Map<Locale, SearchIndexFiles>();

export function siteSearchIndex(locale: Locale): SearchIndexFiles {
  let files = built.get(locale);
  if (!files) {
    const started = performance.now();
    files = buildSearchIndex(loadSite(), locale);
    built.set(locale, files);
    // Printed once per locale and build process: the build log shows the index is built once.
    console.log(
      `Search index ${locale}: ${files.files.size} files in ${Math.round(performance.now() - started)} ms (process ${process.pid})`,
    );
  }
  return files;
}

/** Every file of every locale, as path segments below /api/search/. */
export function siteSearchPaths(): string[][] {
  return locales.flatMap((locale) =>
    [...siteSearchIndex(locale).files.keys()].map((path) => [locale, ...path.split('/')]),
  );
}

/** The JSON value of a file, by its path segments; undefined when there is none. */
export function siteSearchFile(segments: readonly string[]): unknown {
  const [locale, ...rest] = segments;
  return isLocale(locale) ? siteSearchIndex(locale).files.get(rest.join('/')) : undefined;
}
