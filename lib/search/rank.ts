/**
 * Full-text ranking over postings. A query is a list of slots, one per query word (or SMTP
 * status), each with alternative terms (the word itself, its completions, typo corrections,
 * synonyms) of different weight. An article scores per slot with the best alternative in its best
 * field times the term's rarity (idf), and the share of the query's known words it matches
 * (coverage) scales its score. Phrases are scored afterwards, on the best articles' own words
 * (./rerank).
 */
import type { Postings } from './format';

export interface Alternative {
  term: string;
  weight: number;
}

export interface Slot {
  weight: number;
  alternatives: Alternative[];
}

export interface RankedDoc {
  doc: number;
  score: number;
  /** Index of the body section that matches best, or -1. */
  section: number;
}

export interface Ranking {
  /** The best articles, best first, without the long tail far below the best one. */
  hits: RankedDoc[];
  /** Number of all articles above that cut. */
  total: number;
}

export interface RankOptions {
  /** Only articles this accepts are ranked (filters). */
  keep?: (doc: number) => boolean;
}

export const fieldWeights = { title: 5, message: 3, keys: 2.5, body: 1, status: 8 } as const;
/** This many best articles are sorted and returned; the others are only counted. */
const returned = 200;
/** Articles scoring below this share of the best one are left out. */
const relevanceCut = 0.15;

const saturate = (count: number) => count / (count + 0.5);

/** A term's articles with its field score in each (best field fully, the others a little). */
interface Combined {
  docs: Int32Array;
  scores: Float32Array;
  masks: Int32Array;
}

const combinedCache = new WeakMap<Postings, Combined>();

function combined(postings: Postings): Combined {
  const cached = combinedCache.get(postings);
  if (cached) return cached;
  const byDoc = new Map<number, [best: number, sum: number, mask: number]>();
  const add = (doc: number, score: number, mask = 0) => {
    const current = byDoc.get(doc);
    if (!current) byDoc.set(doc, [score, score, mask]);
    else {
      current[0] = Math.max(current[0], score);
      current[1] += score;
      current[2] |= mask;
    }
  };
  const { title, message, keys, body, status } = postings;
  title.docs.forEach((doc, i) => add(doc, fieldWeights.title * saturate(title.counts[i]!)));
  message.docs.forEach((doc, i) => add(doc, fieldWeights.message * saturate(message.counts[i]!)));
  keys.docs.forEach((doc, i) => add(doc, fieldWeights.keys * saturate(keys.counts[i]!)));
  body.docs.forEach((doc, i) =>
    add(doc, fieldWeights.body * saturate(body.counts[i]!), body.masks[i]!),
  );
  status.forEach((doc) => add(doc, fieldWeights.status));
  const docs = Int32Array.from([...byDoc.keys()].sort((a, b) => a - b));
  const result: Combined = {
    docs,
    scores: new Float32Array(docs.length),
    masks: new Int32Array(docs.length),
  };
  docs.forEach((doc, i) => {
    const [best, sum, mask] = byDoc.get(doc)!;
    result.scores[i] = best + 0.2 * (sum - best);
    result.masks[i] = mask;
  });
  combinedCache.set(postings, result);
  return result;
}

interface Resolved {
  slot: Slot;
  alternatives: { postings: Postings; value: number }[];
  idf: number;
}

