import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLogDate, parseLogDate } from './dates';

const at = (text: string) => {
  const time = parseLogDate(text);
  return time === null ? null : formatLogDate(time);
};

describe('parseLogDate', () => {
  it('reads Event Viewer dates of an English Windows, month first, with AM/PM', () => {
    expect(at('1/2/2024 3:04:05 PM')).toBe('2024-01-02 15:04:05');
    expect(at('12/31/2024 12:00:01 AM')).toBe('2024-12-31 00:00:01');
  });

  it('reads day-first slashed dates when the first number cannot be a month', () => {
    expect(at('25/12/2024 08:30:00')).toBe('2024-12-25 08:30:00');
  });

  it('reads German and Russian dates (day.month.year, 24 hours)', () => {
    expect(at('02.01.2024 15:04:05')).toBe('2024-01-02 15:04:05');
    expect(at('2.1.2024 7:04')).toBe('2024-01-02 07:04:00');
  });

  it('reads XML system times with seven fractional digits as UTC', () => {
    expect(parseLogDate('2024-01-02T15:04:05.1234567Z')).toBe(Date.UTC(2024, 0, 2, 15, 4, 5, 123));
  });

  it('converts an explicit offset to UTC (PowerShell 7 JSON)', () => {
    expect(at('2024-01-02T16:04:05.5+01:00')).toBe('2024-01-02 15:04:05');
  });

  it('reads Windows PowerShell JSON dates, escaped or not', () => {
    expect(parseLogDate('/Date(1704207845000)/')).toBe(1704207845000);
    expect(parseLogDate('\\/Date(1704207845000)\\/')).toBe(1704207845000);
  });

  it('refuses what is not a real date', () => {
    expect(parseLogDate('31.02.2024 10:00:00')).toBeNull();
    expect(parseLogDate('13/13/2024 10:00:00')).toBeNull();
    expect(parseLogDate('yesterday')).toBeNull();
    expect(parseLogDate('/Date(99999999999999999999)/')).toBeNull();
    expect(parseLogDate('')).toBeNull();
  });

  it('never throws and gives a finite number or null', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const time = parseLogDate(text);
        expect(time === null || Number.isFinite(time)).toBe(true);
      }),
    );
  });
});
