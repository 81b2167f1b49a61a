/**
 * Query-side synonyms: when a query contains a member of a synonym group (./synonyms/<locale>),
 * the terms of the other members become alternatives of the query words it covers. Members are
 * analysed like any text, so inflected forms and spelling variants match too.
 */
import type { Locale } from '../i18n/config';
import { analyze } from './analyze';
import { synonymsDe } from './synonyms/de';
import { synonymsEn } from './synonyms/en';
import { synonymsRu } from './synonyms/ru';

const groupsByLocale: Record<Locale, string[][]> = {
  en: synonymsEn,
  de: synonymsDe,
  ru: synonymsRu,
};

const compiled = new Map<Locale, string[][][]>();

function groupsOf(locale: Locale): string[][][] {
  let groups = compiled.get(locale);
  if (!groups) {
    groups = groupsByLocale[locale].map((group) =>
      group.map((member) => analyze(locale, member)).filter((terms) => terms.length > 0),
    );
    compiled.set(locale, groups);
  }
  return groups;
}

/**
 * For query terms (in order), the synonym terms each one gains: index of the query term →
 * terms to add. A member of several words must appear as consecutive query terms.
 */
export function synonymTerms(locale: Locale, queryTerms: readonly string[]): Map<number, string[]> {
  const added = new Map<number, Set<string>>();
  const present = new Set(queryTerms);
  for (const group of groupsOf(locale)) {
    for (const member of group) {
      for (let start = 0; start + member.length <= queryTerms.length; start++) {
        if (!member.every((term, k) => queryTerms[start + k] === term)) continue;
        const others = group
          .filter((other) => other !== member)
          .flat()
          .filter((term) => !present.has(term));
        for (let k = 0; k < member.length; k++) {
          const set = added.get(start + k) ?? new Set<string>();
          for (const term of others) set.add(term);
          added.set(start + k, set);
        }
      }
    }
  }
  return new Map([...added].map(([index, set]) => [index, [...set]]));
}
