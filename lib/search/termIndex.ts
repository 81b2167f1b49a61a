/**
 * Typo candidates among index terms, found by FlexSearch: a FlexSearch `Index` over the terms of
 * the loaded term shards, with its `tolerant` tokenizer, which indexes each term together with
 * its variants missing one letter or with two neighbouring letters swapped. Looking up a typed
 * term and its own one-letter-shorter variants then meets every known term one edit away
 * (a letter missing, added, wrong or swapped), wherever in the vocabulary it sorts.
 *
 * Terms reach FlexSearch already analysed (./analyze: lower case, stemmed, umlauts and ё folded),
 * so it must keep them as they are: its default encoder would also strip diacritics (й → и) and
 * collapse repeated letters. The marker in front of each term lets the tokenizer, which never
 * touches a term's first character, vary the term's real first letter too.
 *
 * This module is loaded only when a query holds an unknown word: a query of known words never
 * downloads FlexSearch.
 */
import { Index } from 'flexsearch';

const marker = '^';

/** The term and each of its variants with one letter left out. */
function withOneLetterLess(term: string): string[] {
  const variants = [term];
  for (let i = 0; i < term.length; i++) variants.push(term.slice(0, i) + term.slice(i + 1));
  return variants;
}

export class TermIndex {
  private readonly index = new Index({ tokenize: 'tolerant', encode: (text) => [text] });
  private readonly terms: string[] = [];
  private readonly known = new Set<string>();

  /** Adds terms (those already indexed are skipped). */
  add(terms: readonly string[]): void {
    for (const term of terms) {
      if (this.known.has(term)) continue;
      this.known.add(term);
      this.index.add(this.terms.length, marker + term);
      this.terms.push(term);
    }
  }

  /**
   * Indexed terms that may be one edit away from `term` (never `term` itself). A candidate can
   * be two edits away (a letter left out of each at different places): the caller checks.
   */
  candidates(term: string): string[] {
    const found = new Set<string>();
    for (const variant of withOneLetterLess(term)) {
      if (variant.length < 2) continue;
      for (const id of this.index.search(marker + variant, { limit: 100 }))
        found.add(this.terms[Number(id)]!);
    }
    found.delete(term);
    return [...found];
  }
}
