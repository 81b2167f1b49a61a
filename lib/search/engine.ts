/**
 * The search engine of the search box and the results page (and of tests and the benchmark in
 * Node). It reads the split index through a store, fetching only what a query needs, and
 * combines three kinds of answers, in this order:
 *
 * 1. exact look-ups: event IDs (in any written form, with or without a source) and symbolic names;
 * 2. articles whose message template fits a pasted description, with the placeholder values;
 * 3. full-text results ranked by ./rank.
 */
import type { Locale } from '../i18n/config';
import { analyze, analyzeWithPositions } from './analyze';
import { idMatches, nameMatches, sharedId, type Candidate, type ExactMatch } from './exact';
import { combine, type CombinedHit, type TemplateFit } from './combine';
import { eventArticlesFirst } from './eventFirst';
import { filterPredicate, hasFilters, type SearchFilters } from './filter';
import {
  chunkOfArticle,
  chunksWithEventId,
  nameBucket,
  searchPaths,
  shardOf,
  shardsWithPrefix,
  type Facets,
  type SearchManifest,
  type SearchRecord,
  type SectionText,
  type TermShard,
} from './format';
import { parseQuery, type ParsedQuery } from './query';
import { messageCandidates, rankDocuments, type Slot } from './rank';
import { shortStatusQuery, statusSlot } from './statusSlot';
import { rerank, type ArticleRuns, type RerankQuery } from './rerank';
import { synonymsOf } from './synonyms';
import { compileTemplate, matchTemplate, type CompiledTemplate } from './template';
import { Vocabulary } from './vocabulary';

export type { SearchFilters } from './filter';

/** Where the index files come from: fetch in the browser, memory in tests and the benchmark. */
export interface SearchStore {
  load<T>(path: string): Promise<T>;
}

export type { HitReason } from './combine';

/** A result: why it was found, its best section (into sectionKeys) or -1, and its record. */
export interface SearchHit extends CombinedHit {
  record: SearchRecord;
}

export interface SearchOutcome {
  /** The best hits, with their records (as many as asked for). */
  hits: SearchHit[];
  /** Number of all hits. */
  total: number;
  /** Query terms with their completions, corrections and synonyms, for highlighting. */
  terms: string[];
  smtpCodes: string[];
  eventPaste: ParsedQuery['eventPaste'];
  /** A bare ID that several sources use: the reader must pick the source. */
  sharedId: { eventId: number; sources: string[] } | null;
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** How many hits to return with records. */
  limit?: number;
}

const weights = { completion: 0.6, completionOfKnown: 0.3, typo: 0.8, synonym: 0.7, stem: 0.9 };
/**
 * The records of this many best text results are fetched: their templates are compared with a
 * pasted description and their words with the query's.
 */
const recordCandidates = 24;
/** A description this long may be a paste worth comparing with templates. */
const minimumPaste = 20;

export class SearchEngine {
  private readonly vocabulary: Vocabulary;
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly templates = new Map<number, (CompiledTemplate | null)[]>();
  private readonly runs = new Map<number, ArticleRuns>();
  private readonly loadedTexts = new Map<number, SectionText[][]>();
  private readonly smtpCodes: Set<string>;

  private constructor(
    readonly manifest: SearchManifest,
    private readonly store: SearchStore,
  ) {
    this.vocabulary = new Vocabulary(manifest.shards);
    this.smtpCodes = new Set(manifest.smtpCodes);
  }

  static async open(store: SearchStore): Promise<SearchEngine> {
    return new SearchEngine(await store.load<SearchManifest>(searchPaths.manifest), store);
  }

  get locale(): Locale {
    return this.manifest.locale;
  }

  private load<T>(path: string): Promise<T> {
    let loading = this.cache.get(path) as Promise<T> | undefined;
    if (!loading) {
      // The version keeps caches from mixing files of two builds.
      loading = this.store.load<T>(`${path}?v=${this.manifest.version}`);
      loading.catch(() => this.cache.delete(path));
      this.cache.set(path, loading);
    }
    return loading;
  }

