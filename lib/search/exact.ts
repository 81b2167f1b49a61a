/**
 * Exact look-ups: articles named by event ID (alone, with its source, or with a sister source
 * that logs the same event) or by symbolic name. They need no term index: the record chunks that
 * hold an ID, or the name bucket of a name, are enough.
 */
import type { SearchRecord } from './format';

export interface Candidate {
  doc: number;
  record: SearchRecord;
}

/** How well an exact match fits: the source as named, a sister source, or the ID alone. */
export const exactScores = { source: 3, sister: 2, idOnly: 1, name: 3 } as const;

export interface ExactMatch {
  doc: number;
  score: number;
  /** The sister source the query named, when the match came through alsoLoggedBy. */
  loggedAs?: string;
}

/**
 * Articles with one of the IDs. When the query names sources, articles logged by them (directly
 * or as a sister source) come first; the others with that ID follow, since the reader may have
 * mistyped the source.
 */
export function idMatches(
  candidates: readonly Candidate[],
  ids: readonly number[],
  sources: readonly string[],
): ExactMatch[] {
  const wanted = new Set(ids);
  return candidates.flatMap(({ doc, record }) => {
    if (!wanted.has(record.eventId)) return [];
    if (sources.length === 0) return [{ doc, score: exactScores.idOnly }];
    if (sources.includes(record.source.toLowerCase())) return [{ doc, score: exactScores.source }];
    const sister = record.alsoLoggedBy.find((s) => sources.includes(s.toLowerCase()));
    if (sister) return [{ doc, score: exactScores.sister, loggedAs: sister }];
    return [{ doc, score: 0 }];
  });
}

/** Articles whose symbolic name is one of the names (compared in lower case). */
export function nameMatches(
  candidates: readonly Candidate[],
  names: readonly string[],
): ExactMatch[] {
  return candidates.flatMap(({ doc, record }) =>
    record.symbolicName && names.includes(record.symbolicName.toLowerCase())
      ? [{ doc, score: exactScores.name }]
      : [],
  );
}

/**
 * An ID that several sources use, looked up without a source: the reader must pick the one in
 * their log. Null when the matches share one source.
 */
export function sharedId(
  matches: readonly Candidate[],
): { eventId: number; sources: string[] } | null {
  const sources = [...new Set(matches.map((m) => m.record.source))];
  const ids = new Set(matches.map((m) => m.record.eventId));
  return sources.length > 1 && ids.size === 1
    ? { eventId: matches[0]!.record.eventId, sources: sources.sort() }
    : null;
}
