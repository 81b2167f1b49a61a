/**
 * Snippets and highlighting as data: a text cut around its first matched word, split into
 * segments that a component renders, marked ones inside <mark>. No HTML is built here, so a
 * query or a text can never inject markup.
 */
export interface Segment {
  text: string;
  marked: boolean;
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * Splits `text` into segments, marking every word for which `isHit(word)` is true. Words are
 * split on letters and digits exactly as the search analysis splits them.
 */
export function highlight(text: string, isHit: (word: string) => boolean): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, marked: boolean) => {
    if (!part) return;
    const last = segments.at(-1);
    if (last && last.marked === marked && !marked) last.text += part;
    else segments.push({ text: part, marked });
  };
  let end = 0;
  for (const match of text.matchAll(wordPattern)) {
    push(text.slice(end, match.index), false);
    push(match[0], isHit(match[0]));
    end = match.index + match[0].length;
  }
  push(text.slice(end), false);
  return segments;
}

/** A window of about `length` characters around the first hit, cut at word boundaries. */
export function snippetAround(
  text: string,
  isHit: (word: string) => boolean,
  length = 180,
): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  let first = 0;
  for (const match of clean.matchAll(wordPattern)) {
    if (isHit(match[0])) {
      first = match.index;
      break;
    }
  }
  const start = Math.max(0, first - Math.floor(length / 3));
  const from = start === 0 ? 0 : clean.indexOf(' ', start) + 1;
  const slice = clean.slice(from, from + length);
  const to = from + length < clean.length ? slice.lastIndexOf(' ') : slice.length;
  return `${from > 0 ? '… ' : ''}${slice.slice(0, to > 0 ? to : slice.length)}${from + length < clean.length ? ' …' : ''}`;
}
