/**
 * The text encoding of an export, from its first bytes. Windows writes UTF-16 little-endian with
 * a byte order mark (Event Viewer's text export, `Out-File` and `>` in Windows PowerShell), UTF-8
 * with or without one (`Export-Csv -Encoding UTF8`, PowerShell 7); a file without either is read
 * in the legacy code page its letters suggest.
 */
import type { TextEncoding } from './model';

export interface EncodingGuess {
  encoding: TextEncoding;
  /** Bytes of the byte order mark to skip. */
  bomLength: number;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a mark: ASCII text then has a zero in every other byte. */
function utf16WithoutMark(head: Uint8Array): TextEncoding | null {
  const pairs = Math.min(256, Math.floor(head.length / 2));
  if (pairs < 2) return null;
  let zeroHigh = 0;
  let zeroLow = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0 && head[2 * i + 1] !== 0) zeroLow++;
    if (head[2 * i + 1] === 0 && head[2 * i] !== 0) zeroHigh++;
  }
  if (zeroHigh > pairs * 0.4) return 'utf-16le';
  if (zeroLow > pairs * 0.4) return 'utf-16be';
  return null;
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 for a byte that cannot lead. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** True when the bytes are UTF-8 (a sequence cut off by the end of the sample is allowed). */
export function isUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i]!);
    if (length === 0) return false;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return true;
      if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    }
    i += length;
  }
  return true;
}

/**
 * Cyrillic in Windows-1251 spells whole words with bytes above 0xC0, so such bytes stand next to
 * each other; German in Windows-1252 has only the odd umlaut between ASCII letters.
 */
function legacyCodePage(head: Uint8Array): TextEncoding {
  let high = 0;
  let paired = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i]! < 0xc0) continue;
    high++;
    if ((head[i - 1] ?? 0) >= 0xc0 || (head[i + 1] ?? 0) >= 0xc0) paired++;
  }
  return high > 0 && paired / high > 0.5 ? 'windows-1251' : 'windows-1252';
}

export function sniffEncoding(head: Uint8Array): EncodingGuess {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bomLength: 3 };
  if (startsWith(head, [0xff, 0xfe])) return { encoding: 'utf-16le', bomLength: 2 };
  if (startsWith(head, [0xfe, 0xff])) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = utf16WithoutMark(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (isUtf8(head)) return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: legacyCodePage(head), bomLength: 0 };
}
