import { describe, expect, it } from 'vitest';
import type { CombinedHit } from './combine';
import { eventArticlesFirst } from './eventFirst';

const records = new Map([
  [1, { kind: 'alert' as const, eventHref: '/en/events/msexchangetransport/10001/' }],
  [2, { kind: 'event' as const, eventHref: '/en/events/msexchangetransport/10001/' }],
  [3, { kind: 'event' as const, eventHref: '/en/events/msexchangetransport/10002/' }],
  [4, { kind: 'analyzer' as const, eventHref: '/en/events/msexchangetransport/10002/' }],
]);
const hit = (doc: number, reason: CombinedHit['reason'], score: number): CombinedHit => ({
  doc,
  reason,
  score,
  section: -1,
});
const order = (hits: CombinedHit[]) =>
  eventArticlesFirst(hits, (doc) => records.get(doc)).map((h) => h.doc);

describe('eventArticlesFirst', () => {
  it('puts the event article before its alert when an ID or paste names both alike', () =>
    expect(order([hit(1, 'exact', 3), hit(3, 'text', 9), hit(2, 'exact', 3)])).toEqual([2, 1, 3]));

  it('does so for a text query the event article answers nearly as well', () =>
    expect(order([hit(1, 'text', 10), hit(3, 'text', 9), hit(2, 'text', 8.5)])).toEqual([2, 1, 3]));

  it('leaves the alert first when the query fits it clearly better, as its rule name does', () =>
    expect(order([hit(1, 'text', 10), hit(2, 'text', 4)])).toEqual([1, 2]));

  it('leaves the alert first when the event only turned up by a weaker kind of match', () =>
    expect(order([hit(1, 'exact', 3), hit(2, 'text', 30)])).toEqual([1, 2]));

  it('never moves articles of another event, and keeps an event that is already first', () =>
    expect(
      order([hit(3, 'text', 10), hit(1, 'text', 9), hit(4, 'text', 8), hit(2, 'text', 1)]),
    ).toEqual([3, 1, 4, 2]));
});
