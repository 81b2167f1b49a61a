import { describe, expect, it } from 'vitest';
import { ImportError } from './errors';
import { decodeText, parseListMarker, toBlocks, toLines } from './lines';

describe('decodeText', () => {
  it('reads UTF-8 and drops its BOM', () =>
    expect(decodeText(new TextEncoder().encode('\uFEFFÄrger'))).toBe('Ärger'));
  it('reads UTF-16 with its BOM, as Windows saves "Unicode" text', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x16, 0x04]);
    expect(decodeText(le)).toBe('AЖ');
  });
  it('refuses bytes that are not UTF-8', () =>
    expect(() => decodeText(new Uint8Array([0x41, 0xe9, 0x41]))).toThrow(ImportError));
  it('refuses binary files', () =>
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x00, 0x03]))).toThrow(/not a text file/));
});

describe('toLines', () => {
  it('splits any line ending and keeps line numbers', () => {
    expect(toLines('a\r\nb\rc\nd').map((l) => [l.text, l.number])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 4],
    ]);
  });

  it('turns whitespace- and NBSP-only lines into one blank line per run', () => {
    expect(toLines('a\n\u00a0\n \t\n\n\nb\n\n').map((l) => l.text)).toEqual(['a', '', 'b']);
  });

  it('measures indentation with tabs to the next multiple of four', () => {
    expect(toLines('\t• x\n  \t- y\n   z').map((l) => l.indent)).toEqual([4, 4, 3]);
  });

  it('drops zero-width characters and direction marks left by the page', () => {
    expect(toLines('Event\u200b ID\u200e').map((l) => l.text)).toEqual(['Event ID']);
  });
});

describe('parseListMarker', () => {
  it.each([
    ['• Check', false, null, 'Check'],
    ['•Check', false, null, 'Check'],
    ['- Check', false, null, 'Check'],
    ['* Check', false, null, 'Check'],
    ['– Check', false, null, 'Check'],
    ['•', false, null, ''],
    ['1. Open', true, 1, 'Open'],
    ['2) Open', true, 2, 'Open'],
    ['(3) Open', true, 3, 'Open'],
    ['12.\tOpen', true, 12, 'Open'],
  ] as const)('%j is an item', (text, ordered, number, rest) =>
    expect(parseListMarker(text)).toEqual({ ordered, number, text: rest }),
  );

  it.each([
    '-5 degrees',
    '*.log files',
    '8.0 (Exchange Server 2007)',
    '2010-05-04',
    '---',
    'Check',
  ])('%j is text', (text) => expect(parseListMarker(text)).toBeNull());
});

describe('toBlocks', () => {
  it('makes paragraphs and items, joining wrapped lines', () => {
    const blocks = toBlocks(
      toLines('First line\nwrapped.\n\n  • one\n    continued\n\n  • two\nSecond para'),
    );
    expect(blocks.map((b) => [b.kind, b.text, b.indent])).toEqual([
      ['paragraph', 'First line wrapped.', 0],
      ['item', 'one continued', 2],
      ['item', 'two Second para', 2],
    ]);
  });

  it('gives a bullet alone on its line the text of the next line', () => {
    expect(
      toBlocks(toLines('•\n\nCheck the queue.\n•\nRestart.')).map((b) => [b.kind, b.text]),
    ).toEqual([
      ['item', 'Check the queue.'],
      ['item', 'Restart.'],
    ]);
  });
});
