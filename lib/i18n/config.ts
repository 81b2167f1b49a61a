/**
 * The one place that lists the site's locales. Adding a locale means adding it here, a
 * dictionary in lib/i18n/dictionaries/ and a folder under content/.
 */
export const locales = ['en', 'de', 'ru'] as const;
export type Locale = (typeof locales)[number];

/** The locale whose articles are the originals; every other locale translates from it. */
export const defaultLocale: Locale = 'en';

/** BCP 47 tags used for <html lang>, hreflang and Intl formatting. */
export const localeTags: Record<Locale, string> = { en: 'en', de: 'de', ru: 'ru' };

/** Names of the languages in their own language, for the switcher. */
export const localeNames: Record<Locale, string> = { en: 'English', de: 'Deutsch', ru: 'Русский' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
