/**
 * Canonical and hreflang links. Article pages list only the locales that really translate the
 * article (a fallback page is not a translation); other pages exist fully in every locale.
 */
import type { Metadata } from 'next';
import { defaultLocale, locales, localeTags, type Locale } from './config';

/** The address used for absolute URLs when the build is not told the real one. */
export const fallbackSiteUrl = 'http://localhost:3000';

/** The public address the build was given in SITE_URL, if any. */
export function configuredSiteUrl(): URL | null {
  return process.env.SITE_URL ? new URL(process.env.SITE_URL) : null;
}

/**
 * Where the site is deployed: canonical links, hreflang alternates, the sitemap, robots.txt and
 * OpenSearch need absolute URLs, which only SITE_URL can give a static export.
 */
export function siteUrl(): URL {
  return configuredSiteUrl() ?? new URL(fallbackSiteUrl);
}

/** What the build says when SITE_URL is missing; null when it is set. */
export function siteUrlWarning(): string | null {
  if (configuredSiteUrl()) return null;
  return [
    `SITE_URL is not set, so canonical links, hreflang alternates, the sitemap, robots.txt and`,
    `OpenSearch point at ${fallbackSiteUrl}. For a public build set the address readers use:`,
    `  SITE_URL=https://kb.example.org npm run build`,
    `(The integration templates show the reader's own address either way.)`,
  ].join('\n');
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
