/**
 * Highlighting that cannot inject markup: the text is HTML-escaped first, then the matched
 * words are wrapped in <mark>. The result is safe to set as innerHTML.
 */
const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]!);
}

/**
 * Marks every word of `text` for which `isHit(word)` is true. Words are split on letters and
 * digits exactly as the search analysis splits them.
 */
export function highlight(text: string, isHit: (word: string) => boolean): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = match.index;
    html += escapeHtml(text.slice(last, start));
    html += isHit(match[0]) ? `<mark>${escapeHtml(match[0])}</mark>` : escapeHtml(match[0]);
    last = start + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/** A window of about `length` characters around the first hit, cut at word boundaries. */
export function snippetAround(
  text: string,
  isHit: (word: string) => boolean,
  length = 180,
): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  let first = 0;
  for (const match of clean.matchAll(/[\p{L}\p{N}]+/gu)) {
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
