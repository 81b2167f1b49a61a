/**
 * What gets indexed for a locale (build time): per article, in corpus order (event ID, then
 * source), the record a result shows, the texts of each index field, the SMTP statuses it is
 * linked to and its section texts for snippets.
 */
import { localizeArticle } from '../../content/localize';
import type { Article, EventEntry } from '../../content/model';
import { sectionKeys } from '../../content/sections';
import { articleHref, levelsOf } from '../../content/views';
import { majorMinor } from '../../content/versions';
import type { Locale } from '../../i18n/config';
import { paths } from '../../i18n/paths';
import type { Site } from '../../site/site';
import { statusesOfEvent } from '../../site/statusLinks';
import type { LevelName, SearchRecord, SectionText } from '../format';

export interface IndexedArticle {
  record: SearchRecord;
  /** Field texts; each text of a list is a separate run of words (no phrase spans two). */
  title: string[];
  message: string[];
  keys: string[];
  body: { section: number; text: string }[];
  /** Status keys (`454 4.7.0`, `4.7.0`, `x.7.0`, `454`). */
  statuses: string[];
  texts: SectionText[];
  /** Values the results page filters by. */
  facets: { category: string | null; levels: LevelName[]; versions: string[] };
}

export function indexedArticles(site: Site, locale: Locale): IndexedArticle[] {
  return site.corpus.events.flatMap((event) =>
    event.articles.map((article) => indexedArticle(site, event, article, locale)),
  );
}

function indexedArticle(
  site: Site,
  event: EventEntry,
  article: Article,
  locale: Locale,
): IndexedArticle {
  const view = localizeArticle(article, locale);
  const { facts, title: originalTitle } = article.original;
  const ownText = !repeatsItsEvent(event, article);
  const localized = Object.entries(facts.localizedMessageText ?? {});
  const templates = ownText
    ? [
        ...(facts.messageText ? [{ lang: 'en', text: facts.messageText }] : []),
        ...localized.map(([lang, { text }]) => ({ lang, text })),
      ]
    : [];
  const sections = view.sections.map((section) => ({
    section: sectionKeys.indexOf(section.key),
    text: section.text,
    fromOriginal: section.lang !== locale ? (1 as const) : (0 as const),
  }));
  return {
    record: {
      id: article.id,
      eventId: facts.eventId,
      source: facts.source,
      sourceSlug: event.sourceSlug,
      alsoLoggedBy: facts.alsoLoggedBy,
      kind: facts.kind,
      title: view.title,
      lang: view.titleLang,
      symbolicName: facts.symbolicName ?? null,
      templates,
      aliases: [
        ...(facts.alert ? [facts.alert.ruleName] : []),
        ...(facts.analyzer ? [facts.analyzer.rule] : []),
        ...(view.title !== originalTitle ? [originalTitle] : []),
      ],
      href: articleHref(locale, event, article),
      eventHref: paths.event(locale, event.key),
    },
    title: [
      view.title,
      // Readers paste an alert as the console names it, and English words into any locale.
      ...(facts.alert ? [facts.alert.ruleName] : []),
      ...(facts.analyzer ? [facts.analyzer.rule] : []),
      ...(view.title !== originalTitle ? [originalTitle] : []),
    ],
    message: [
      ...templates.map((t) => t.text),
      ...(facts.messageExample && ownText ? [facts.messageExample] : []),
    ],
    keys: [
      ...(facts.symbolicName ? [facts.symbolicName, splitIdentifier(facts.symbolicName)] : []),
      facts.category ?? '',
      facts.source,
      ...facts.alsoLoggedBy,
      facts.alert?.type ?? '',
    ].filter(Boolean),
    body: sections.map(({ section, text }) => ({ section, text })),
    statuses: statusesOfEvent(site, event.key),
    texts: sections.map(({ section, fromOriginal, text }) => [section, fromOriginal, text]),
    facets: {
      category: facts.category ?? null,
      levels: levelsOf(article),
      versions: [...new Set(facts.productVersions.map((v) => majorMinor(v) ?? v))],
    },
  };
}

/**
 * An alert or analyzer article that repeats the message text of its event's own article: the text
 * is indexed once, with the event article, so that a logged text finds the article explaining it
 * first. The alert is still found by its title, rule name, ID and body.
 */
function repeatsItsEvent(event: EventEntry, article: Article): boolean {
  const { kind, messageText } = article.original.facts;
  return (
    kind !== 'event' &&
    messageText !== undefined &&
    event.articles.some(
      (other) =>
        other.original.facts.kind === 'event' && other.original.facts.messageText === messageText,
    )
  );
}

/** `STARTTLSCertificateExpired` → `STARTTLS Certificate Expired`, so its words can be searched. */
export function splitIdentifier(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}
