/**
 * Query-side synonyms: when a query contains a member of a synonym group (./synonyms/<locale>),
 * the terms of the other members become alternatives of the query words it covers. Members are
 * analysed like any text, so inflected forms and spelling variants match too.
 */
import type { Locale } from '../i18n/config';
import { analyzeWithPositions } from './analyze';
import { synonymsDe } from './synonyms/de';
import { synonymsEn } from './synonyms/en';
import { synonymsRu } from './synonyms/ru';

const groupsByLocale: Record<Locale, string[][]> = {
  en: synonymsEn,
  de: synonymsDe,
  ru: synonymsRu,
};

/** A member of a synonym group: its index terms and its words as written (lower case). */
interface Member {
  terms: string[];
  words: string[];
}

const compiled = new Map<Locale, Member[][]>();

function groupsOf(locale: Locale): Member[][] {
  let groups = compiled.get(locale);
  if (!groups) {
    groups = groupsByLocale[locale].map((group) =>
      group
        .map((member) => {
          const analysed = analyzeWithPositions(locale, member);
          return { terms: analysed.map((a) => a.term), words: analysed.map((a) => a.word) };
        })
        .filter((member) => member.terms.length > 0),
    );
    compiled.set(locale, groups);
  }
  return groups;
}

export interface Synonyms {
  /** Terms to add as alternatives of each query term (by its index). */
  terms: string[];
  /** The same synonyms as written, lower case (to recognise them in a title). */
  words: string[];
}

/**
 * For query terms (in order), the synonyms each one gains: index of the query term → terms and
 * words. A member of several words must appear as consecutive query terms.
 */
export function synonymsOf(locale: Locale, queryTerms: readonly string[]): Map<number, Synonyms> {
  const added = new Map<number, { terms: Set<string>; words: Set<string> }>();
  const present = new Set(queryTerms);
  for (const group of groupsOf(locale)) {
    for (const member of group) {
      for (let start = 0; start + member.terms.length <= queryTerms.length; start++) {
        if (!member.terms.every((term, k) => queryTerms[start + k] === term)) continue;
        const others = group.filter((other) => other !== member);
        for (let k = 0; k < member.terms.length; k++) {
          const entry = added.get(start + k) ?? { terms: new Set(), words: new Set() };
          for (const other of others) {
            for (const term of other.terms) if (!present.has(term)) entry.terms.add(term);
            for (const word of other.words) entry.words.add(word);
          }
          added.set(start + k, entry);
        }
      }
    }
  }
  return new Map(
    [...added].map(([index, { terms, words }]) => [
      index,
      { terms: [...terms], words: [...words] },
    ]),
  );
}
