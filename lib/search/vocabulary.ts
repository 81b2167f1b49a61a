/**
 * The vocabulary of the loaded term shards: which terms exist, how common they are, their
 * postings, completions of a word being typed and corrections of a typo. It reads only our own
 * shard format (./format), so it never depends on a library's internal export. Completions are a
 * prefix scan of the sorted shards; typo candidates come from FlexSearch (./termIndex) over all
 * loaded terms, loaded with the first unknown word.
 */
import { decodePostings, shardOf, type Postings, type TermShard } from './format';
import type { TermIndex } from './termIndex';
import { editDistanceAtMostOne } from './typos';

interface LoadedShard extends TermShard {
  decoded: Map<number, Postings>;
}

export class Vocabulary {
  private readonly shards = new Map<number, LoadedShard>();
  private termIndex: Promise<TermIndex> | null = null;

  constructor(private readonly firsts: readonly string[]) {}

  add(index: number, shard: TermShard): void {
    if (this.shards.has(index)) return;
    this.shards.set(index, { ...shard, decoded: new Map() });
    void this.termIndex?.then((terms) => terms.add(shard.terms));
  }

  /** Starts fetching the typo matcher, so that it loads alongside the shards a query still needs. */
  async loadTypoMatcher(): Promise<void> {
    await this.typoIndex();
  }

  /** FlexSearch over the loaded terms: fetched and built on first need, then kept up to date. */
  private typoIndex(): Promise<TermIndex> {
    this.termIndex ??= import('./termIndex').then(({ TermIndex }) => {
      const index = new TermIndex();
      for (const shard of this.shards.values()) index.add(shard.terms);
      return index;
    });
    return this.termIndex;
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

  /**
   * Loaded terms one edit away from `term` (a letter missing, added, wrong, or two swapped, the
   * first letter included), most common first.
   */
  async near(term: string, limit: number): Promise<string[]> {
    const index = await this.typoIndex();
    const found = index.candidates(term).filter((known) => editDistanceAtMostOne(known, term));
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
