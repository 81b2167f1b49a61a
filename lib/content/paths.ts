/** Where an article lives: `content/<locale>/<source-slug>/<id>[-variant].md`. */

export interface ContentPath {
  locale: string;
  sourceSlug: string;
  eventId: number;
  /** The part after `<id>-`, or null for the event's main article. */
  variant: string | null;
}

const fileNamePattern = /^(\d{1,5})(?:-([\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*))?\.md$/u;

/** `MSExchange Antispam` → `msexchange-antispam`: lower case, runs of spaces or `+` as `-`. */
export function sourceSlug(source: string): string {
  return source
    .trim()
    .toLowerCase()
    .replace(/[\s+]+/g, '-');
}

/**
 * How sources are compared when a reader or a tool names one: `MSExchange Store Driver`,
 * `MSExchangeStoreDriver` and `msexchange-store-driver` are the same source. Event Viewer shows
 * the spaced name, but knowledge-base pages and monitoring exports often drop the spaces.
 */
export function sourceMatchKey(source: string): string {
  return source.toLowerCase().replace(/[\s+_-]+/g, '');
}

/** Parses a path relative to the content root; returns an error message when it does not fit. */
export function parseContentPath(relative: string): ContentPath | string {
  const parts = relative.split('/');
  if (parts.length !== 3) return 'an article lives at <locale>/<source-slug>/<id>[-variant].md';
  const [locale, slug, fileName] = parts as [string, string, string];
  const match = fileNamePattern.exec(fileName);
  if (!match) return `file name "${fileName}" is not <id>[-variant].md (lower-case variant)`;
  return { locale, sourceSlug: slug, eventId: Number(match[1]), variant: match[2] ?? null };
}

/** The key shared by all articles of one event: `msexchangetransport/2004`. */
export function eventKey(slug: string, eventId: number): string {
  return `${slug}/${eventId}`;
}
