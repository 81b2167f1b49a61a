/**
 * Which locale a reader gets when the address does not say: the remembered choice first, then
 * the browser's languages matched by the standard lookup algorithm (BCP 47: `de-AT` → `de`),
 * then the default locale.
 */
import { match } from '@formatjs/intl-localematcher';
import { defaultLocale, isLocale, locales, type Locale } from './config';

export function negotiateLocale(
  remembered: string | null,
  browserLanguages: readonly string[],
): Locale {
  if (isLocale(remembered)) return remembered;
  const requested = browserLanguages.filter((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length > 0;
    } catch {
      return false; // A malformed tag from a browser or a test must not break the page.
    }
  });
  if (requested.length === 0) return defaultLocale;
  const matched = match(requested, locales, defaultLocale, { algorithm: 'lookup' });
  return isLocale(matched) ? matched : defaultLocale;
}
