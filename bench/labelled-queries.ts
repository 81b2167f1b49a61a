/**
 * The labelled query set of `npm run bench`: what administrators paste or type, in the forms they
 * meet them (Event Viewer copies in its own layout and language, Get-Queue LastError lines, NDR
 * text, alert console titles, questions), with the event a good search puts first. Kept apart from
 * the unit tests that drive ranking (lib/search/*.test.ts use their own fixture corpus): this set
 * measures, it is never tuned against.
 */
import type { Locale } from '../lib/i18n/config';

export const queryClasses = [
  'id-form',
  'event-paste',
  'localized-text',
  'smtp-status',
  'phrase',
  'alert-title',
  'shared-id',
  'question',
  'symbolic-name',
  'typo',
] as const;
export type QueryClass = (typeof queryClasses)[number];

export interface LabelledQuery {
  locale: Locale;
  class: QueryClass;
  query: string;
  /** Event keys (`msexchangetransport/2004`) or article ids (`…/8004/exchange-2007-alert`). */
  expected: string[];
}

/** True when a hit's article id is expected, itself or through its event. */
export function isExpected(query: LabelledQuery, articleId: string): boolean {
  const eventKey = articleId.split('/').slice(0, 2).join('/');
  return query.expected.includes(articleId) || query.expected.includes(eventKey);
}

const t = (id: number) => `msexchangetransport/${id}`;

export const labelledQueries: LabelledQuery[] = [
  { locale: 'en', class: 'id-form', query: '2004', expected: [t(2004)] },
];
