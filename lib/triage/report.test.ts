import { describe, expect, it } from 'vitest';
import { Aggregator, limits } from './aggregate';
import type { LogEvent } from './model';
import { buildGroups, filterOptions, histogram } from './report';
import { testCatalog } from './testing';

const minute = 60_000;
const t0 = Date.UTC(2024, 0, 2, 12, 0);
const event = (over: Partial<LogEvent>): LogEvent => ({
  source: 'MSExchangeTransport',
  eventId: 2004,
  level: 'information',
  time: t0,
  computer: 'EX01',
  values: null,
  message: null,
  ...over,
});

function cellsOf(events: LogEvent[]) {
  const aggregator = new Aggregator(testCatalog);
  events.forEach((e) => aggregator.add(e));
  return aggregator.snapshot();
}

describe('buildGroups', () => {
  const cells = cellsOf([
    ...Array.from({ length: 5 }, () => event({})),
    event({ eventId: 2002, level: 'warning' }),
    event({ eventId: 2002, level: 'warning', computer: 'EX02' }),
    event({ source: 'MSExchange ADAccess', eventId: 2080, level: 'error' }),
    event({ eventId: 12016, level: 'critical', computer: 'EX02' }),
  ]);

  it('sorts errors (with critical) first, then warnings, then by count', () => {
    expect(buildGroups(cells).map((g) => `${g.eventId} ${g.level} ${g.count}`)).toEqual([
      '2080 error 1',
      '12016 critical 1',
      '2002 warning 2',
      '2004 information 5',
    ]);
  });

  it('filters by server, counting only that server’s events', () => {
    const groups = buildGroups(cells, { levels: [], source: null, server: 'ex02' });
    expect(groups.map((g) => `${g.eventId} ${g.count}`)).toEqual(['12016 1', '2002 1']);
  });

  it('filters by level and by source', () => {
    expect(
      buildGroups(cells, { levels: ['warning'], source: null, server: null }).map((g) => g.eventId),
    ).toEqual([2002]);
    expect(
      buildGroups(cells, { levels: [], source: 'msexchangeadaccess', server: null }).map(
        (g) => g.eventId,
      ),
    ).toEqual([2080]);
  });

  it('lists the sources, servers and levels there are to filter by, with counts', () => {
    expect(filterOptions(cells)).toEqual({
      sources: [
        { key: 'msexchangeadaccess', name: 'MSExchange ADAccess', count: 1 },
        { key: 'msexchangetransport', name: 'MSExchangeTransport', count: 8 },
      ],
      servers: [
        { key: 'ex01', name: 'EX01', count: 7 },
        { key: 'ex02', name: 'EX02', count: 2 },
      ],
      levels: [
        { level: 'critical', count: 1 },
        { level: 'error', count: 1 },
        { level: 'warning', count: 2 },
        { level: 'information', count: 5 },
      ],
    });
  });

  it('merges the same source in another letter case into one group', () => {
    const groups = buildGroups(cellsOf([event({}), event({ source: 'msexchangetransport' })]));
    expect(groups.map((g) => [g.source, g.count])).toEqual([['MSExchangeTransport', 2]]);
  });
});

describe('histogram', () => {
  it('spreads a group’s events over equal bins from its first to its last event', () => {
    const cells = cellsOf([
      event({ time: t0 }),
      event({ time: t0 + 1 * minute }),
      event({ time: t0 + 59 * minute }),
      event({ time: t0 + 120 * minute }),
    ]);
    const result = histogram(buildGroups(cells)[0]!, 4);
    expect(result).toEqual({ start: t0, width: 30 * minute, counts: [2, 1, 0, 1] });
  });

  it('has no histogram for a group without times', () => {
    expect(histogram(buildGroups(cellsOf([event({ time: null })]))[0]!)).toBeNull();
  });
});

describe('memory bounds', () => {
  it('keeps at most the cap of distinct values per placeholder and counts the rest as other', () => {
    const events = Array.from({ length: limits.valuesPerPlaceholder + 5 }, (_, i) =>
      event({ values: [`connector ${i}`] }),
    );
    const [group] = buildGroups(cellsOf(events));
    expect(group!.values[0]).toMatchObject({ distinct: limits.valuesPerPlaceholder, other: 5 });
  });

  it('coarsens time buckets instead of growing them for a long log', () => {
    const events = Array.from({ length: 5000 }, (_, i) => event({ time: t0 + i * 7 * minute }));
    const [cell] = cellsOf(events);
    expect(cell!.times.buckets.length).toBeLessThanOrEqual(limits.timeBuckets);
    expect(cell!.times.buckets.reduce((n, [, c]) => n + c, 0)).toBe(5000);
  });
});

describe('the overall bound on stored text', () => {
  it('counts values past the character budget as other instead of keeping them', () => {
    const saved = limits.storedCharacters;
    limits.storedCharacters = 50;
    try {
      const events = Array.from({ length: 10 }, (_, i) => event({ values: [`value number ${i}`] }));
      const [group] = buildGroups(cellsOf(events));
      expect(group!.values[0]).toMatchObject({ distinct: 3, other: 7 });
    } finally {
      limits.storedCharacters = saved;
    }
  });
});
