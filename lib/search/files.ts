/** Where a locale's search files are served (static files written at build time). */
import type { Locale } from '../i18n/config';

/** `path` is relative to the locale's folder, as in ./format searchPaths (a `?v=` may follow). */
export function searchFileUrl(locale: Locale, path: string): string {
  return `/api/search/${locale}/${path}`;
}
