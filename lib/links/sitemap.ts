/** Sitemap entries: every page in every locale, with hreflang alternates for real translations. */
import type { MetadataRoute } from 'next';
import type { Corpus } from '../content/model';
import { articleHref, availableLocales } from '../content/views';
import { defaultLocale, locales, localeTags, type Locale } from '../i18n/config';
import { paths } from '../i18n/paths';

type Entry = MetadataRoute.Sitemap[number];

function entries(
  base: URL,
  pathIn: (l: Locale) => string,
  available: readonly Locale[],
  lastModified?: string,
): Entry[] {
  const absolute = (p: string) => new URL(p, base).toString();
  const languages = Object.fromEntries([
    ...available.map((l) => [localeTags[l], absolute(pathIn(l))]),
    ['x-default', absolute(pathIn(defaultLocale))],
  ]);
  return available.map((locale) => ({
    url: absolute(pathIn(locale)),
    lastModified,
    alternates: { languages },
  }));
}

export function sitemapEntries(corpus: Corpus, base: URL): MetadataRoute.Sitemap {
  const everywhere = [
    paths.home,
    paths.events,
    paths.smtpIndex,
    paths.translations,
    paths.integrations,
    paths.triage,
  ].flatMap((pathIn) => entries(base, pathIn, locales));
  const sources = corpus.sources.flatMap((s) =>
    entries(base, (l) => paths.source(l, s.slug), locales),
  );
  const articles = corpus.events.flatMap((event) =>
    event.articles.flatMap((article) =>
      entries(
        base,
        (l) => articleHref(l, event, article),
        availableLocales(article),
        article.original.updated,
      ),
    ),
  );
  return [...everywhere, ...sources, ...articles];
}
