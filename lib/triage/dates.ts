/**
 * Dates as exports write them. Event Viewer's CSV, text and details pane and PowerShell's
 * Export-Csv print the server's local time in its culture's format (`1/2/2024 3:04:05 PM`,
 * `02.01.2024 15:04:05`) without a zone: those are kept as written. XML, EVTX and JSON carry UTC
 * (`2024-01-02T15:04:05.1234567Z`, `/Date(1704207845000)/`) or an explicit offset.
 */

const iso =
  /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;
const msDate = /^\/?Date\((-?\d+)([+-]\d{4})?\)\/?$/;

function utc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms = 0,
): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
    return null;
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC rolls 31 February over into March; a real date keeps its day.
  return new Date(time).getUTCDate() === day ? time : null;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[+:-]/g, '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function fromIso(m: RegExpExecArray): number | null {
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const time = utc(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0), ms);
  return time === null ? null : time - offsetMinutes(m[8]) * 60_000;
}

function fromSlashed(m: RegExpExecArray): number | null {
  let [first, second] = [+m[1]!, +m[2]!];
  // Month first (en-US) unless the first number cannot be a month (en-GB writes day first).
  if (first > 12) [first, second] = [second, first];
  let hour = +m[4]!;
  const meridiem = m[7]?.toUpperCase();
  if (meridiem && (hour < 1 || hour > 12)) return null;
  if (meridiem === 'PM' && hour < 12) hour += 12;
  if (meridiem === 'AM' && hour === 12) hour = 0;
  return utc(+m[3]!, first, second, hour, +m[5]!, +(m[6] ?? 0));
}

/** The range a JavaScript Date can hold; beyond it a time cannot be printed. */
const validTime = (ms: number) => (Math.abs(ms) <= 8.64e15 ? ms : null);

/** Milliseconds since 1970, or null when the text is not a date this module knows. */
export function parseLogDate(text: string | null | undefined): number | null {
  if (!text) return null;
  const value = text.trim().replace(/^\\\//, '/').replace(/\\\/$/, '/');
  let m = msDate.exec(value);
  if (m) return validTime(Number(m[1]));
  m = iso.exec(value);
  if (m) return fromIso(m);
  m = dotted.exec(value);
  if (m) return utc(+m[3]!, +m[2]!, +m[1]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  m = slashed.exec(value);
  if (m) return fromSlashed(m);
  return null;
}

/** `2024-01-02 15:04:05`: how the report prints a time. */
export function formatLogDate(time: number): string {
  return new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}
