/** Plain data that list pages and tables show, derived from the corpus for one locale. */
import { defaultLocale, locales, type Locale } from '../i18n/config';
import { paths } from '../i18n/paths';
import { localizeArticle } from './localize';
import type { Article, Corpus, EventEntry } from './model';
import type { ArticleKind, Level } from './schema';
import { majorMinor } from './versions';

export interface EventRow {
  articleId: string;
  eventId: number;
  source: string;
  sourceSlug: string;
  kind: ArticleKind;
  category: string | null;
  levels: Level[];
  symbolicName: string | null;
  title: string;
  /** Language of the title: the page's own, or the original's while untranslated. */
  titleLang: Locale;
  /** major.minor, e.g. `14.0` */
  versions: string[];
  href: string;
}

export function levelsOf(article: Article): Level[] {
  const level = article.original.facts.level;
  if (!level) return [];
  return Array.isArray(level) ? level : [level];
}

/** The address that shows this article: the event's own when it is alone, else its own below. */
export function articleHref(locale: Locale, event: EventEntry, article: Article): string {
  return event.articles.length === 1
    ? paths.event(locale, event.key)
    : paths.article(locale, event.key, article.slug);
}

export function eventRows(
  corpus: Corpus,
  locale: Locale,
  events: EventEntry[] = corpus.events,
): EventRow[] {
  return events.flatMap((event) =>
    event.articles.map((article) => {
      const { facts } = article.original;
      const { title, titleLang } = localizeArticle(article, locale);
      return {
        articleId: article.id,
        eventId: facts.eventId,
        source: facts.source,
        sourceSlug: event.sourceSlug,
        kind: facts.kind,
        category: facts.category ?? null,
        levels: levelsOf(article),
        symbolicName: facts.symbolicName ?? null,
        title,
        titleLang,
        versions: [...new Set(facts.productVersions.map((v) => majorMinor(v) ?? v))],
        href: articleHref(locale, event, article),
      };
    }),
  );
}

/** The most recently updated articles (by the original's date), newest first. */
export function recentArticles(corpus: Corpus, count: number): Article[] {
  return [...corpus.articles]
    .sort(
      (a, b) => b.original.updated.localeCompare(a.original.updated) || a.id.localeCompare(b.id),
    )
    .slice(0, count);
}

/** Events that use this ID, over every source. */
export function eventsWithId(corpus: Corpus, eventId: number): EventEntry[] {
  return corpus.events.filter((e) => e.eventId === eventId);
}

/** Every event ID documented, ascending and unique. */
export function documentedIds(corpus: Corpus): number[] {
  return [...new Set(corpus.events.map((e) => e.eventId))].sort((a, b) => a - b);
}

/** Locales in which an article is real content: the original's and those of its translations. */
export function availableLocales(article: Article): Locale[] {
  return locales.filter(
    (locale) => locale === defaultLocale || article.translations[locale] !== undefined,
  );
}
