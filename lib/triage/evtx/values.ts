/**
 * Substitution values of EVTX binary XML, by value type (libevtx's format description, "Value
 * types"), rendered as the text Event Viewer shows. Arrays (type | 0x80) give one text per item.
 */

const utf16 = new TextDecoder('utf-16le');
const latin1 = new TextDecoder('windows-1252');

export const valueTypes = {
  null: 0x00,
  string: 0x01,
  ansiString: 0x02,
  binXml: 0x21,
  array: 0x80,
} as const;

const fixedSizes: Record<number, number> = {
  0x03: 1,
  0x04: 1,
  0x05: 2,
  0x06: 2,
  0x07: 4,
  0x08: 4,
  0x09: 8,
  0x0a: 8,
  0x0b: 4,
  0x0c: 8,
  0x0d: 4,
  0x0f: 16,
  0x11: 8,
  0x12: 16,
  0x14: 4,
  0x15: 8,
};

/** Event Viewer writes hexadecimal values without leading zeros (`0x24c`). */
const hex = (n: bigint | number) => `0x${n.toString(16)}`;
const stripNul = (text: string) => text.replace(/\0+$/, '');

/** FILETIME (100 ns ticks since 1601) in milliseconds since 1970. */
export function fileTimeToMs(view: DataView, offset: number): number {
  const low = view.getUint32(offset, true);
  const high = view.getUint32(offset + 4, true);
  return high * 429_496.7296 + low / 10_000 - 11_644_473_600_000;
}

function isoTime(ms: number, ticks: number): string {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return '';
  const iso = new Date(Math.floor(ms)).toISOString();
  return `${iso.slice(0, 19)}.${String(ticks).padStart(7, '0')}Z`;
}

function guid(bytes: Uint8Array, view: DataView, at: number): string {
  const tail = [...bytes.subarray(at + 8, at + 16)].map((b) => b.toString(16).padStart(2, '0'));
  return `{${[
    view.getUint32(at, true).toString(16).padStart(8, '0'),
    view
      .getUint16(at + 4, true)
      .toString(16)
      .padStart(4, '0'),
    view
      .getUint16(at + 6, true)
      .toString(16)
      .padStart(4, '0'),
    tail.slice(0, 2).join(''),
    tail.slice(2).join(''),
  ].join('-')}}`.toUpperCase();
}

function sid(bytes: Uint8Array, view: DataView, at: number, size: number): string {
  if (size < 8) return '';
  const count = bytes[at + 1]!;
  let authority = 0;
  for (let i = 2; i < 8; i++) authority = authority * 256 + bytes[at + i]!;
  const parts = [`S-${bytes[at]}`, String(authority)];
  for (let i = 0; i < count && 8 + 4 * i + 4 <= size; i++)
    parts.push(String(view.getUint32(at + 8 + 4 * i, true)));
  return parts.join('-');
}

/** One fixed-size value at `at` (type without the array bit). */
function scalar(type: number, bytes: Uint8Array, view: DataView, at: number, size: number): string {
  switch (type) {
    case 0x03:
      return String(view.getInt8(at));
    case 0x04:
      return String(view.getUint8(at));
    case 0x05:
      return String(view.getInt16(at, true));
    case 0x06:
      return String(view.getUint16(at, true));
    case 0x07:
      return String(view.getInt32(at, true));
    case 0x08:
      return String(view.getUint32(at, true));
    case 0x09:
      return view.getBigInt64(at, true).toString();
    case 0x0a:
      return view.getBigUint64(at, true).toString();
    case 0x0b:
      return String(view.getFloat32(at, true));
    case 0x0c:
      return String(view.getFloat64(at, true));
    case 0x0d:
      return view.getUint32(at, true) ? 'true' : 'false';
    case 0x0f:
      return guid(bytes, view, at);
    case 0x10:
      return size === 8 ? hex(view.getBigUint64(at, true)) : hex(view.getUint32(at, true));
    case 0x11: {
      const ticks = Number(view.getBigUint64(at, true) % 10_000_000n);
      return isoTime(fileTimeToMs(view, at), ticks);
    }
    case 0x12: {
      const [y, mo, , d, h, mi, s, ms] = [0, 2, 4, 6, 8, 10, 12, 14].map((o) =>
        view.getUint16(at + o, true),
      );
      return isoTime(Date.UTC(y!, mo! - 1, d, h, mi, s, ms), ms! * 10_000);
    }
    case 0x13:
      return sid(bytes, view, at, size);
    case 0x14:
      return hex(view.getUint32(at, true));
    case 0x15:
      return hex(view.getBigUint64(at, true));
    default:
      return '';
  }
}

/**
 * The text of a value of `type` stored in `bytes[at, at + size)`; several texts for an array.
 * Binary XML (0x21) is not handled here: the binary XML reader parses it.
 */
export function decodeValue(
  type: number,
  bytes: Uint8Array,
  view: DataView,
  at: number,
  size: number,
): string[] {
  const base = type & 0x7f;
  const isArray = (type & valueTypes.array) !== 0;
  if (base === valueTypes.null || size === 0) return isArray ? [] : [''];
  if (base === valueTypes.string) {
    const text = utf16.decode(bytes.subarray(at, at + size));
    return isArray ? stripNul(text).split('\0') : [stripNul(text)];
  }
  if (base === valueTypes.ansiString) {
    const text = latin1.decode(bytes.subarray(at, at + size));
    return isArray ? stripNul(text).split('\0') : [stripNul(text)];
  }
  if (base === 0x0e)
    return [
      [...bytes.subarray(at, at + size)]
        .map((b) => b.toString(16).padStart(2, '0'))
        .join('')
        .toUpperCase(),
    ];
  if (base === 0x13) return [sid(bytes, view, at, size)];
  const width = base === 0x10 ? (size % 8 === 0 ? 8 : 4) : fixedSizes[base];
  if (!width) return [''];
  if (!isArray) return size >= width ? [scalar(base, bytes, view, at, size)] : [''];
  const items: string[] = [];
  for (let o = 0; o + width <= size; o += width)
    items.push(scalar(base, bytes, view, at + o, width));
  return items;
}
