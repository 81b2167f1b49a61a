/**
 * The search engine used by the search box and the results page (and by tests and the
 * benchmark in Node). Exact look-ups come first (event IDs, logged message IDs, symbolic names,
 * "Source ID"), then events whose message template fits a pasted description, then full-text
 * results over article sections, ranked by field weights.
 */
import { Document } from 'flexsearch';
import type { SectionKey } from '../content/sections';
import { sourceSlug } from '../content/paths';
import { analyze } from './analyze';
import { decodeDocs, type SearchBodyFile, type SearchIndexFile } from './build';
import type { SearchArticle, SearchDocRef } from './documents';
import { decodeEventId } from './eventId';
import { documentOptions, fieldWeights, type IndexedDocument, type SearchField } from './options';
import { parseEventPaste, type EventPaste } from './paste';
import { presentHit, type ResultView } from './present';
import { findSmtpCodes } from './smtpCodes';
import { compileTemplate, matchTemplate, maxPasteLength, type CompiledTemplate } from './template';
import { editDistanceAtMostOne } from './typos';

export interface SearchFilters {
  source?: string;
  category?: string;
  level?: string;
  version?: string;
}

export type HitReason = 'exact' | 'template' | 'text';

export interface SearchHit {
  article: SearchArticle;
  /** The best matching section, for a deep link; null for exact and template hits. */
  section: SectionKey | null;
  /** Language of that section's text. */
  sectionLang: string;
  /** Document id of that section (for its snippet), or -1. */
  doc: number;
  reason: HitReason;
  score: number;
  /** Placeholder values when a pasted description fits the article's template. */
  values?: { placeholder: number; value: string }[];
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** Analysed query terms (after typo correction), for highlighting. */
  terms: string[];
  smtpCodes: string[];
  eventPaste: EventPaste | null;
}

/** Queries longer than this many characters go to full-text search only in part. */
const maxTextQuery = 300;

export class SearchEngine {
  private readonly index: Document<IndexedDocument>;
  private readonly templates: (CompiledTemplate | null)[];
  private vocabulary: Set<string>;
  private vocabularyList: string[];
  private texts: string[] | null = null;
  /** True once the body index is loaded; before that, results come from the other fields. */
  bodyLoaded = false;
  private readonly smtpCodes: Set<string>;
  private readonly docs: SearchDocRef[];

  constructor(readonly file: SearchIndexFile) {
    this.index = new Document<IndexedDocument>(documentOptions(file.locale));
    for (const [key, data] of Object.entries(file.index)) this.index.import(key, data);
    this.templates = file.articles.map((a) =>
      a.messageText ? compileTemplate(a.messageText) : null,
    );
    this.vocabularyList = vocabularyOf(file.index);
    this.vocabulary = new Set(this.vocabularyList);
    this.smtpCodes = new Set(file.smtpCodes);
    this.docs = decodeDocs(file.docs, file.locale);
  }

  /** Adds the lazily fetched body index. */
  addBody(body: SearchBodyFile): void {
    for (const [key, data] of Object.entries(body.index)) this.index.import(key, data);
    this.vocabularyList = [...new Set([...this.vocabularyList, ...vocabularyOf(body.index)])];
    this.vocabulary = new Set(this.vocabularyList);
    this.bodyLoaded = true;
  }

  addTexts(texts: string[]): void {
    this.texts = texts;
  }

  /** What a result row shows for a hit (kept here so the page loads it only with the engine). */
  present(hit: SearchHit, terms: string[]): ResultView {
    return presentHit(this, hit, terms, this.file.locale);
  }

  /** The text of a document's section, once the texts are loaded. */
  textOf(doc: number): string | null {
    return this.texts?.[doc] ?? null;
  }

  search(rawQuery: string, filters: SearchFilters = {}): SearchOutcome {
    const query = rawQuery.slice(0, maxPasteLength).trim();
    const eventPaste = parseEventPaste(query);
    const description = eventPaste?.description ?? query;
    const smtpCodes = findSmtpCodes(query, (code) => this.smtpCodes.has(code));
    if (!query) return { hits: [], terms: [], smtpCodes, eventPaste };

    const hits = new Map<number, SearchHit>();
    const add = (index: number, hit: Omit<SearchHit, 'article'>) => {
      const existing = hits.get(index);
      const winner = !existing || hit.score > existing.score ? hit : existing;
      hits.set(index, {
        ...winner,
        values: hit.values ?? existing?.values,
        article: this.file.articles[index]!,
      });
    };
    for (const index of this.exactMatches(query, eventPaste))
      add(index, { section: null, sectionLang: '', doc: -1, reason: 'exact', score: 1000 });
    for (const { index, values, coverage } of this.templateMatches(description))
      add(index, {
        section: null,
        sectionLang: '',
        doc: -1,
        reason: 'template',
        score: 500 + coverage * 100,
        values,
      });

    const typing = !/\s$/.test(rawQuery);
    const terms = this.expandLast(
      this.correctTypos(analyze(this.file.locale, description.slice(0, maxTextQuery))),
      typing,
    );
    // A long paste shares words with every article: once it names or fits an event, prose
    // matches only add noise, so few are kept.
    const textLimit = hits.size > 0 && query.length > 80 ? 5 : Infinity;
    for (const hit of relevant(this.textMatches(terms)).slice(0, textLimit))
      if (!hits.has(hit.index)) add(hit.index, hit);

    const ranked = [...hits.values()]
      .filter((hit) => matchesFilters(hit.article, filters))
      .sort((a, b) => b.score - a.score || a.article.eventId - b.article.eventId);
    return { hits: ranked, terms, smtpCodes, eventPaste };
  }

