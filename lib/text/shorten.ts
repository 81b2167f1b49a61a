/**
 * A reader's text cut to at most `max` characters for a heading, at a word boundary where one is
 * near, with an ellipsis when something was cut. Echoing a pasted event description whole would
 * fill the screen; cutting mid-word reads as a typo.
 */
export function shorten(text: string, max: number): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  // A word boundary in the last third keeps most of the text; else cut the long word itself.
  const end = lastSpace > (max * 2) / 3 ? lastSpace : cut.length;
  return `${cut.slice(0, end).replace(/[\s,;:.]+$/, '')}…`;
}
