/**
 * Where a long identifier (event source, symbolic name, cmdlet, path, URL) may wrap without
 * breaking a word: between the words of a camel-case name (`MSExchange|Transport`,
 * `Smtp|Send|Ack|Message`) and after separators (`Get-|Queue`, `Logs\|ProtocolLog`). The page
 * puts a `<wbr>` between the pieces, so a narrow screen wraps there and nowhere else; copied text
 * is unchanged.
 */

/** Characters after which a line may break, when a word follows. */
const separators = new Set(['-', '_', '.', '/', '\\', ':', ',', '|', '?', '&', '=', '@']);

const lower = /\p{Ll}/u;
const upper = /\p{Lu}/u;
const digit = /\p{Nd}/u;

/** True when a break is allowed between `text[i - 1]` and `text[i]`. */
function breaksBefore(chars: string[], i: number): boolean {
  const previous = chars[i - 1]!;
  const current = chars[i]!;
  const next = chars[i + 1] ?? '';
  if (/\s/u.test(previous) || /\s/u.test(current)) return false; // spaces already wrap
  if (separators.has(previous)) return !separators.has(current);
  if (!upper.test(current)) return false;
  // fooBar, v2Beta: a capital after a small letter or a digit starts a word.
  if (lower.test(previous) || digit.test(previous)) return true;
  // MSExchange: the last capital of a run of two or more starts a word when a small letter
  // follows (IPv6 stays whole: its capital run is one letter before the small one).
  return upper.test(previous) && lower.test(next) && upper.test(chars[i - 2] ?? '');
}

/** The pieces of `text` between its break opportunities; joined, they are `text` again. */
export function identifierPieces(text: string): string[] {
  const chars = [...text];
  const pieces: string[] = [];
  let start = 0;
  for (let i = 1; i < chars.length; i++) {
    if (breaksBefore(chars, i)) {
      pieces.push(chars.slice(start, i).join(''));
      start = i;
    }
  }
  if (chars.length > 0) pieces.push(chars.slice(start).join(''));
  return pieces;
}
