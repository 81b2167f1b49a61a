/**
 * The second pass over the best text results, on their own words (title, aliases, templates):
 *
 * - phrases: query words that stand, as written, in a title or template in the same order and
 *   spacing as in the query (a contiguous stretch, give or take a word) add their weight again,
 *   growing with the length of the stretch, so a pasted passage outranks an article that merely
 *   holds one rare word of it, or holds the words scattered;
 * - words as typed: stemming makes `expired` and `will expire` one term; an article gains a little
 *   for each query word it holds as typed (or as one of the word's synonyms).
 */
import type { PositionedTerm } from './analyze';
import type { QueryWord } from './query';
import type { RankedDoc } from './rank';

export interface RerankQuery {
  /** The query's words with their terms, positions and weights. */
  words: readonly QueryWord[];
  /** The synonyms of a query term, as written. */
  synonymWords: (term: string) => readonly string[];
  /** Rarity of a term (idf). */
  idf: (term: string) => number;
}

/** The words of an article's title, aliases and templates: one run each. */
export type ArticleRuns = readonly (readonly PositionedTerm[])[];

const phraseWeight = 2.5;
/** Query words may sit this many positions further apart (or closer) than in the query. */
const slack = 1;
const typedWordWeight = 0.25;

interface Entry {
  word: number;
  /** Position in the article minus position in the query: equal offsets, same arrangement. */
  offset: number;
  value: number;
}

/**
 * Stretches of query words in one run: entries grouped by offset (within the slack), each group of
 * two or more words worth the sum of their values times (words − 1) / 2; groups do not share a word.
 */
function phraseValue(entries: Entry[]): number {
  entries.sort((a, b) => a.offset - b.offset);
  const groups: { words: Map<number, number>; value: number }[] = [];
  for (let start = 0; start < entries.length; start++) {
    const words = new Map<number, number>();
    for (
      let end = start;
      end < entries.length && entries[end]!.offset - entries[start]!.offset <= slack;
      end++
    ) {
      const entry = entries[end]!;
      words.set(entry.word, Math.max(words.get(entry.word) ?? 0, entry.value));
    }
    if (words.size < 2) continue;
    const sum = [...words.values()].reduce((a, b) => a + b, 0);
    groups.push({ words, value: (sum * (words.size - 1)) / 2 });
  }
  groups.sort((a, b) => b.value - a.value);
  const used = new Set<number>();
  let total = 0;
  for (const group of groups) {
    if ([...group.words.keys()].some((word) => used.has(word))) continue;
    for (const word of group.words.keys()) used.add(word);
    total += group.value;
  }
  return total;
}

/** The phrase value of an article: its best run. */
export function phraseScore(query: RerankQuery, runs: ArticleRuns): number {
  let best = 0;
  for (const run of runs) {
    const entries: Entry[] = [];
    query.words.forEach((q, word) => {
      // Words as written: `will expire` is no stretch of `expired`.
      for (const token of run)
        if (token.word === q.word)
          entries.push({
            word,
            offset: token.position - q.position,
            value: q.weight * query.idf(q.term),
          });
    });
    best = Math.max(best, phraseValue(entries));
  }
  return best;
}

/** Share of the distinct query words the article holds as typed, or as a synonym. */
export function typedShare(query: RerankQuery, runs: ArticleRuns): number {
  const own = new Set(runs.flatMap((run) => run.map((token) => token.word)));
  const seen = new Set<string>();
  let words = 0;
  let held = 0;
  for (const q of query.words) {
    if (seen.has(q.word)) continue;
    seen.add(q.word);
    words++;
    if (own.has(q.word) || query.synonymWords(q.term).some((w) => own.has(w))) held++;
  }
  return words > 0 ? held / words : 0;
}

/** The hits with their new scores, best first; hits without runs keep theirs. */
export function rerank(
  query: RerankQuery,
  hits: readonly RankedDoc[],
  runsOf: (doc: number) => ArticleRuns | null,
): RankedDoc[] {
  return hits
    .map((hit) => {
      const runs = runsOf(hit.doc);
      if (!runs) return hit;
      const score =
        (hit.score + phraseWeight * phraseScore(query, runs)) *
        (1 + typedWordWeight * typedShare(query, runs));
      return { ...hit, score };
    })
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}
