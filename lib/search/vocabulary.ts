/**
 * The vocabulary of the loaded term shards: which terms exist, how common they are, their
 * postings, completions of a word being typed and corrections of a typo. It reads only our own
 * shard format (./format), so it never depends on a library's internal export.
 */
import { decodePostings, shardOf, type Postings, type TermShard } from './format';
import { editDistanceAtMostOne } from './typos';

interface LoadedShard extends TermShard {
  decoded: Map<number, Postings>;
}

export class Vocabulary {
  private readonly shards = new Map<number, LoadedShard>();

  constructor(private readonly firsts: readonly string[]) {}

  add(index: number, shard: TermShard): void {
    if (!this.shards.has(index)) this.shards.set(index, { ...shard, decoded: new Map() });
  }

  private locate(term: string): { shard: LoadedShard; index: number } | null {
    const shard = this.shards.get(shardOf(this.firsts, term));
    if (!shard) return null;
    const index = lowerBound(shard.terms, term);
    return shard.terms[index] === term ? { shard, index } : null;
  }

  has(term: string): boolean {
    return this.locate(term) !== null;
  }

  /** Number of articles holding the term (0 when unknown or not loaded). */
  df(term: string): number {
    const found = this.locate(term);
    return found ? (found.shard.postings[found.index]![0] ?? 0) : 0;
  }

  postings(term: string): Postings | undefined {
    const found = this.locate(term);
    if (!found) return undefined;
    let postings = found.shard.decoded.get(found.index);
    if (!postings) {
      postings = decodePostings(found.shard.postings[found.index]!);
      found.shard.decoded.set(found.index, postings);
    }
    return postings;
  }

  /** Loaded terms longer than `prefix` that start with it, most common first. */
  completions(prefix: string, limit: number): string[] {
    const found: string[] = [];
    for (const shard of this.shards.values()) {
      for (let i = lowerBound(shard.terms, prefix); i < shard.terms.length; i++) {
        const term = shard.terms[i]!;
        if (!term.startsWith(prefix)) break;
        if (term.length > prefix.length) found.push(term);
      }
    }
    return this.mostCommon(found, limit);
  }

  /** Known terms one edit away from `term`, among those in its shard, most common first. */
  near(term: string, limit: number): string[] {
    const shard = this.shards.get(shardOf(this.firsts, term));
    if (!shard) return [];
    const found = shard.terms.filter(
      (known) =>
        Math.abs(known.length - term.length) <= 1 &&
        known !== term &&
        editDistanceAtMostOne(known, term),
    );
    return this.mostCommon(found, limit);
  }

  private mostCommon(terms: string[], limit: number): string[] {
    return terms
      .map((term) => ({ term, df: this.df(term) }))
      .sort((a, b) => b.df - a.df || a.term.localeCompare(b.term))
      .slice(0, limit)
      .map((t) => t.term);
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
