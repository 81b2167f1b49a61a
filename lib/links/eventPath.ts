/**
 * Event addresses as monitoring tools and people write them: `/events/MSExchangeTransport/2004`,
 * `/de/events/MSExchange%20Antispam/100/`, `/events/msexchange+antispam/100`. A static host only
 * serves the exact lower-case path, so the 404 page turns such paths into the real one.
 */
import type { IdIndex } from '../content/idIndex';
import { sourceMatchKey, sourceSlug } from '../content/paths';
import { isLocale, type Locale } from '../i18n/config';

export interface EventPathMatch {
  locale: Locale | null;
  /** The source and ID as the address writes them (`MSExchange Antispam 100`), for a search. */
  event: string;
  eventKey: string;
  /** Whatever followed the ID (an article slug), lower-cased. */
  rest: string;
}

export function matchEventPath(pathname: string): EventPathMatch | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname.replace(/\+/g, ' '));
  } catch {
    return null;
  }
  const parts = decoded.split('/').filter(Boolean);
  const first = parts[0]?.toLowerCase();
  const locale = isLocale(first) ? first : null;
  const [events, source, id, ...rest] = locale ? parts.slice(1) : parts;
  if (
    events?.toLowerCase() !== 'events' ||
    !source ||
    !id ||
    !/^\d{1,5}$/.test(id) ||
    rest.length > 1
  )
    return null;
  if (!/^[\p{L}\p{N} ._-]+$/u.test(source)) return null;
  return {
    locale,
    event: `${source.trim()} ${Number(id)}`,
    eventKey: `${sourceSlug(source)}/${Number(id)}`,
    rest: (rest[0] ?? '').toLowerCase(),
  };
}

/** The site path the match stands for. */
export function eventPathOf(match: EventPathMatch): string {
  const base = match.locale
    ? `/${match.locale}/events/${match.eventKey}/`
    : `/events/${match.eventKey}/`;
  return match.rest ? `${base}${match.rest}/` : base;
}

/**
 * The path of the documented event the match names, or null when the site has no such event.
 * The source is compared as readers write it, so `MSExchangeAntispam` finds `msexchange-antispam`.
 */
export function documentedEventPath(match: EventPathMatch, index: IdIndex): string | null {
  const [source, id] = match.eventKey.split('/') as [string, string];
  const eventKey = index[id]?.find(
    (key) => sourceMatchKey(key.split('/')[0]!) === sourceMatchKey(source),
  );
  return eventKey ? eventPathOf({ ...match, eventKey }) : null;
}
