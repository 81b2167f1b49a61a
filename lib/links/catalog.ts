/**
 * The catalog: every event with its facts, articles and page URLs per locale. Served as
 * /api/events.json (and one event per file), and read by the /go/ resolver in the browser.
 */
import { localizeArticle } from '../content/localize';
import type { Article, Corpus, EventEntry } from '../content/model';
import type { ArticleKind, Level } from '../content/schema';
import { articleHref, availableLocales, levelsOf } from '../content/views';
import { locales, type Locale } from '../i18n/config';
import { paths } from '../i18n/paths';

export interface CatalogArticle {
  slug: string;
  kind: ArticleKind;
  title: string;
  level: Level | Level[] | null;
  category: string | null;
  symbolicName: string | null;
  messageText: string | null;
  productVersions: string[];
  alert: { type: string; rulePath: string; ruleName: string } | null;
  analyzerRule: string | null;
  updated: string;
  /** Locales with a real translation (the original's locale included). */
  locales: Locale[];
  urls: Record<Locale, string>;
}

export interface CatalogEvent {
  key: string;
  source: string;
  sourceSlug: string;
  eventId: number;
  /** Sister sources that log the same ID and text; their permalinks lead here too. */
  alsoLoggedBy: string[];
  /** Locale-free permalink and the event page per locale. */
  permalink: string;
  urls: Record<Locale, string>;
  articles: CatalogArticle[];
}

export interface Catalog {
  events: CatalogEvent[];
}

function catalogArticle(event: EventEntry, article: Article): CatalogArticle {
  const { facts } = article.original;
  const levels = levelsOf(article);
  return {
    slug: article.slug,
    kind: facts.kind,
    title: localizeArticle(article, 'en').title,
    level: levels.length === 0 ? null : levels.length === 1 ? levels[0]! : levels,
    category: facts.category ?? null,
    symbolicName: facts.symbolicName ?? null,
    messageText: facts.messageText ?? null,
    productVersions: facts.productVersions,
    alert: facts.alert ?? null,
    analyzerRule: facts.analyzer?.rule ?? null,
    updated: article.original.updated,
    locales: availableLocales(article),
    urls: Object.fromEntries(locales.map((l) => [l, articleHref(l, event, article)])) as Record<
      Locale,
      string
    >,
  };
}

export function catalogEvent(event: EventEntry): CatalogEvent {
  return {
    key: event.key,
    source: event.source,
    sourceSlug: event.sourceSlug,
    eventId: event.eventId,
    alsoLoggedBy: event.alsoLoggedBy,
    permalink: paths.permalink(event.key),
    urls: Object.fromEntries(locales.map((l) => [l, paths.event(l, event.key)])) as Record<
      Locale,
      string
    >,
    articles: event.articles.map((article) => catalogArticle(event, article)),
  };
}

export function buildCatalog(corpus: Corpus): Catalog {
  return { events: corpus.events.map(catalogEvent) };
}
