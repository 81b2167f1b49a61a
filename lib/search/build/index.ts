/**
 * Builds a locale's split search index (build time, Node): term shards, record chunks, name
 * buckets, snippet texts, facets and the manifest that says where everything is (see ../format).
 */
import { createHash } from 'node:crypto';
import type { Site } from '../../site/site';
import type { Locale } from '../../i18n/config';
import { allSmtpCodes } from '../../smtp/codes';
import { analyze } from '../analyze';
import {
  emptyPostings,
  encodePostings,
  levelBits,
  nameBucket,
  searchPaths,
  statusTerm,
  type Facets,
  type TermPostings,
  type SearchManifest,
  type TermShard,
} from '../format';
import { indexedArticles, type IndexedArticle } from './documents';

export interface IndexOptions {
  /** Target size of a term shard's JSON, in bytes (a single term may exceed it). */
  shardBytes: number;
  recordChunkSize: number;
  textChunkSize: number;
  /** Symbolic names per name bucket. */
  namesPerBucket: number;
}

export const defaultIndexOptions: IndexOptions = {
  shardBytes: 24_000,
  recordChunkSize: 32,
  textChunkSize: 12,
  namesPerBucket: 400,
};

export interface SearchIndexFiles {
  manifest: SearchManifest;
  /** Path below /api/search/<locale>/ → JSON value. */
  files: Map<string, unknown>;
}

function collectPostings(locale: Locale, articles: IndexedArticle[]): Map<string, TermPostings> {
  const all = new Map<string, TermPostings>();
  const docsOf = new Map<string, Set<number>>();
  const of = (term: string, doc: number) => {
    let postings = all.get(term);
    if (!postings) all.set(term, (postings = emptyPostings()));
    let docs = docsOf.get(term);
    if (!docs) docsOf.set(term, (docs = new Set()));
    docs.add(doc);
    return postings;
  };
  const count = (map: Map<number, number>, doc: number) => map.set(doc, (map.get(doc) ?? 0) + 1);
  articles.forEach((article, doc) => {
    for (const field of ['title', 'message', 'keys'] as const)
      for (const term of article[field].flatMap((text) => analyze(locale, text)))
        count(of(term, doc)[field], doc);
    for (const { section, text } of article.body)
      for (const term of analyze(locale, text)) {
        const body = of(term, doc).body;
        const [mask, occurrences] = body.get(doc) ?? [0, 0];
        body.set(doc, [mask | (1 << section), occurrences + 1]);
      }
    for (const status of article.statuses) of(statusTerm(status), doc).status.add(doc);
  });
  for (const [term, postings] of all) postings.df = docsOf.get(term)!.size;
  return all;
}

function shardTerms(
  postings: Map<string, TermPostings>,
  shardBytes: number,
): { firsts: string[]; shards: TermShard[] } {
  const firsts: string[] = [];
  const shards: TermShard[] = [];
  let current: TermShard | null = null;
  let size = 0;
  for (const term of [...postings.keys()].sort()) {
    const encoded = encodePostings(postings.get(term)!);
    const bytes = term.length + 4 + JSON.stringify(encoded).length;
    if (!current || size + bytes > shardBytes) {
      current = { terms: [], postings: [] };
      shards.push(current);
      firsts.push(term);
      size = 0;
    }
    current.terms.push(term);
    current.postings.push(encoded);
    size += bytes;
  }
  if (shards.length === 0) {
    firsts.push('');
    shards.push({ terms: [], postings: [] });
  }
  return { firsts, shards };
}

function chunked<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks.length > 0 ? chunks : [[]];
}

function facetsOf(articles: IndexedArticle[]): Facets {
  const sources = [...new Map(articles.map((a) => [a.record.sourceSlug, a.record.source]))].sort(
    (a, b) => a[1].localeCompare(b[1]),
  );
  const distinct = (values: string[]) =>
    [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const categories = distinct(articles.flatMap((a) => a.facets.category ?? []));
  const versions = distinct(articles.flatMap((a) => a.facets.versions));
  const slugs = sources.map(([slug]) => slug);
  return {
    sources,
    categories,
    versions,
    articles: articles.map((a) => [
      slugs.indexOf(a.record.sourceSlug),
      a.facets.category === null ? -1 : categories.indexOf(a.facets.category),
      a.facets.levels.reduce((bits, level) => bits | levelBits[level], 0),
      a.facets.versions.reduce((bits, v) => bits | (1 << versions.indexOf(v)), 0),
    ]),
  };
}

export function buildSearchIndex(
  site: Site,
  locale: Locale,
  options: IndexOptions = defaultIndexOptions,
): SearchIndexFiles {
  const articles = indexedArticles(site, locale);
  const files = new Map<string, unknown>();
  const { firsts, shards } = shardTerms(collectPostings(locale, articles), options.shardBytes);
  shards.forEach((shard, n) => files.set(searchPaths.shard(n), shard));

  const recordChunks = chunked(articles, options.recordChunkSize);
  recordChunks.forEach((chunk, n) =>
    files.set(
      searchPaths.records(n),
      chunk.map((a) => a.record),
    ),
  );
  chunked(articles, options.textChunkSize).forEach((chunk, n) =>
    files.set(
      searchPaths.texts(n),
      chunk.map((a) => a.texts),
    ),
  );

  const named = articles.flatMap((a, doc) =>
    a.record.symbolicName ? [{ name: a.record.symbolicName.toLowerCase(), doc }] : [],
  );
  const nameBuckets = Math.max(1, Math.ceil(named.length / options.namesPerBucket));
  const buckets = Array.from({ length: nameBuckets }, () => ({}) as Record<string, number[]>);
  for (const { name, doc } of named) {
    const bucket = buckets[nameBucket(name, nameBuckets)]!;
    bucket[name] = [...(bucket[name] ?? []), doc];
  }
  buckets.forEach((bucket, n) => files.set(searchPaths.names(n), bucket));
  files.set(searchPaths.facets, facetsOf(articles));

  const hash = createHash('sha256');
  for (const [path, value] of files) hash.update(path).update(JSON.stringify(value));
  const manifest: SearchManifest = {
    locale,
    version: hash.digest('hex').slice(0, 12),
    articleCount: articles.length,
    shards: firsts,
    recordChunks: recordChunks.map((_, n) => n * options.recordChunkSize),
    recordChunkIds: recordChunks.map((chunk) => chunk[0]?.record.eventId ?? 0),
    textChunkSize: options.textChunkSize,
    nameBuckets,
    sources: [
      ...new Set(articles.flatMap((a) => [a.record.source, ...a.record.alsoLoggedBy])),
    ].sort(),
    smtpCodes: allSmtpCodes(),
  };
  files.set(searchPaths.manifest, manifest);
  return { manifest, files };
}
