/** Word-break opportunities for running text that may quote identifiers (titles, messages). */
import { identifierPieces } from './identifierBreaks';

/**
 * For running text: only words of at least `minLength` characters (a camel-case name or a dotted
 * type name inside a sentence) are split as identifiers; shorter words and the spaces between
 * words stay in their pieces, so `e.g.` or `4.4.2` get no break of their own.
 */
export function longWordPieces(text: string, minLength = 16): string[] {
  const pieces: string[] = [];
  let pending = '';
  for (const part of text.split(/(\s+)/)) {
    const split = [...part].length >= minLength ? identifierPieces(part) : [part];
    pending += split[0] ?? '';
    if (split.length > 1) {
      pieces.push(pending, ...split.slice(1, -1));
      pending = split.at(-1)!;
    }
  }
  if (pending) pieces.push(pending);
  return pieces;
}
