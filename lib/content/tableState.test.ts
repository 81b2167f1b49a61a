import { describe, expect, it } from 'vitest';
import {
  filterOptions,
  filterRows,
  initialTableState,
  parseTableState,
  serializeTableState,
  sortRows,
} from './tableState';
import type { EventRow } from './views';

const row = (eventId: number, patch: Partial<EventRow> = {}): EventRow => ({
  articleId: `msexchangetransport/${eventId}/event`,
  eventId,
  source: 'MSExchangeTransport',
  sourceSlug: 'msexchangetransport',
  kind: 'event',
  category: 'SmtpSend',
  levels: ['error'],
  symbolicName: `Name${eventId}`,
  title: `Title ${eventId}`,
  titleLang: 'en',
  versions: ['14.0'],
  href: `/en/events/msexchangetransport/${eventId}/`,
  ...patch,
});

const rows = [
  row(2004, { levels: ['information'] }),
  row(1020, { category: 'SmtpReceive', versions: ['8.0'] }),
  row(100, { source: 'MSExchange Antispam', sourceSlug: 'msexchange-antispam', levels: [] }),
];

describe('events table state', () => {
  it('round-trips through the URL query', () => {
    const state = {
      ...initialTableState,
      level: 'error',
      version: '14.0',
      sort: 'level' as const,
      descending: true,
      text: 'send',
    };
    expect(parseTableState(serializeTableState(state))).toEqual(state);
    expect(serializeTableState(initialTableState)).toBe('');
  });

  it('ignores unknown sort keys from a hand-edited URL', () =>
    expect(parseTableState('?sort=drop+table').sort).toBe('id'));

  it('filters by every facet together', () => {
    expect(
      filterRows(rows, { ...initialTableState, category: 'SmtpSend' }).map((r) => r.eventId),
    ).toEqual([2004, 100]);
    expect(
      filterRows(rows, { ...initialTableState, version: '8.0' }).map((r) => r.eventId),
    ).toEqual([1020]);
    expect(
      filterRows(rows, { ...initialTableState, level: 'information' }).map((r) => r.eventId),
    ).toEqual([2004]);
    expect(
      filterRows(rows, { ...initialTableState, source: 'msexchange-antispam' }).map(
        (r) => r.eventId,
      ),
    ).toEqual([100]);
    expect(
      filterRows(rows, { ...initialTableState, text: 'name1020' }).map((r) => r.eventId),
    ).toEqual([1020]);
  });

  it('sorts by ID numerically and by level with unknown levels last', () => {
    expect(sortRows(rows, 'id', false).map((r) => r.eventId)).toEqual([100, 1020, 2004]);
    expect(sortRows(rows, 'level', false).map((r) => r.eventId)).toEqual([1020, 2004, 100]);
    expect(sortRows(rows, 'id', true).map((r) => r.eventId)).toEqual([2004, 1020, 100]);
  });

  it('offers only the values that occur', () => {
    const options = filterOptions(rows);
    expect(options.levels).toEqual(['error', 'information']);
    expect(options.versions).toEqual(['8.0', '14.0']);
  });
});
