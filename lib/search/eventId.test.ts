import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEventId } from './eventId';

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
