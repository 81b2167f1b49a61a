/**
 * The /go/ resolver: link parameters from monitoring tools and Event Viewer in, a path on this
 * site out. Pure: the caller supplies the catalog and the locale to use when the link names none.
 * Every path it returns is built from the site's own path builders, never from the input, so no
 * input can send the reader to another site.
 */
import { sourceMatchKey } from '../content/paths';
import { articleKinds, type ArticleKind } from '../content/kinds';
import { isLocale, type Locale } from '../i18n/config';
import { paths } from '../i18n/paths';
import { decodeEventId } from '../search/eventId';
import type { Catalog, CatalogEvent } from './catalog';
import { localeForLcid } from './lcid';
import { productLine } from './productLine';

export interface LinkQuery {
  source: string | null;
  eventId: number | null;
  locale: Locale | null;
  version: string | null;
  kind: ArticleKind | null;
}

/** Reads the parameters in any order and letter case; unknown ones (url, next, …) are ignored. */
export function parseLinkQuery(search: string): LinkQuery {
  const params = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(search)) {
    const key = name.toLowerCase();
    if (!params.has(key) && value.trim()) params.set(key, value.trim());
  }
  const pick = (...names: string[]) =>
    names.map((n) => params.get(n)).find((v) => v !== undefined) ?? null;
  const lang = pick('lang')?.toLowerCase().split(/[-_]/)[0];
  const kind = pick('kind')?.toLowerCase();
  const id = pick('id', 'evtid');
  return {
    source: pick('source', 'evtsrc'),
    eventId: id === null ? null : decodeEventId(id),
    locale: isLocale(lang) ? lang : localeForLcid(pick('lcid')),
    version: pick('version', 'prodver'),
    kind: (articleKinds as readonly string[]).includes(kind ?? '') ? (kind as ArticleKind) : null,
  };
}

/** The search page for an event the site does not document, saying so above the results. */
export function undocumentedSearchPath(locale: Locale, event: string): string {
  return `${paths.search(locale, event)}&undocumented=1`;
}

export type Resolution =
  | { type: 'event' | 'article' | 'ids'; path: string }
  | { type: 'search'; path: string; query: string };

export function resolveLink(
  query: LinkQuery,
  catalog: Catalog,
  fallbackLocale: Locale,
): Resolution {
  const locale = query.locale ?? fallbackLocale;
  const sourceKey = query.source ? sourceMatchKey(query.source) : null;
  const searchFor = [query.source, query.eventId].filter((v) => v !== null).join(' ');
  const notFound = (): Resolution => ({
    type: 'search',
    query: searchFor,
    path: searchFor ? undocumentedSearchPath(locale, searchFor) : paths.search(locale),
  });
  if (query.eventId === null) return notFound();

  const bySource = (e: CatalogEvent) =>
    sourceKey === null ||
    [e.source, ...e.alsoLoggedBy].some((s) => sourceMatchKey(s) === sourceKey);
  const events = catalog.events.filter((e) => e.eventId === query.eventId && bySource(e));
  if (events.length === 0) return notFound();
  const candidates = narrow(events, query);
  const [first] = candidates as [Candidate, ...Candidate[]];
  if (candidates.length === 1 && first.event.articles.length > 1)
    return { type: 'article', path: paths.article(locale, first.event.key, first.slug) };
  // One event, even with several articles: its page shows the main one and offers the others.
  if (candidates.every((c) => c.event === first.event))
    return { type: 'event', path: paths.event(locale, first.event.key) };
  return { type: 'ids', path: paths.ids(locale, query.eventId) };
}

interface Candidate {
  event: CatalogEvent;
  slug: string;
}

/** Keeps the articles that fit the kind and version; a filter that fits none is ignored. */
function narrow(events: CatalogEvent[], query: LinkQuery): Candidate[] {
  let candidates: (Candidate & { kind: ArticleKind; versions: string[] })[] = events.flatMap(
    (event) =>
      event.articles.map((a) => ({
        event,
        slug: a.slug,
        kind: a.kind,
        versions: a.productVersions,
      })),
  );
  const apply = (keep: (c: (typeof candidates)[number]) => boolean) => {
    const kept = candidates.filter(keep);
    if (kept.length > 0) candidates = kept;
  };
  if (query.kind) apply((c) => c.kind === query.kind);
  const line = query.version ? productLine(query.version) : null;
  if (line) apply((c) => c.versions.some((v) => productLine(v) === line));
  return candidates;
}