export function rankDocuments(
  slots: readonly Slot[],
  postingsOf: (term: string) => Postings | undefined,
  docCount: number,
  options: RankOptions = {},
): Ranking {
  const resolved: Resolved[] = slots.map((slot) => {
    const alternatives = slot.alternatives.flatMap(({ term, weight }) => {
      const postings = postingsOf(term);
      return postings && postings.df > 0
        ? [{ postings, value: weight * Math.log(1 + docCount / postings.df) }]
        : [];
    });
    const idf = Math.max(
      0,
      ...alternatives.map(({ postings }) => Math.log(1 + docCount / postings.df)),
    );
    return { slot, alternatives, idf };
  });
  const known = resolved.reduce((sum, r) => sum + r.slot.weight * r.idf, 0);
  if (known === 0) return { hits: [], total: 0 };

  const { total, matched, best, sections, seen, touched, scores } = scratchFor(docCount);
  let touchedCount = 0;
  const addSection = (doc: number, mask: number, value: number) => {
    for (let bit = 0; bit < 3; bit++)
      if (mask & (1 << bit)) sections[doc * 3 + bit] = sections[doc * 3 + bit]! + value;
  };
  const touch = (doc: number) => {
    if (seen[doc]) return;
    seen[doc] = 1;
    touched[touchedCount++] = doc;
  };
  for (const { slot, alternatives, idf } of resolved) {
    if (alternatives.length === 1) {
      // One term: its score adds up directly.
      const { postings, value } = alternatives[0]!;
      const { docs, scores: fieldScore, masks } = combined(postings);
      for (let k = 0; k < docs.length; k++) {
        const doc = docs[k]!;
        if (doc >= docCount) continue;
        total[doc] = total[doc]! + slot.weight * value * fieldScore[k]!;
        matched[doc] = matched[doc]! + slot.weight * idf;
        if (masks[k] !== 0) addSection(doc, masks[k]!, value);
        touch(doc);
      }
      continue;
    }
    // Several alternatives: each article counts with the best of them.
    const slotDocs: number[] = [];
    for (const { postings, value } of alternatives) {
      const { docs, scores: fieldScore, masks } = combined(postings);
      for (let k = 0; k < docs.length; k++) {
        const doc = docs[k]!;
        if (doc >= docCount) continue;
        const score = value * fieldScore[k]!;
        if (best[doc] === 0) slotDocs.push(doc);
        if (score > best[doc]!) best[doc] = score;
        if (masks[k] !== 0) addSection(doc, masks[k]!, value);
      }
    }
    for (const doc of slotDocs) {
      total[doc] = total[doc]! + slot.weight * best[doc]!;
      matched[doc] = matched[doc]! + slot.weight * idf;
      best[doc] = 0;
      touch(doc);
    }
  }

  const all = touched.subarray(0, touchedCount);
  const candidates = options.keep ? all.filter(options.keep) : all;
  const candidateScores = scores.subarray(0, candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const doc = candidates[i]!;
    candidateScores[i] = total[doc]! * (0.35 + (0.65 * matched[doc]!) / known);
  }
  let top = 0;
  for (const score of candidateScores) if (score > top) top = score;
  const cut = top * relevanceCut;
  const threshold = Math.max(
    cut,
    candidates.length > returned ? kthLargest(candidateScores.slice(), returned) : -Infinity,
  );
  const hits: RankedDoc[] = [];
  let count = 0;
  for (let i = 0; i < candidates.length; i++) {
    const score = candidateScores[i]!;
    if (score < cut) continue;
    count++;
    if (score < threshold || hits.length >= returned * 2) continue;
    const doc = candidates[i]!;
    const own = sections.subarray(doc * 3, doc * 3 + 3);
    const section = own.indexOf(Math.max(...own));
    hits.push({ doc, score, section: own[section]! > 0 ? section : -1 });
  }
  hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  for (const doc of all) {
    total[doc] = 0;
    matched[doc] = 0;
    seen[doc] = 0;
    sections[doc * 3] = sections[doc * 3 + 1] = sections[doc * 3 + 2] = 0;
  }
  return { hits, total: count };
}

/**
 * The articles whose message texts hold the most of the query's words (weighted by rarity), best
 * first: the candidates whose templates a pasted description is compared with, even when their
 * titles and bodies say little.
 */
export function messageCandidates(
  slots: readonly Slot[],
  postingsOf: (term: string) => Postings | undefined,
  docCount: number,
  count: number,
): number[] {
  const held = new Float64Array(docCount);
  const docs: number[] = [];
  for (const slot of slots) {
    const postings = postingsOf(slot.alternatives[0]?.term ?? '');
    if (!postings || postings.df === 0) continue;
    const value = slot.weight * Math.log(1 + docCount / postings.df);
    for (const doc of postings.message.docs) {
      if (doc >= docCount) continue;
      if (held[doc] === 0) docs.push(doc);
      held[doc] = held[doc]! + value;
    }
  }
  return docs.sort((a, b) => held[b]! - held[a]! || a - b).slice(0, count);
}

/** The k-th largest value (quickselect; reorders `values`). */
function kthLargest(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target]!;
}

interface Scratch {
  total: Float64Array;
  matched: Float64Array;
  best: Float64Array;
  sections: Float64Array;
  seen: Uint8Array;
  touched: Int32Array;
  scores: Float64Array;
}

let scratch: Scratch | null = null;

/** Per-article accumulators, kept between queries (and left zeroed) to spare the allocations. */
function scratchFor(docCount: number): Scratch {
  if (!scratch || scratch.seen.length !== docCount)
    scratch = {
      total: new Float64Array(docCount),
      matched: new Float64Array(docCount),
      best: new Float64Array(docCount),
      sections: new Float64Array(docCount * 3),
      seen: new Uint8Array(docCount),
      touched: new Int32Array(docCount),
      scores: new Float64Array(docCount),
    };
  return scratch;
}