  private async loadShards(indexes: Iterable<number>): Promise<void> {
    await Promise.all(
      [...new Set(indexes)].map(async (n) =>
        this.vocabulary.add(n, await this.load<TermShard>(searchPaths.shard(n))),
      ),
    );
  }

  private async candidates(chunks: Iterable<number>): Promise<Candidate[]> {
    const lists = await Promise.all(
      [...new Set(chunks)].map(async (chunk) => {
        const first = this.manifest.recordChunks[chunk] ?? 0;
        const records = await this.load<SearchRecord[]>(searchPaths.records(chunk));
        return records.map((record, i) => ({ doc: first + i, record }));
      }),
    );
    return lists.flat();
  }

  /** Records of the given articles, fetched as needed. */
  async records(docs: readonly number[]): Promise<Map<number, SearchRecord>> {
    const found = await this.candidates(docs.map((doc) => chunkOfArticle(this.manifest, doc)));
    const wanted = new Set(docs);
    return new Map(found.filter((c) => wanted.has(c.doc)).map((c) => [c.doc, c.record]));
  }

  /** The values the results page filters by. */
  facets(): Promise<Facets> {
    return this.load<Facets>(searchPaths.facets);
  }

  async search(rawQuery: string, options: SearchOptions = {}): Promise<SearchOutcome> {
    const parsed = parseQuery(rawQuery, this.locale, {
      sources: this.manifest.sources,
      isKnownCode: (code) => this.smtpCodes.has(code),
    });
    const none: SearchOutcome = {
      hits: [],
      total: 0,
      terms: [],
      smtpCodes: parsed.smtpCodes,
      eventPaste: parsed.eventPaste,
      sharedId: null,
    };
    if (!parsed.text) return none;

    const exact = this.exactMatches(parsed);
    const filter =
      options.filters && hasFilters(options.filters)
        ? filterPredicate(await this.facets(), options.filters)
        : undefined;
    // A query of IDs and names only is answered without fetching any term shard.
    const exactOnly = parsed.exactOnly && (await exact).matches.length > 0;
    const slots = exactOnly ? [] : await this.querySlots(parsed);
    const text = rankDocuments(
      slots,
      (term) => this.vocabulary.postings(term),
      this.manifest.articleCount,
      { keep: filter },
    );
    const { matches, shared } = await exact;

    // Records of the named articles, the best text results and, for a pasted description, the
    // articles whose message texts hold most of its words: for their templates and words.
    const candidates = text.hits.slice(0, recordCandidates);
    const pasted =
      parsed.description.length >= minimumPaste
        ? messageCandidates(
            slots,
            (term) => this.vocabulary.postings(term),
            this.manifest.articleCount,
            recordCandidates,
          ).filter(filter ?? (() => true))
        : [];
    const records = await this.records([
      ...matches.map((m) => m.doc),
      ...candidates.map((t) => t.doc),
      ...pasted,
    ]);
    const reranked = rerank(this.rerankQuery(parsed), candidates, (doc) =>
      this.runsOf(doc, records.get(doc)),
    );
    const { hits, total } = combine({
      exact: matches,
      templates: this.templateMatches(parsed, records),
      text: [...reranked, ...text.hits.slice(recordCandidates)],
      textTotal: text.total,
      keep: filter ?? (() => true),
      longPaste: parsed.text.length > 80,
    });
    const top = eventArticlesFirst(hits, (doc) => records.get(doc)).slice(0, options.limit ?? 50);
    const shown = await this.records(top.map((hit) => hit.doc));
    return {
      ...none,
      hits: top.map((hit) => ({ ...hit, record: shown.get(hit.doc)! })),
      total,
      terms: [...new Set(slots.flatMap((s) => s.alternatives.map((a) => a.term)))].filter(
        (term) => !term.startsWith('smtp:'),
      ),
      sharedId: shared,
    };
  }

