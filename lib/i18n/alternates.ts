/**
 * Canonical and hreflang links. Article pages list only the locales that really translate the
 * article (a fallback page is not a translation); other pages exist fully in every locale.
 */
import type { Metadata } from 'next';
import { defaultLocale, locales, localeTags, type Locale } from './config';

/** Where the site is deployed; absolute URLs in canonical links and the sitemap use it. */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL ?? 'http://localhost:3000');
}

export interface AlternateSpec {
  /** The page's path in a locale. */
  pathIn: (locale: Locale) => string;
  /** The locale of the page being rendered. */
  locale: Locale;
  /** Locales in which the page is real content; defaults to all. */
  available?: readonly Locale[];
  /** The locale-neutral address for x-default; defaults to the default locale's page. */
  xDefault?: string;
}

export function alternates({
  pathIn,
  locale,
  available = locales,
  xDefault,
}: AlternateSpec): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = {};
  for (const other of available) languages[localeTags[other]] = pathIn(other);
  languages['x-default'] = xDefault ?? pathIn(defaultLocale);
  // A fallback page points its canonical at the original it shows.
  const canonical = available.includes(locale) ? pathIn(locale) : pathIn(defaultLocale);
  return { canonical, languages };
}
