/**
 * The files of a locale's search index, shared by the builder (Node, build time) and the browser.
 * The index is split so that a query fetches only what it needs:
 *
 * - `manifest.json`: counts, where each term shard and record chunk starts, the source names and
 *   the SMTP codes that have pages. Small; fetched first.
 * - `t/<n>.json`: a term shard, a contiguous range of the sorted vocabulary with its postings
 *   (per field, the articles holding the term and how often).
 *   A query fetches the shards of its own words (and, while typing, of the word being completed).
 * - `r/<n>.json`: a record chunk, the facts of consecutive articles (sorted by event ID), for
 *   showing results, exact ID look-ups and matching pasted descriptions against templates.
 * - `n/<n>.json`: symbolic names hashed into buckets, for exact look-ups by name.
 * - `x/<n>.json`: section texts of consecutive articles, for snippets, fetched after results.
 * - `facets.json`: per article the values the results page filters by.
 *
 * Nothing here reads the content model; this module is pure data definitions and codecs.
 */
import type { Locale } from '../i18n/config';

export type ArticleKindName = 'event' | 'alert' | 'analyzer';
export type LevelName = 'error' | 'warning' | 'information';

/** What a result shows and what exact look-ups and template matching need, per article. */
export interface SearchRecord {
  /** `<source-slug>/<id>/<slug>` */
  id: string;
  eventId: number;
  source: string;
  sourceSlug: string;
  /** Sister sources that log the same ID and text. */
  alsoLoggedBy: string[];
  kind: ArticleKindName;
  title: string;
  /** Language of the title: the locale's own, or the original's for an untranslated article. */
  lang: Locale;
  symbolicName: string | null;
  /** Message templates: the English one and the vendor's localized ones, keyed by language. */
  templates: { lang: string; text: string }[];
  /** Other names a reader may paste: an alert's rule name, an analyzer rule, the English title. */
  aliases: string[];
  href: string;
  /** The event's own address (all its articles when it has several). */
  eventHref: string;
}

/** Sections of an article for snippets: section index (into sectionKeys), 1 if from the original, text. */
export type SectionText = [section: number, fromOriginal: 0 | 1, text: string];

export interface SearchManifest {
  locale: Locale;
  /** Changes with every change of the index; appended to file URLs so caches never mix builds. */
  version: string;
  articleCount: number;
  /** First term of each shard; shard i holds the terms from shards[i] up to shards[i + 1]. */
  shards: string[];
  /** First article index of each record chunk (articles are sorted by event ID, then source). */
  recordChunks: number[];
  /** Event ID of the first article of each record chunk. */
  recordChunkIds: number[];
  /** Articles per snippet-text chunk. */
  textChunkSize: number;
  nameBuckets: number;
  /** Every source name logged for a documented event (sister sources included). */
  sources: string[];
  /** SMTP codes that have a reference page. */
  smtpCodes: string[];
}

export interface TermShard {
  terms: string[];
  /** Encoded postings per term (see encodePostings). */
  postings: number[][];
}

/** A term's postings as the builder collects them: per field, the articles holding the term. */
export interface TermPostings {
  /** Number of articles holding the term in any field. */
  df: number;
  /** Article → occurrences in the title field (title, alert rule name, original title). */
  title: Map<number, number>;
  /** Article → occurrences in the message field (templates and examples). */
  message: Map<number, number>;
  /** Article → occurrences in identifiers, category, source names. */
  keys: Map<number, number>;
  /** Article → [bit mask of sections holding the term, occurrences]. */
  body: Map<number, [mask: number, count: number]>;
  /** Articles that name this SMTP status. */
  status: Set<number>;
}

export function emptyPostings(): TermPostings {
  return {
    df: 0,
    title: new Map(),
    message: new Map(),
    keys: new Map(),
    body: new Map(),
    status: new Set(),
  };
}

/**
 * Flat integers: df, then per field a count and its entries, articles as deltas: title, message
 * and keys entries are (delta, occurrences), body (delta, mask, occurrences), status (delta).
 */
