import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEventId, findEventIds } from './eventId';

describe('decodeEventId', () => {
  it.each([
    ['2004', 2004],
    [' 2004 ', 2004],
    ['0x400407D4', 2004],
    ['0x400407d4', 2004],
    ['1074005972', 2004],
    ['0', 0],
    ['65535', 65535],
  ])('reads %s as %i', (input, expected) => expect(decodeEventId(input)).toBe(expected));

  it.each(['', 'abc', '-1', '20 04', '99999999999', '0x', '1e3'])('refuses %j', (input) =>
    expect(decodeEventId(input)).toBeNull(),
  );

  it('keeps the low 16 bits of any logged 32-bit message ID', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffff }),
        fc.integer({ min: 0, max: 0xffff }),
        (high, id) => {
          const full = high * 0x10000 + id;
          return (
            decodeEventId(`0x${full.toString(16)}`) === id &&
            decodeEventId(String(full)) === (full <= 65535 ? full : id)
          );
        },
      ),
    );
  });
});

describe('findEventIds', () => {
  const ids = (text: string) => findEventIds(text).map(({ id, cued }) => ({ id, cued }));

  it.each([
    ['15002', { id: 15002, cued: false }],
    ['15.002', { id: 15002, cued: false }],
    ['15,002', { id: 15002, cued: false }],
    ['15 002', { id: 15002, cued: false }],
    ['15\u00a0002', { id: 15002, cued: false }],
    ['ID 15002', { id: 15002, cued: true }],
    ['EventID=15002', { id: 15002, cued: true }],
    ['Event ID: 15002', { id: 15002, cued: true }],
    ['Ereignis-ID 15002', { id: 15002, cued: true }],
    ['Код события 15002', { id: 15002, cued: true }],
    ['Код события: 15 002', { id: 15002, cued: true }],
  ])('%j is event %j', (text, expected) => expect(ids(text)).toEqual([expected]));

  it('finds the ID inside a question in any locale', () => {
    expect(ids('What does event 1035 mean on Exchange 2016?')).toEqual([{ id: 1035, cued: true }]);
    expect(ids('Was bedeutet Ereignis 15004 auf Exchange 2019?')).toEqual([
      { id: 15004, cued: true },
    ]);
    expect(ids('что означает событие 12014 в журнале?')).toEqual([{ id: 12014, cued: true }]);
  });

  it('reads a logged message ID as its event ID', () =>
    expect(ids('0x400407D4')).toEqual([{ id: 2004, cued: false }]));

  it.each([
    'Exchange 2016 CU23',
    'version 15.01.2507.006',
    '11/20/2026 3:14:07 AM',
    '10.0.0.1',
    'port 25',
    '{0a1b-2004-ffff}',
  ])('finds no event ID in %j', (text) => expect(ids(text)).toEqual([]));
});

describe('findEventIds next to source names', () => {
  it.each([
    'MSExchangeTransport 2004',
    'MSExchangeFrontEndTransport 2004',
    'MSExchange Antispam 2004',
  ])('reads the ID after %j', (text) =>
    expect(findEventIds(text).map((m) => m.id)).toEqual([2004]),
  );
});