  private async exactMatches(
    parsed: ParsedQuery,
  ): Promise<{ matches: ExactMatch[]; shared: SearchOutcome['sharedId'] }> {
    const sources = parsed.eventPaste?.source
      ? [parsed.eventPaste.source.toLowerCase()]
      : parsed.sources;
    const byId = await this.candidates(
      parsed.ids.flatMap((id) => chunksWithEventId(this.manifest, id)),
    );
    const idHits = idMatches(byId, parsed.ids, sources);
    const buckets = parsed.names.map((name) => nameBucket(name, this.manifest.nameBuckets));
    const named = await Promise.all(
      [...new Set(buckets)].map((n) => this.load<Record<string, number[]>>(searchPaths.names(n))),
    );
    const nameDocs = parsed.names.flatMap((name) =>
      named.flatMap((bucket) => (Object.hasOwn(bucket, name) ? bucket[name]! : [])),
    );
    const nameHits = nameMatches(
      [...(await this.records(nameDocs))].map(([doc, record]) => ({ doc, record })),
      parsed.names,
    );
    const matches = new Map<number, ExactMatch>();
    for (const match of [...idHits, ...nameHits])
      if ((matches.get(match.doc)?.score ?? -1) < match.score) matches.set(match.doc, match);
    const idDocs = new Set(idHits.map((m) => m.doc));
    const shared =
      sources.length === 0 && nameHits.length === 0
        ? sharedId(byId.filter((c) => idDocs.has(c.doc)))
        : null;
    return { matches: [...matches.values()], shared };
  }

  /**
   * One slot per query word and SMTP status, with alternatives: synonyms, and once the shards of
   * the words are loaded, typo corrections and completions of the word being typed.
   */
  private async querySlots(parsed: ParsedQuery): Promise<Slot[]> {
    const seen = new Set<string>();
    const words = parsed.words.filter(({ term }) => !seen.has(term) && seen.add(term));
    const synonyms = synonymsOf(
      this.locale,
      words.map((w) => w.term),
    );
    const slots: Slot[] = words.map(({ term, weight }, index) => ({
      weight,
      alternatives: [
        { term, weight: 1 },
        ...(synonyms.get(index)?.terms ?? []).map((s) => ({ term: s, weight: weights.synonym })),
      ],
    }));
    parsed.statuses.forEach((status, index) =>
      slots.push(
        statusSlot(status, {
          last: index === parsed.statuses.length - 1,
          alone: parsed.words.length <= shortStatusQuery,
        }),
      ),
    );

    // The word being typed may be cut short: it gets completions and the stem it holds.
    const typedWord = parsed.lastWord && !/^\d+$/.test(parsed.lastWord) ? parsed.lastWord : null;
    const typedTerm = typedWord ? analyze(this.locale, typedWord)[0] : undefined;
    const typed =
      typedWord && typedTerm && typedTerm.length >= 3
        ? slots.find((slot) => slot.alternatives[0]!.term === typedTerm)
        : undefined;
    const shards = slots.flatMap((slot) =>
      slot.alternatives.map((a) => shardOf(this.manifest.shards, a.term)),
    );
    if (typed && typedWord && typedTerm) {
      shards.push(...shardsWithPrefix(this.manifest.shards, typedTerm).slice(0, 3));
      for (let k = 4; k < typedWord.length; k++)
        shards.push(shardOf(this.manifest.shards, typedWord.slice(0, k)));
    }
    await this.loadShards(shards);

    await this.correctTypos(slots);
    if (typed && typedWord && typedTerm) {
      const known = this.vocabulary.has(typedTerm);
      for (const completion of this.vocabulary.completions(typedTerm, 8))
        typed.alternatives.push({
          term: completion,
          weight: known ? weights.completionOfKnown : weights.completion,
        });
      // A word cut short mid-stem (`certificat`) holds a known stem (`certif`).
      for (let k = typedWord.length - 1; k >= 4 && !known; k--) {
        const stem = typedWord.slice(0, k);
        if (stem !== typedTerm && this.vocabulary.has(stem)) {
          typed.alternatives.push({ term: stem, weight: weights.stem });
          break;
        }
      }
    }
    return slots;
  }

