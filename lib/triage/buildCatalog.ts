/**
 * Build time: the triage catalog served as /api/triage.json. Each event gets its article titles
 * per locale (English and the real translations), the article and event addresses per locale,
 * every message template its articles give (the original and the vendor-localized ones) and
 * its sister sources. Only this module reads the corpus; the browser reads the JSON.
 */
import type { Corpus } from '../content/model';
import { articleHref } from '../content/views';
import { locales, type Locale } from '../i18n/config';
import { paths } from '../i18n/paths';
import { allSmtpCodes } from '../smtp/codes';
import type { TriageCatalog, TriageCatalogEvent } from './catalog';

const perLocale = (address: (locale: Locale) => string) =>
  Object.fromEntries(locales.map((l) => [l, address(l)])) as Record<Locale, string>;

export function buildTriageCatalog(corpus: Corpus): TriageCatalog {
  const events = corpus.events.map((event): TriageCatalogEvent => {
    const facts = event.articles.map((a) => a.original.facts);
    const templates = facts.flatMap((f) => [
      ...(f.messageText ? [f.messageText] : []),
      ...Object.values(f.localizedMessageText ?? {}).map((m) => m.text),
    ]);
    return {
      key: event.key,
      source: event.source,
      alsoLoggedBy: [...new Set(facts.flatMap((f) => f.alsoLoggedBy))],
      eventId: event.eventId,
      urls: perLocale((l) => paths.event(l, event.key)),
      templates: [...new Set(templates)],
      articles: event.articles.map((article) => ({
        kind: article.original.facts.kind,
        titles: {
          en: article.original.title,
          ...Object.fromEntries(
            Object.entries(article.translations).map(([l, t]) => [l, t!.title]),
          ),
        },
        urls: perLocale((l) => articleHref(l, event, article)),
      })),
    };
  });
  return { events, smtpCodes: allSmtpCodes() };
}
