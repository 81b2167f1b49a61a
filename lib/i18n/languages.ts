/** Names of the languages a server may log in, spelled in the reader's locale. */
import type { Locale } from './config';

/** `de` shown to a Russian reader → `немецкий`; an unknown tag is shown as it is. */
export function languageName(language: string, locale: Locale): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
}
