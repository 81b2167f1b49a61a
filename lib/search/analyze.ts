/**
 * Per-locale text analysis for search: the same function turns article text into index terms
 * at build time and a query into terms in the browser. Words are lower-cased, capped in length,
 * stemmed with Snowball stemmers (@orama/stemmers) and folded so that spelling variants meet:
 * German umlauts and their transliterations (ä = ae = a, ß = ss), Russian ё = е and fleeting
 * vowels (отпечаток = отпечатка).
 */
import { stemmer as stemDe } from '@orama/stemmers/german';
import { stemmer as stemEn } from '@orama/stemmers/english';
import { stemmer as stemRu } from '@orama/stemmers/russian';
import type { Locale } from '../i18n/config';
import { stopwords } from './stopwords';

/** Longer tokens (hashes, base64, GUIDs run together) are cut: they never help and cost memory. */
export const maxTokenLength = 24;

const wordPattern = /[\p{L}\p{N}]+/gu;

function foldGerman(stem: string): string {
  return stem.replace(/ß/g, 'ss').replace(/ä|ae/g, 'a').replace(/ö|oe/g, 'o').replace(/ü|ue/g, 'u');
}

function foldRussian(stem: string): string {
  // A fleeting vowel before a final consonant (отпечаток / отпечатка, конец / конца) is dropped.
  return stem.length >= 5 ? stem.replace(/[оеё]([кцнл])$/u, '$1') : stem;
}

function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

type TermFn = (word: string) => string;

const termFns: Record<Locale, TermFn> = {
  en: (word) => stripDiacritics(stemEn(word)),
  de: (word) => stripDiacritics(foldGerman(stemDe(word))),
  // Russian: й must stay й (stripping diacritics would turn it into и), only ё folds.
  ru: (word) =>
    /[а-яё]/.test(word)
      ? foldRussian(stemRu(word.replace(/ё/g, 'е')))
      : stripDiacritics(stemEn(word)),
};

/** Words of a text, lower-cased and capped, before stemming. */
export function words(text: string): string[] {
  // Single characters (the "I" and "O" of I/O, the digits of 4.2.2) match everything and nothing.
  return (text.toLowerCase().match(wordPattern) ?? [])
    .filter((w) => w.length > 1)
    .map((w) => w.slice(0, maxTokenLength));
}

/** A term, its word as written (lower case) and its place in the text (skipped words count too). */
export interface PositionedTerm {
  term: string;
  word: string;
  position: number;
}

/**
 * The index terms of a text with their word positions. Positions count the words that are not
 * indexed (stop words, single letters) too, so that a query and a text line up word for word
 * when phrases are compared.
 */
export function analyzeWithPositions(locale: Locale, text: string): PositionedTerm[] {
  const term = termFns[locale];
  const skip = stopwords[locale];
  const found: PositionedTerm[] = [];
  let position = 0;
  for (const match of text.toLowerCase().matchAll(wordPattern)) {
    const word = match[0].slice(0, maxTokenLength);
    if (word.length > 1 && !skip.has(word))
      found.push({ term: /^\d+$/.test(word) ? word : term(word), word, position });
    position++;
  }
  return found;
}

/** The index terms of a text for a locale. */
export function analyze(locale: Locale, text: string): string[] {
  return analyzeWithPositions(locale, text).map((t) => t.term);
}

/** One word's term (for vocabulary look-ups and typo correction). */
export function termOf(locale: Locale, word: string): string {
  return analyze(locale, word)[0] ?? '';
}
