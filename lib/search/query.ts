/**
 * Reading a query: what the reader typed or pasted, before any index is consulted. Finds an
 * Event Viewer copy, event IDs in the forms people write them, source names, symbolic names and
 * SMTP statuses, and the words for full-text search with their positions.
 */
import type { Locale } from '../i18n/config';
import { findStatuses, type StatusMention } from '../smtp/statusText';
import { analyzeWithPositions, type PositionedTerm } from './analyze';
import { findEventIds } from './eventId';
import { parseEventPaste, type EventPaste } from './paste';
import { maxPasteLength } from './template';

export interface ParsedQuery {
  /** The query as typed, trimmed and capped. */
  text: string;
  /** The pasted event's description, or the query itself. */
  description: string;
  eventPaste: EventPaste | null;
  /** Event IDs to look up exactly. */
  ids: number[];
  /** Source names the query names (lower case), sister sources included. */
  sources: string[];
  /** Words that may be symbolic names (lower case). */
  names: string[];
  /**
   * The query is nothing but IDs, source names and symbolic names: exact look-ups answer it
   * without any term index.
   */
  exactOnly: boolean;
  statuses: StatusMention[];
  /** SMTP codes mentioned, in order, for links to their reference pages. */
  smtpCodes: string[];
  /** Full-text words with their positions in the description, and how much each counts. */
  words: QueryWord[];
  /** The reader is still typing the last word (no space or punctuation after it). */
  typing: boolean;
  /** That last word as typed (lower case), while typing. */
  lastWord: string | null;
}

export interface QueryWord extends PositionedTerm {
  weight: number;
}

export interface QueryContext {
  /** Source names that documented events are logged by. */
  sources: readonly string[];
  isKnownCode: (code: string) => boolean;
}

/** Queries up to this many words are short: a bare number in them is taken as an event ID. */
const shortQueryWords = 12;
/** Full-text search reads this much of a paste. */
const maxTextLength = 600;
const maxWords = 48;

const identifierPattern = /\b[A-Za-z_][A-Za-z0-9_]{5,}\b/g;

export function parseQuery(raw: string, locale: Locale, context: QueryContext): ParsedQuery {
  const text = raw.slice(0, maxPasteLength).trim();
  const eventPaste = parseEventPaste(text);
  const description = eventPaste?.description ?? text;
  const statuses = findStatuses(text, { bareReplyCodes: true, isKnown: context.isKnownCode });
  const cause = quotedCause(description, context.isKnownCode);
  const words = analyzeWithPositions(locale, description.slice(0, maxTextLength))
    .slice(0, maxWords)
    .map((word) => ({
      ...word,
      weight: !cause || (word.position >= cause[0] && word.position < cause[1]) ? 1 : wrapperWeight,
    }));
  const typing = text !== '' && text === raw.trimStart() && /[\p{L}\p{N}]$/u.test(raw);
  const lastWord = typing ? (/[\p{L}\p{N}]+$/u.exec(text.toLowerCase())?.[0] ?? null) : null;
  const ids = eventIdsOf(text, eventPaste, statuses);
  const sources = sourcesNamed(eventPaste?.source ?? text, context.sources);
  const names = symbolicNames(text);
  return {
    text,
    description,
    eventPaste,
    ids,
    sources,
    names,
    exactOnly:
      !eventPaste && statuses.length === 0 && isExactOnly(text, ids.length > 0, sources, names),
    statuses,
    smtpCodes: [
      ...new Set(statuses.flatMap((s) => [s.reply, s.enhanced].filter((c) => c !== null))),
    ],
    words,
    typing,
    lastWord,
  };
}

function eventIdsOf(text: string, paste: EventPaste | null, statuses: StatusMention[]): number[] {
  if (paste?.eventId != null) return [paste.eventId];
  if (paste) return [];
  const statusStarts = new Set(statuses.map((s) => s.index));
  const mentions = findEventIds(text).filter((m) => !statusStarts.has(m.index));
  const cued = mentions.filter((m) => m.cued);
  const short = text.split(/\s+/).length <= shortQueryWords;
  return [...new Set((cued.length > 0 ? cued : short ? mentions : []).map((m) => m.id))];
}

/** Words around a quoted remote answer (`… responded with: "454 4.7.0 …"`) count this much. */
const wrapperWeight = 0.4;
const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * A queue error or NDR quotes the remote server's answer inside its own status line; that answer is
 * the cause. Returns the word positions [from, to) of the last quoted status line, if any.
 */
function quotedCause(text: string, isKnown: (code: string) => boolean): [number, number] | null {
  const statuses = findStatuses(text, { bareReplyCodes: true, isKnown });
  const last = statuses.at(-1);
  if (!last || statuses.length < 2 || !/["“„«']\s*$/.test(text.slice(0, last.index))) return null;
  const close = text.slice(last.index).search(/["”“»']/);
  const end = close < 0 ? text.length : last.index + close;
  const wordsBefore = (text.slice(0, last.index).match(wordPattern) ?? []).length;
  return [wordsBefore, wordsBefore + (text.slice(last.index, end).match(wordPattern) ?? []).length];
}

/** Words that only say "this is an event ID". */
const idWords = new Set([
  'event',
  'id',
  'eventid',
  'ereignis',
  'ereigniskennung',
  'код',
  'события',
  'событие',
  'ид',
]);

/** True when nothing is left of the text once IDs, sources, names and ID cue words are taken out. */
function isExactOnly(text: string, hasIds: boolean, sources: string[], names: string[]): boolean {
  if (!hasIds && names.length === 0) return false;
  let rest = text.toLowerCase();
  for (const name of [...sources.flatMap(spellings), ...names]) rest = rest.split(name).join(' ');
  const words = rest.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.every((word) => idWords.has(word) || /^(\d+|0x[0-9a-f]+)$/.test(word));
}

/**
 * How a source of several words is written in the wild: as Event Viewer shows it, as a URL slug,
 * or run together as knowledge-base pages and monitoring exports often print it.
 */
function spellings(source: string): string[] {
  return [source, source.replace(/\s+/g, '-'), source.replace(/\s+/g, '')];
}

/** Sources named in the text; of two where one contains the other, the longer. */
function sourcesNamed(text: string, sources: readonly string[]): string[] {
  const lowered = text.toLowerCase();
  const named = sources
    .map((s) => s.toLowerCase())
    .filter((s) => spellings(s).some((spelling) => lowered.includes(spelling)));
  return named.filter((s) => !named.some((other) => other !== s && other.includes(s)));
}

/**
 * Symbolic names are single identifiers in CamelCase (`SmtpSendAckMessage`); a query of one
 * identifier-like word may be one typed in lower case.
 */
function symbolicNames(text: string): string[] {
  const candidates = text.slice(0, 2000).match(identifierPattern) ?? [];
  const single = candidates.length === 1 && candidates[0] === text;
  return [
    ...new Set(
      candidates
        .filter((word) => single || /[a-z][A-Z]|[A-Z]{2}[a-z]/.test(word))
        .map((word) => word.toLowerCase()),
    ),
  ].slice(0, 4);
}
