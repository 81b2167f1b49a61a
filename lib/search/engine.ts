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
import { statusKeys } from '../smtp/statusText';
import { analyze } from './analyze';
import { idMatches, nameMatches, sharedId, type Candidate, type ExactMatch } from './exact';
import { filterPredicate, hasFilters, type SearchFilters } from './filter';
import {
  chunkOfArticle,
  chunksWithEventId,
  nameBucket,
  searchPaths,
  shardOf,
  shardsWithPrefix,
  statusTerm,
  type Facets,
  type SearchManifest,
  type SearchRecord,
  type SectionText,
  type TermShard,
} from './format';
import { parseQuery, type ParsedQuery } from './query';
import { rankDocuments, type Slot } from './rank';
import { synonymTerms } from './synonyms';
import { compileTemplate, matchTemplate, type CompiledTemplate } from './template';
import { Vocabulary } from './vocabulary';

export type { SearchFilters } from './filter';

/** Where the index files come from: fetch in the browser, memory in tests and the benchmark. */
export interface SearchStore {
  load<T>(path: string): Promise<T>;
}

export type HitReason = 'exact' | 'template' | 'text';

export interface SearchHit {
  doc: number;
  record: SearchRecord;
  reason: HitReason;
  score: number;
  /** Index of the best matching body section (into sectionKeys), or -1. */
  section: number;
  /** Placeholder values when a pasted description fits the article's template. */
  values?: { placeholder: number; value: string }[];
  /** The sister source the query named, when the article lists it in alsoLoggedBy. */
  loggedAs?: string;
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

const tiers: Record<HitReason, number> = { exact: 3, template: 2, text: 1 };
const weights = { completion: 0.6, completionOfKnown: 0.3, typo: 0.8, synonym: 0.7, stem: 0.9 };
/** Pasted descriptions are compared with the templates of this many best text results. */
const templateCandidates = 24;

type Scored = Omit<SearchHit, 'record'>;

export class SearchEngine {
  private readonly vocabulary: Vocabulary;
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly templates = new Map<number, (CompiledTemplate | null)[]>();
  private readonly loadedRecords = new Map<number, SearchRecord[]>();
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

  private async recordChunk(chunk: number): Promise<SearchRecord[]> {
    const records = await this.load<SearchRecord[]>(searchPaths.records(chunk));
    this.loadedRecords.set(chunk, records);
    return records;
  }

  private async candidates(chunks: Iterable<number>): Promise<Candidate[]> {
    const lists = await Promise.all(
      [...new Set(chunks)].map(async (chunk) => {
        const first = this.manifest.recordChunks[chunk] ?? 0;
        return (await this.recordChunk(chunk)).map((record, i) => ({ doc: first + i, record }));
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
    const keep = filter ?? (() => true);
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

    const scored = new Map<number, Scored>();
    for (const match of matches) scored.set(match.doc, { ...match, reason: 'exact', section: -1 });
    for (const match of await this.templateMatches(parsed, [
      ...matches.map((m) => m.doc),
      ...text.hits.slice(0, templateCandidates).map((t) => t.doc),
    ])) {
      const existing = scored.get(match.doc);
      if (existing) existing.values = match.values;
      else scored.set(match.doc, match);
    }
    const named = [...scored.values()].filter((hit) => keep(hit.doc));
    // A long paste shares words with many articles: once it names or fits an event, prose
    // matches only add noise, so few are kept.
    const textLimit = named.length > 0 && parsed.text.length > 80 ? 5 : Infinity;
    const prose = text.hits.filter((hit) => !scored.has(hit.doc)).slice(0, textLimit);
    const ranked: Scored[] = [
      ...named.sort(
        (a, b) => tiers[b.reason] - tiers[a.reason] || b.score - a.score || a.doc - b.doc,
      ),
      ...prose.map((hit) => ({ ...hit, reason: 'text' as const })),
    ];
    const proseTotal =
      textLimit === Infinity ? text.total - (text.hits.length - prose.length) : prose.length;
    const top = ranked.slice(0, options.limit ?? 50);
    const records = await this.records(top.map((hit) => hit.doc));
    return {
      ...none,
      hits: top.map((hit) => ({ ...hit, record: records.get(hit.doc)! })),
      total: named.length + proseTotal,
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
    const synonyms = synonymTerms(
      this.locale,
      words.map((w) => w.term),
    );
    const slots: Slot[] = words.map(({ term, position }, index) => ({
      position,
      weight: 1,
      alternatives: [
        { term, weight: 1 },
        ...(synonyms.get(index) ?? []).map((s) => ({ term: s, weight: weights.synonym })),
      ],
    }));
    parsed.statuses.forEach((status, index) => {
      const keys = statusKeys(status);
      const keyWeight = [1, 0.85, 0.5, 0.4].slice(4 - keys.length);
      slots.push({
        position: -1,
        // The last status of a line is the remote server's own answer: the cause.
        weight: index === parsed.statuses.length - 1 ? 1 : 0.5,
        alternatives: keys.map((key, k) => ({ term: statusTerm(key), weight: keyWeight[k]! })),
      });
    });

    // The word being typed may be cut short: it gets completions and the stem it holds.
    const typedWord = parsed.lastWord && !/^\d+$/.test(parsed.lastWord) ? parsed.lastWord : null;
    const typedTerm = typedWord ? analyze(this.locale, typedWord)[0] : undefined;
    const typed =
      typedWord && typedTerm && typedTerm.length >= 3
        ? slots.find((slot) => slot.position >= 0 && slot.alternatives[0]!.term === typedTerm)
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

    for (const slot of slots) {
      const main = slot.alternatives[0]!.term;
      if (main.length < 5 || /^\d+$/.test(main) || main.startsWith('smtp:')) continue;
      if (this.vocabulary.has(main)) continue;
      for (const near of this.vocabulary.near(main, 3))
        slot.alternatives.push({ term: near, weight: weights.typo });
    }
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

  private async templateMatches(parsed: ParsedQuery, docs: number[]): Promise<Scored[]> {
    if (parsed.description.length < 20 || docs.length === 0) return [];
    const records = await this.records([...new Set(docs)]);
    const found: Scored[] = [];
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
      if (best)
        found.push({
          doc,
          reason: 'template',
          score: best.coverage,
          section: -1,
          values: best.values,
        });
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
