/**
 * Which events go with which SMTP status, made from the data (articles and SMTP texts together,
 * so it lives with the site's composition): an article whose message text,
 * logged example, localized texts or body names a status (`454 4.7.0`, a `[4.7.0](smtp:4.7.0)`
 * link, "SMTP response 421") is linked to it. The `events` lists of the English SMTP texts add
 * events that explain a status without naming it. Search indexes the same links, so a pasted
 * status line leads to these events, and each SMTP code page lists them.
 */
import type { Article } from '../content/model';
import type { Locale } from '../i18n/config';
import { isKnownSmtpCode } from '../smtp/codes';
import { findStatuses, statusKeys } from '../smtp/statusText';
import { smtpPageData, type SmtpPageData } from '../smtp/views';
import type { Site } from './site';

/** Every text of an article that may name a status. */
function textsOf(article: Article): string[] {
  const { facts, sections } = article.original;
  const translated = Object.values(article.translations).flatMap((t) =>
    (t?.sections ?? []).map((s) => s.text),
  );
  return [
    facts.messageText ?? '',
    facts.messageExample ?? '',
    ...Object.values(facts.localizedMessageText ?? {}).map((l) => l.text),
    ...sections.map((s) => s.text),
    ...translated,
  ];
}

/** Status keys an article names (see statusKeys: `454 4.7.0`, `4.7.0`, `x.7.0`, `454`). */
export function statusesNamedBy(article: Article): string[] {
  const keys = new Set<string>();
  const options = { bareReplyCodes: false, isKnown: isKnownSmtpCode };
  for (const text of textsOf(article))
    for (const mention of findStatuses(text, options))
      for (const key of statusKeys(mention)) keys.add(key);
  for (const link of article.original.links)
    if (link.kind === 'smtp' && isKnownSmtpCode(link.code))
      for (const key of statusKeys(
        /\./.test(link.code)
          ? { reply: null, enhanced: link.code }
          : { reply: link.code, enhanced: null },
      ))
        keys.add(key);
  return [...keys];
}

/** Hand-listed events of the English SMTP texts: event key → status keys (`X.4.2` → `x.4.2`). */
function listedStatuses(site: Site): Map<string, string[]> {
  const byEvent = new Map<string, string[]>();
  for (const [key, text] of site.smtpTexts.en)
    for (const event of text.events ?? [])
      byEvent.set(event, [...(byEvent.get(event) ?? []), key.toLowerCase()]);
  return byEvent;
}

interface StatusLinks {
  /** Status key → events whose articles name it. */
  named: Map<string, string[]>;
  /** Event key → status keys it is linked to (named or listed by hand). */
  byEvent: Map<string, string[]>;
}

const linksBySite = new WeakMap<Site, StatusLinks>();

/** Computed once per site; lists keep corpus order (event ID, then source). */
function statusLinks(site: Site): StatusLinks {
  const cached = linksBySite.get(site);
  if (cached) return cached;
  const listed = listedStatuses(site);
  const links: StatusLinks = { named: new Map(), byEvent: new Map() };
  for (const event of site.corpus.events) {
    const named = new Set(event.articles.flatMap(statusesNamedBy));
    for (const key of named) links.named.set(key, [...(links.named.get(key) ?? []), event.key]);
    links.byEvent.set(event.key, [...new Set([...named, ...(listed.get(event.key) ?? [])])]);
  }
  linksBySite.set(site, links);
  return links;
}

/** Status keys linked to an event: named by its articles or listed by hand in the SMTP texts. */
export function statusesOfEvent(site: Site, eventKey: string): string[] {
  return statusLinks(site).byEvent.get(eventKey) ?? [];
}

/**
 * What an SMTP code page shows, its events made from the data: those whose articles name this
 * very code (`4.7.0`, not `5.7.0`) first, then those listed by hand under its text.
 */
export function smtpCodePage(site: Site, code: string, locale: Locale): SmtpPageData | null {
  const data = smtpPageData(site.corpus, site.smtpTexts, code, locale);
  if (!data) return null;
  const named = statusLinks(site).named.get(data.entry.code) ?? [];
  return { ...data, events: [...new Set([...named, ...data.events])] };
}
