/**
 * Turns the values and sentences of a legacy article into facts of our schema: dates, event IDs,
 * product versions, the event level where the text states it, and the event an analyzer rule
 * watches. Each function leaves a fact out (null, []) rather than guess it.
 */
import { majorMinor, namedReleases, releaseName } from '../content/versions';
import type { Level } from '../content/schema';
import { ImportError } from './errors';

/** `2010-05-04`, `2010/5/4`, `04.05.2010`, `2010年5月4日` → `2010-05-04`; null when not a date. */
export function parseDate(text: string): string | null {
  const value = text.trim();
  const ymd =
    /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/u.exec(value) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u.exec(value);
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(value);
  const [year, month, day] = ymd ? [ymd[1], ymd[2], ymd[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!year || !month || !day) return null;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

/** The date forms `parseDate` reads, for finding the "last modified" line. */
export const datePattern = String.raw`\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}年\d{1,2}月\d{1,2}日`;

/** `9901` (or `9901 (0x26AD)`) → 9901; throws when the value is not an event ID. */
export function parseEventId(value: string): number {
  const match = /^\s*(\d{1,5})(?!\d)/u.exec(value);
  const id = match ? Number(match[1]) : NaN;
  if (!(id >= 0 && id <= 65535))
    throw new ImportError(`Event ID ${JSON.stringify(value)} is not a number from 0 to 65535`);
  return id;
}

const versionByYear = new Map(
  namedReleases.map((v) => [/\d{4}/u.exec(releaseName(v))?.[0] ?? v, v]),
);

/**
 * `8.0 (Exchange Server 2007)` → ['8.0']; `14.0, 15.0` → ['14.0', '15.0']; `14.03.0123.002` →
 * ['14.3']; `Exchange Server 2010 SP1` → ['14.0']. Numbers are read first; a release name counts
 * only where no number is given (it names the same release as the number in parentheses).
 */
export function parseProductVersions(value: string): string[] {
  const numbers = [...value.matchAll(/(?<![\d.])\d{1,2}\.\d{1,4}(?:\.\d+)*/gu)]
    .map((m) => majorMinor(m[0]))
    .filter((v): v is string => v !== null);
  const named = [...value.matchAll(/Exchange(?:\s+Server)?\s+(\d{4})/giu)]
    .map((m) => versionByYear.get(m[1]!))
    .filter((v): v is string => v !== undefined);
  return [...new Set(numbers.length > 0 ? numbers : named)];
}

/** Every product names itself "Exchange" in our content; other products keep their name. */
export function normaliseProduct(value: string): string {
  return /exchange/iu.test(value) ? 'Exchange' : value.trim();
}

/** Values that say "there is none": the fact is left out. */
export function isNoValue(value: string | undefined): boolean {
  return (
    value === undefined ||
    /^(?:|none|\(none\)|n\/a|na|-|–|—|keine|\(keine\)|нет|отсутствует|aucune?)$/iu.test(
      value.trim(),
    )
  );
}

// Statements of the level, as articles make them ("This Warning event …"), in en, de, ru. The
// first group names the level in the article's words; `levelWords` maps it to ours.
const levelStatements: readonly RegExp[] = [
  /\bthis\s+(error|warning|information|informational)\s+event\b/giu,
  /\bthis\s+event\s+is\s+an?\s+(error|warning|information|informational)\s+event\b/giu,
  /\bdieses\s+(fehler|warnungs|warn|informations)ereignis\b/giu,
  /\bdieses\s+ereignis\s+(?:vom\s+typ|der\s+(?:ebene|stufe))\s+[„"«]?(fehler|warnung|information|informationen)\b/giu,
  /(?<!\p{L})это\s+событие\s+(ошибки|предупреждения|сведений)(?!\p{L})/giu,
  /(?<!\p{L})это\s+(информационное|предупреждающее)\s+событие(?!\p{L})/giu,
  /(?<!\p{L})это\s+событие\s+уровня\s+[«"„]?(ошибка|предупреждение|сведения)(?!\p{L})/giu,
];

const levelWords: Record<string, Level> = {
  error: 'error',
  warning: 'warning',
  information: 'information',
  informational: 'information',
  fehler: 'error',
  warnungs: 'warning',
  warn: 'warning',
  warnung: 'warning',
  informations: 'information',
  informationen: 'information',
  ошибки: 'error',
  ошибка: 'error',
  предупреждения: 'warning',
  предупреждение: 'warning',
  предупреждающее: 'warning',
  сведений: 'information',
  сведения: 'information',
  информационное: 'information',
};

/**
 * The levels the text states, in the order it states them. Two different statements (an old
 * and a new version logging it differently) give both, as the schema's list form allows.
 */
export function statedLevels(text: string): Level[] {
  const found: { at: number; level: Level }[] = [];
  for (const pattern of levelStatements) {
    for (const match of text.matchAll(pattern)) {
      const level = levelWords[match[1]!.toLowerCase()];
      if (level) found.push({ at: match.index, level });
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.level))];
}

export interface WatchedEvent {
  eventId: number;
  source: string;
  level: Level | null;
}

// "an Event 9903 warning has been logged for MSExchangeTransport", "event ID 9903",
// "Ereignis 9903", "событие 9903", "MSExchangeTransport event 9903".
const eventMention =
  /(?<!\p{L})(?:event|ereignis(?:ses)?|событи\p{L}*)\s+(?:(?:with\s+)?id\s+|с\s+кодом\s+|mit\s+der\s+id\s+)?(\d{1,5})(?!\d)/iu;
// An event source: `MSExchange…` with any capitalised words after it (`MSExchange Antispam`),
// or, after "for/from/für/von/для/от/источника", one identifier with a capital inside.
const msExchangeSource = /(?<![\p{L}\p{N}])MSExchange[\p{L}\p{N}_-]*(?:\s+\p{Lu}[\p{L}\p{N}_-]*)*/u;
const namedSource =
  /(?<!\p{L})(?:for|from|by|für|von|aus|для|от|источника|источником|источник)\s+(?:the\s+|der\s+quelle\s+|source\s+)?(\p{L}[\p{L}\p{N}._-]*\p{Lu}[\p{L}\p{N}._-]*)/u;
const levelAfter =
  /^\s+(error|warning|information|informational|fehler|warnung|ошибк\p{L}*|предупреждени\p{L}*)(?!\p{L})/iu;
const levelBefore =
  /(?<!\p{L})(error|warning|information|informational|fehler|warnung|warnungs)\s*$/iu;

const analyzerLevelWords: Record<string, Level> = {
  error: 'error',
  warning: 'warning',
  information: 'information',
  informational: 'information',
  fehler: 'error',
  warnung: 'warning',
  warnungs: 'warning',
};

/**
 * The event an analyzer rule watches, from the sentence that names it. Throws when the prose
 * names no event or no source, because such an article cannot be filed.
 */
export function findWatchedEvent(prose: string): WatchedEvent {
  for (const sentence of prose.split(/(?<=[.!?])\s+|\n/u)) {
    const mention = eventMention.exec(sentence);
    if (!mention) continue;
    const source = msExchangeSource.exec(sentence)?.[0] ?? namedSource.exec(sentence)?.[1];
    if (!source)
      throw new ImportError(
        `the analyzer rule names event ${mention[1]} but no event source ("… logged for MSExchangeTransport …")`,
      );
    const after = sentence.slice(mention.index + mention[0].length);
    const before = sentence.slice(0, mention.index);
    const word = (levelAfter.exec(after)?.[1] ?? levelBefore.exec(before)?.[1] ?? '').toLowerCase();
    const level =
      analyzerLevelWords[word] ??
      (word.startsWith('ошибк') ? 'error' : word.startsWith('предупрежд') ? 'warning' : null);
    return { eventId: parseEventId(mention[1]!), source: source.trim(), level };
  }
  throw new ImportError(
    'the analyzer rule names no event ("… whether an Event 9903 warning has been logged for MSExchangeTransport …")',
  );
}