export function encodePostings(postings: TermPostings): number[] {
  const out: number[] = [postings.df];
  const ascending = <T>(map: Map<number, T>) => [...map].sort((a, b) => a[0] - b[0]);
  for (const map of [postings.title, postings.message, postings.keys]) {
    out.push(map.size);
    let previous = 0;
    for (const [doc, count] of ascending(map)) {
      out.push(doc - previous, count);
      previous = doc;
    }
  }
  out.push(postings.body.size);
  let previous = 0;
  for (const [doc, [mask, count]] of ascending(postings.body)) {
    out.push(doc - previous, mask, count);
    previous = doc;
  }
  out.push(postings.status.size);
  previous = 0;
  for (const doc of [...postings.status].sort((a, b) => a - b)) {
    out.push(doc - previous);
    previous = doc;
  }
  return out;
}

/** Articles (ascending) holding a term in one field, with its number of occurrences in each. */
export interface FieldPostings {
  docs: Int32Array;
  counts: Int32Array;
}

/** A term's postings as the browser reads them: typed arrays, ascending by article. */
export interface Postings {
  df: number;
  title: FieldPostings;
  message: FieldPostings;
  keys: FieldPostings;
  /** Occurrences in the body, and per article the bit mask of sections holding the term. */
  body: FieldPostings & { masks: Int32Array };
  status: Int32Array;
}

export function decodePostings(flat: readonly number[]): Postings {
  let i = 0;
  const next = () => flat[i++] ?? 0;
  const df = next();
  const field = (): FieldPostings => {
    const n = next();
    const docs = new Int32Array(n);
    const counts = new Int32Array(n);
    let doc = 0;
    for (let k = 0; k < n; k++) {
      docs[k] = doc += next();
      counts[k] = next();
    }
    return { docs, counts };
  };
  const title = field();
  const message = field();
  const keys = field();
  const bodyCount = next();
  const body = {
    docs: new Int32Array(bodyCount),
    counts: new Int32Array(bodyCount),
    masks: new Int32Array(bodyCount),
  };
  let doc = 0;
  for (let k = 0; k < bodyCount; k++) {
    body.docs[k] = doc += next();
    body.masks[k] = next();
    body.counts[k] = next();
  }
  const statusCount = next();
  const status = new Int32Array(statusCount);
  doc = 0;
  for (let k = 0; k < statusCount; k++) status[k] = doc += next();
  return { df, title, message, keys, body, status };
}

/** The shard that holds `term`: the last one whose first term is not after it. */
export function shardOf(shards: readonly string[], term: string): number {
  let low = 0;
  let high = shards.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (shards[middle]! <= term) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The shards that may hold terms starting with `prefix`. */
export function shardsWithPrefix(shards: readonly string[], prefix: string): number[] {
  const first = shardOf(shards, prefix);
  const found = [first];
  for (let i = first + 1; i < shards.length && shards[i]!.startsWith(prefix); i++) found.push(i);
  return found;
}

/** The record chunks that may hold articles with this event ID. */
export function chunksWithEventId(manifest: SearchManifest, eventId: number): number[] {
  const found: number[] = [];
  manifest.recordChunkIds.forEach((first, chunk) => {
    const nextFirst = manifest.recordChunkIds[chunk + 1] ?? Infinity;
    if (first <= eventId && eventId <= nextFirst) found.push(chunk);
  });
  return found;
}

/** The record chunk of an article. */
export function chunkOfArticle(manifest: SearchManifest, article: number): number {
  let chunk = 0;
  while (chunk + 1 < manifest.recordChunks.length && manifest.recordChunks[chunk + 1]! <= article)
    chunk++;
  return chunk;
}

/** Bucket of a symbolic name (FNV-1a over its lower-case form). */
export function nameBucket(name: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (const char of name.toLowerCase()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % Math.max(1, buckets);
}

/** Index term of an SMTP status (never produced by text analysis, which drops dots). */
export const statusTerm = (status: string) => `smtp:${status}`;

/** Relative paths of the files, below `/api/search/<locale>/`. */
export const searchPaths = {
  manifest: 'manifest.json',
  facets: 'facets.json',
  shard: (n: number) => `t/${n}.json`,
  records: (n: number) => `r/${n}.json`,
  names: (n: number) => `n/${n}.json`,
  texts: (n: number) => `x/${n}.json`,
};

export interface Facets {
  sources: [slug: string, name: string][];
  categories: string[];
  versions: string[];
  /** Per article: source index, category index (-1 for none), level bits (error 1, warning 2, information 4), version bits. */
  articles: [number, number, number, number][];
}

export const levelBits: Record<LevelName, number> = { error: 1, warning: 2, information: 4 };
