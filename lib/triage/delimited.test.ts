import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDelimitedReader } from './delimited';

function read(pieces: string[], delimiter: ',' | ';' | '\t' = ',') {
  const records: string[][] = [];
  let oversized = 0;
  const reader = createDelimitedReader(
    delimiter,
    (r) => records.push(r),
    () => oversized++,
  );
  for (const piece of pieces) reader.push(piece);
  return { records, oversized, ...reader.end() };
}

describe('createDelimitedReader', () => {
  it('reads a multi-line quoted description with doubled quotes and commas', () => {
    const text =
      'Level,Source\r\nError,"Line one, with a comma\r\nline ""two""",tail\r\nWarning,x\r\n';
    expect(read([text]).records).toEqual([
      ['Level', 'Source'],
      ['Error', 'Line one, with a comma\r\nline "two"', 'tail'],
      ['Warning', 'x'],
    ]);
  });

  it('gives the same records whichever way the text is cut into pieces', () => {
    const text = 'a\t"b\r\n""c"""\td\r\n\r\ne\t\tf\n"g"\r\n';
    const whole = read([text], '\t').records;
    expect(whole).toEqual([['a', 'b\r\n"c"', 'd'], ['e', '', 'f'], ['g']]);
    fc.assert(
      fc.property(fc.array(fc.nat(text.length), { maxLength: 6 }), (cuts) => {
        const points = [...new Set(cuts)].sort((x, y) => x - y);
        const pieces = [0, ...points].map((start, k) =>
          text.slice(start, points[k] ?? text.length),
        );
        expect(read(pieces, '\t').records).toEqual(whole);
      }),
    );
  });

  it('reports a file that ends inside a quoted field as truncated and drops that record', () => {
    const result = read(['a,b\r\nc,"unfinished\r\ndescription']);
    expect(result.records).toEqual([['a', 'b']]);
    expect(result.truncated).toBe(true);
  });

  it('reads semicolons (Export-Csv -UseCulture on a German Windows)', () => {
    expect(read(['"Id";"Message"\n"2004";"a;b"\n'], ';').records).toEqual([
      ['Id', 'Message'],
      ['2004', 'a;b'],
    ]);
  });

  it('drops a runaway quoted field instead of holding the whole file', () => {
    const result = read(['x,"', 'y'.repeat(1 << 20), 'z\nnext,line\n']);
    expect(result.oversized).toBe(1);
    expect(result.records.at(-1)).toEqual(['next', 'line']);
  });
});