  /** Articles named exactly: by event ID (plain or with qualifier bits), symbolic name, or source + ID. */
  private exactMatches(query: string, paste: EventPaste | null): number[] {
    const articles = this.file.articles;
    if (paste?.eventId !== undefined && paste?.eventId !== null) {
      const slug = paste.source ? sourceSlug(paste.source) : null;
      return indexesWhere(
        articles,
        (a) => a.eventId === paste.eventId && (slug === null || a.sourceSlug === slug),
      );
    }
    const tokens = query
      .slice(0, maxTextQuery)
      .split(/[\s,;]+/)
      .filter(Boolean);
    const ids = new Set(tokens.map(decodeEventId).filter((id) => id !== null));
    const lowered = query.toLowerCase();
    const namedSource = new Set(
      articles
        .filter((a) => lowered.includes(a.source.toLowerCase()) || lowered.includes(a.sourceSlug))
        .map((a) => a.sourceSlug),
    );
    const symbols = new Set(tokens.map((t) => t.toLowerCase()));
    return indexesWhere(
      articles,
      (a) =>
        (ids.has(a.eventId) && (namedSource.size === 0 || namedSource.has(a.sourceSlug))) ||
        (a.symbolicName !== null && symbols.has(a.symbolicName.toLowerCase())),
    );
  }

  private templateMatches(
    text: string,
  ): { index: number; values: { placeholder: number; value: string }[]; coverage: number }[] {
    if (text.length < 20) return [];
    const matches: {
      index: number;
      values: { placeholder: number; value: string }[];
      coverage: number;
    }[] = [];
    this.templates.forEach((template, index) => {
      const match = template ? matchTemplate(template, text) : null;
      if (match) matches.push({ index, ...match });
    });
    return matches;
  }

  /** A term the index does not know is replaced by known terms one edit away (longer words only). */
  private correctTypos(terms: string[]): string[] {
    return terms.flatMap((term) => {
      if (term.length < 5 || /^\d+$/.test(term) || this.vocabulary.has(term)) return [term];
      const near = this.vocabularyList.filter(
        (known) => Math.abs(known.length - term.length) <= 1 && editDistanceAtMostOne(known, term),
      );
      return near.length > 0 ? near.slice(0, 3) : [term];
    });
  }

  /** While the reader is still typing, the last word may be cut short: add the known words it starts. */
  private expandLast(terms: string[], typing: boolean): string[] {
    const last = terms.at(-1);
    if (!typing || !last || last.length < 3 || /^\d+$/.test(last)) return terms;
    const completions = this.vocabularyList
      .filter((known) => known.length > last.length && known.startsWith(last))
      .slice(0, 8);
    return [...terms, ...completions];
  }

  /**
   * Full-text matches, scored per query term: a term counts with the weight of the best field it
   * is found in, times its rarity (idf), so an article matching more of the query, in titles,
   * symbolic names and message texts, and on rarer words, ranks higher.
   */
  private textMatches(terms: string[]): (Omit<SearchHit, 'article'> & { index: number })[] {
    const unique = [...new Set(terms)].slice(0, 16);
    if (unique.length === 0) return [];
    const docCount = Math.max(1, this.docs.length);
    const docScores = new Map<number, number>();
    for (const term of unique) {
      const perField = this.index.search({ query: term, limit: 500 }) as {
        field: SearchField;
        result: number[];
      }[];
      const best = new Map<number, number>();
      for (const { field, result } of perField)
        for (const doc of result) best.set(doc, Math.max(best.get(doc) ?? 0, fieldWeights[field]));
      const idf = Math.log(1 + docCount / Math.max(1, best.size));
      for (const [doc, weight] of best)
        docScores.set(doc, (docScores.get(doc) ?? 0) + weight * idf);
    }
    const byArticle = new Map<number, { doc: number; score: number; total: number }>();
    for (const [doc, score] of docScores) {
      const ref = this.docs[doc];
      if (!ref) continue;
      const current = byArticle.get(ref.article);
      const total = (current?.total ?? 0) + score;
      byArticle.set(
        ref.article,
        !current || score > current.score ? { doc, score, total } : { ...current, total },
      );
    }
    return [...byArticle.entries()].map(([index, { doc, score, total }]) => {
      const ref = this.docs[doc]!;
      return {
        index,
        doc,
        section: ref.section,
        sectionLang: ref.lang,
        reason: 'text' as const,
        score: score + 0.25 * (total - score),
      };
    });
  }
}

/** The terms of the word-by-word fields, read from the exported index (for typo correction). */
function vocabularyOf(exported: Record<string, string>): string[] {
  const terms = new Set<string>();
  for (const [key, data] of Object.entries(exported)) {
    if (!/^(body|messageText|title)\.\d+\.map$/.test(key)) continue;
    for (const entry of JSON.parse(data) as [string, unknown][])
      if (entry[0].length >= 4 && !/^\d+$/.test(entry[0])) terms.add(entry[0]);
  }
  return [...terms];
}

/** Text hits ordered by score, without the long tail far below the best one. */
function relevant<T extends { score: number }>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => b.score - a.score);
  const cutoff = (sorted[0]?.score ?? 0) * 0.15;
  return sorted.filter((hit) => hit.score >= cutoff);
}

function indexesWhere<T>(items: readonly T[], keep: (item: T) => boolean): number[] {
  return items.flatMap((item, index) => (keep(item) ? [index] : []));
}

function matchesFilters(article: SearchArticle, filters: SearchFilters): boolean {
  return (
    (!filters.source || article.sourceSlug === filters.source) &&
    (!filters.category || article.category === filters.category) &&
    (!filters.level || article.levels.includes(filters.level as SearchArticle['levels'][number])) &&
    (!filters.version || article.versions.includes(filters.version))
  );
}
