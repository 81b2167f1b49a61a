/** Where a locale's search files are served (static files written at build time). */
import type { Locale } from '../i18n/config';

export function searchFileNames(locale: Locale) {
  return {
    index: `${locale}.json`,
    body: `${locale}.body.json`,
    text: `${locale}.text.json`,
  } as const;
}

export function searchFileUrl(
  locale: Locale,
  part: keyof ReturnType<typeof searchFileNames>,
): string {
  return `/api/search/${searchFileNames(locale)[part]}`;
}
