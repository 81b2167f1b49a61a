/** What result rows show for an outcome: links, labels and snippets with matched words marked. */
import type { Locale } from '../i18n/config';
import { sectionKeys } from '../content/sections';
import type { SearchHit, SearchOutcome } from './engine';
import type { SearchRecord, SectionText } from './format';
import { highlight, snippetAround, type Segment } from './highlight';

export interface ResultView {
  key: string;
  href: string;
  eventId: number;
  source: string;
  /** The sister source the query named, when the event is logged by it too. */
  loggedAs: string | null;
  symbolicName: string | null;
  title: string;
  /** The result is shown from the English original. */
  english: boolean;
  snippet: Segment[];
  reason: SearchHit['reason'];
  values: SearchHit['values'];
  kind: SearchRecord['kind'];
}

export interface PresentContext {
  locale: Locale;
  /** Whether a word of a text is one of the query's terms. */
  isHit: (word: string) => boolean;
  /** Section texts of an article, once loaded. */
  textsOf: (doc: number) => SectionText[] | null;
}

export function presentHit(hit: SearchHit, context: PresentContext): ResultView {
  const { record } = hit;
  const texts = context.textsOf(hit.doc);
  const section = texts?.find(([index]) => index === hit.section) ?? null;
  const text = section?.[2] ?? record.templates[0]?.text ?? texts?.[0]?.[2] ?? record.title;
  const anchor = hit.reason === 'text' ? sectionKeys[hit.section] : undefined;
  return {
    key: record.id,
    href: `${record.href}${anchor ? `#${anchor}` : ''}`,
    eventId: record.eventId,
    source: record.source,
    loggedAs: hit.loggedAs ?? null,
    symbolicName: record.symbolicName,
    title: record.title,
    english: record.lang !== context.locale || section?.[1] === 1,
    snippet: highlight(snippetAround(text, context.isHit), context.isHit),
    reason: hit.reason,
    values: hit.values,
    kind: record.kind,
  };
}

/**
 * Result rows for an outcome. When a bare ID is used by several sources, its exact matches are
 * one row per source, linking to the event (which lists all of its articles).
 */
export function presentOutcome(outcome: SearchOutcome, context: PresentContext): ResultView[] {
  const seen = new Set<string>();
  return outcome.hits.flatMap((hit) => {
    if (!outcome.sharedId || hit.reason !== 'exact') return [presentHit(hit, context)];
    if (seen.has(hit.record.eventHref)) return [];
    seen.add(hit.record.eventHref);
    return [{ ...presentHit(hit, context), key: hit.record.eventHref, href: hit.record.eventHref }];
  });
}
