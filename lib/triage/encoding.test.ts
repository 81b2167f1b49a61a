import { describe, expect, it } from 'vitest';
import { isUtf8, sniffEncoding } from './encoding';

const utf16le = (text: string) => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const withMark = (mark: number[], body: Uint8Array) => new Uint8Array([...mark, ...body]);
const header = 'Level,Date and Time,Source,Event ID,Task Category\r\n';

describe('sniffEncoding', () => {
  it('reads the byte order marks Windows writes', () => {
    expect(sniffEncoding(withMark([0xff, 0xfe], utf16le(header)))).toEqual({
      encoding: 'utf-16le',
      bomLength: 2,
    });
    expect(sniffEncoding(withMark([0xef, 0xbb, 0xbf], new TextEncoder().encode(header)))).toEqual({
      encoding: 'utf-8',
      bomLength: 3,
    });
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0, 0x4c]))).toEqual({
      encoding: 'utf-16be',
      bomLength: 2,
    });
  });

  it('recognises UTF-16 without a mark by its zero bytes', () => {
    expect(sniffEncoding(utf16le(header)).encoding).toBe('utf-16le');
    expect(sniffEncoding(utf16le(header).slice(1)).encoding).toBe('utf-16be');
  });

  it('takes UTF-8 without a mark, Cyrillic included', () => {
    expect(sniffEncoding(new TextEncoder().encode('Уровень,Дата и время,Источник'))).toEqual({
      encoding: 'utf-8',
      bomLength: 0,
    });
  });

  it('falls back to Windows-1251 for Cyrillic and Windows-1252 for German legacy text', () => {
    // "Уровень,Дата" in Windows-1251
    const cyrillic = new Uint8Array([
      0xd3, 0xf0, 0xee, 0xe2, 0xe5, 0xed, 0xfc, 0x2c, 0xc4, 0xe0, 0xf2, 0xe0,
    ]);
    expect(sniffEncoding(cyrillic).encoding).toBe('windows-1251');
    // "Schlüsselwörter: Fehler" in Windows-1252
    const german = new Uint8Array(
      [...'Schl']
        .map((c) => c.charCodeAt(0))
        .concat(
          [0xfc],
          [...'sselw'].map((c) => c.charCodeAt(0)),
          [0xf6],
          [...'rter: Fehler'].map((c) => c.charCodeAt(0)),
        ),
    );
    expect(sniffEncoding(german).encoding).toBe('windows-1252');
  });
});

describe('isUtf8', () => {
  it('accepts a sequence cut off by the end of the sample, refuses a broken one', () => {
    const euro = new TextEncoder().encode('€');
    expect(isUtf8(euro.slice(0, 2))).toBe(true);
    expect(isUtf8(new Uint8Array([0xe2, 0x41, 0x41]))).toBe(false);
    expect(isUtf8(new Uint8Array([0xc0, 0x80]))).toBe(false);
  });
});
