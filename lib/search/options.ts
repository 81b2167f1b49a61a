/**
 * The FlexSearch options shared by the builder (Node, at build time) and the browser. An
 * exported index can only be imported with identical options, so both sides call this.
 */
import type { DocumentOptions } from 'flexsearch';
import type { Locale } from '../i18n/config';
import { analyze } from './analyze';

export const searchFields = [
  'title',
  'symbolicName',
  'messageText',
  'category',
  'source',
  'body',
] as const;
export type SearchField = (typeof searchFields)[number];

/** Exact identifiers outrank titles, titles outrank prose. */
export const fieldWeights: Record<SearchField, number> = {
  symbolicName: 8,
  title: 5,
  messageText: 3,
  category: 2,
  source: 2,
  body: 1,
};

export interface IndexedDocument {
  id: number;
  title: string;
  symbolicName: string;
  messageText: string;
  category: string;
  source: string;
  body: string;
  [key: string]: string | number;
}

/**
 * The body is by far the largest field; it is fetched separately, after the first results, so
 * the first keystroke only waits for the small fields.
 */
export const lazyFields: readonly SearchField[] = ['body'];

export function documentOptions(locale: Locale): DocumentOptions<IndexedDocument> {
  const encode = (text: string) => analyze(locale, text);
  // Word by word ('strict'): prefixes while typing come from the vocabulary instead of a much
  // larger 'forward' index. A coarse resolution keeps the body index small.
  const field = (name: SearchField, resolution = 9) => ({
    field: name,
    tokenize: 'strict' as const,
    encode,
    resolution,
  });
  return {
    document: {
      id: 'id',
      index: [
        field('title'),
        field('symbolicName'),
        field('messageText'),
        field('category'),
        field('source'),
        field('body', 3),
      ],
    },
  };
}
