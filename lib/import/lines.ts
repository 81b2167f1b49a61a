/**
 * The first step of every import: turns the bytes of a page saved as text into clean lines and
 * then into blocks (paragraphs and list items). Saved pages are untidy: Windows line endings,
 * indentation by tabs or spaces, lines holding only a non-breaking space, runs of blank lines,
 * bullets of several shapes, a bullet alone on its line with its text on the next.
 */
import { ImportError } from './errors';

export interface Line {
  /** The text without indentation and trailing space; '' for a blank line. */
  text: string;
  /** Columns of indentation; a tab advances to the next multiple of four. */
  indent: number;
  /** 1-based line number in the input file. */
  number: number;
}

/** Decodes a file: UTF-8 (a BOM is dropped) or UTF-16 with its BOM, as Windows editors save it. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.includes(0)) throw new ImportError('is not a text file (it contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('is not UTF-8 text; save it as UTF-8 and import it again');
  }
}

// Zero-width characters and direction marks come from the web page, never from the article.
const invisible = /[\u200B-\u200F\u2060\uFEFF]/g;

/** Splits text into lines; blank lines (including whitespace- or NBSP-only ones) are collapsed to one. */
export function toLines(text: string): Line[] {
  const lines: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const clean = raw.replace(invisible, '');
    const body = clean.trim();
    if (body === '') {
      if (lines.length > 0 && lines.at(-1)!.text !== '')
        lines.push({ text: '', indent: 0, number: index + 1 });
      return;
    }
    lines.push({ text: body, indent: indentOf(clean), number: index + 1 });
  });
  while (lines.at(-1)?.text === '') lines.pop();
  return lines;
}

function indentOf(raw: string): number {
  let columns = 0;
  for (const char of raw) {
    if (char === '\t') columns += 4 - (columns % 4);
    else if (/\s/.test(char)) columns += 1;
    else break;
  }
  return columns;
}

export interface ListMarker {
  ordered: boolean;
  /** The item's number as written (`3.` → 3); null for bullets. */
  number: number | null;
  /** The item's text after the marker; '' when the marker stands alone on its line. */
  text: string;
}

// Typographic bullets may touch their text; ASCII ones (- * + and dashes) need a space after them
// so that `-5` or `*.log` at the start of a line stay text.
const typographicBullet = /^[•·●○◦▪▫■□‣⁃∙]\s*(.*)$/u;
const asciiBullet = /^[-*+–—](?:\s+(.*))?$/u;
const numbered = /^(?:(\d{1,3})[.)]|\((\d{1,3})\))(?:\s+(.*))?$/u;

/** Reads a list marker at the start of a line: `•`, `-`, `*`, `+`, `–`, `1.`, `1)`, `(1)`. */
export function parseListMarker(text: string): ListMarker | null {
  const bullet = typographicBullet.exec(text) ?? asciiBullet.exec(text);
  if (bullet) return { ordered: false, number: null, text: (bullet[1] ?? '').trim() };
  const number = numbered.exec(text);
  if (number)
    return {
      ordered: true,
      number: Number(number[1] ?? number[2]),
      text: (number[3] ?? '').trim(),
    };
  return null;
}

export interface Paragraph {
  kind: 'paragraph';
  text: string;
  indent: number;
  line: number;
}

export interface Item {
  kind: 'item';
  ordered: boolean;
  number: number | null;
  text: string;
  indent: number;
  line: number;
}

export type Block = Paragraph | Item;

/**
 * Groups lines into blocks. A blank line ends a block; a line that starts with a list marker
 * starts an item; any other line directly under a block continues it (a wrapped line). A
 * marker alone on its line takes the next text line as its text, even after a blank line.
 */
export function toBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  let awaitingText: Item | null = null;
  for (const line of lines) {
    if (line.text === '') {
      open = null;
      continue;
    }
    const marker = parseListMarker(line.text);
    if (awaitingText && !marker) {
      awaitingText.text = line.text;
      open = awaitingText;
      awaitingText = null;
      continue;
    }
    if (marker) {
      const item: Item = {
        kind: 'item',
        ordered: marker.ordered,
        number: marker.number,
        text: marker.text,
        indent: line.indent,
        line: line.number,
      };
      blocks.push(item);
      open = item;
      awaitingText = marker.text === '' ? item : null;
      continue;
    }
    if (open) {
      open.text = `${open.text} ${line.text}`;
      continue;
    }
    open = { kind: 'paragraph', text: line.text, indent: line.indent, line: line.number };
    blocks.push(open);
  }
  return blocks.filter((block) => block.text !== '');
}

/** The blocks' texts, one per line, for pattern searches over prose. */
export function blockText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n');
}