  /** Adds to each slot whose word is unknown the known terms one edit away (./vocabulary). */
  private async correctTypos(slots: Slot[]): Promise<void> {
    const misspelt = slots
      .map((slot) => ({ slot, term: slot.alternatives[0]!.term }))
      .filter(
        ({ term }) =>
          term.length >= 5 &&
          !/^\d+$/.test(term) &&
          !term.startsWith('smtp:') &&
          !this.vocabulary.has(term),
      );
    if (misspelt.length === 0) return;
    // A typo in the first letter sorts the word away from its shard: an extra first letter
    // (`xqueue`) or the first two swapped (`uqeue`) point to the shard of the right word.
    const shards = misspelt.flatMap(({ term }) =>
      [term.slice(1), term[1]! + term[0]! + term.slice(2)].map((variant) =>
        shardOf(this.manifest.shards, variant),
      ),
    );
    await Promise.all([this.vocabulary.loadTypoMatcher(), this.loadShards(shards)]);
    for (const { slot, term } of misspelt)
      for (const near of await this.vocabulary.near(term, 3))
        slot.alternatives.push({ term: near, weight: weights.typo });
  }

  private rerankQuery(parsed: ParsedQuery): RerankQuery {
    const terms = [...new Set(parsed.words.map((w) => w.term))];
    const synonyms = synonymsOf(this.locale, terms);
    const byTerm = new Map(terms.map((term, i) => [term, synonyms.get(i)?.words ?? []]));
    return {
      words: parsed.words,
      synonymWords: (term) => byTerm.get(term) ?? [],
      idf: (term) =>
        Math.log(1 + this.manifest.articleCount / Math.max(1, this.vocabulary.df(term))),
    };
  }

  /** The words of an article's title, aliases and templates, analysed once. */
  private runsOf(doc: number, record: SearchRecord | undefined): ArticleRuns | null {
    if (!record) return null;
    let runs = this.runs.get(doc);
    if (!runs) {
      runs = [record.title, ...record.aliases, ...record.templates.map((t) => t.text)].map((text) =>
        analyzeWithPositions(this.locale, text),
      );
      this.runs.set(doc, runs);
    }
    return runs;
  }

  /** Articles whose template (English or localized) fits a pasted description. */
  private templateMatches(
    parsed: ParsedQuery,
    records: Map<number, SearchRecord>,
  ): Map<number, TemplateFit> {
    const found = new Map<number, TemplateFit>();
    if (parsed.description.length < minimumPaste) return found;
    for (const [doc, record] of records) {
      let compiled = this.templates.get(doc);
      if (!compiled) {
        compiled = record.templates.map((t) => compileTemplate(t.text));
        this.templates.set(doc, compiled);
      }
      let best: ReturnType<typeof matchTemplate> = null;
      for (const template of compiled) {
        const match = template ? matchTemplate(template, parsed.description) : null;
        if (match && (!best || match.coverage > best.coverage)) best = match;
      }
      if (best) found.set(doc, best);
    }
    return found;
  }

  /** Fetches the section texts of these articles (for snippets). */
  async loadTexts(docs: readonly number[]): Promise<void> {
    const size = this.manifest.textChunkSize;
    await Promise.all(
      [...new Set(docs.map((doc) => Math.floor(doc / size)))].map(async (chunk) =>
        this.loadedTexts.set(chunk, await this.load<SectionText[][]>(searchPaths.texts(chunk))),
      ),
    );
  }

  /** Section texts of an article, once loaded. */
  textsOf(doc: number): SectionText[] | null {
    const size = this.manifest.textChunkSize;
    return this.loadedTexts.get(Math.floor(doc / size))?.[doc % size] ?? null;
  }

  /** Whether a word of a result's text is one of the query's terms. */
  matcher(terms: readonly string[]): (word: string) => boolean {
    const set = new Set(terms);
    return (word) => {
      const [term] = analyze(this.locale, word);
      return term !== undefined && set.has(term);
    };
  }
}
