/**
 * Building a locale's search files (Node, build time): the exported FlexSearch index with the
 * article facts and vocabulary needed before the first result, and the section texts for
 * snippets, fetched afterwards.
 */
import { Document } from 'flexsearch';
import type { Corpus } from '../content/model';
import { defaultLocale, type Locale } from '../i18n/config';
import { sectionKeys } from '../content/sections';
import { allSmtpCodes } from '../smtp/codes';
import { searchData, type SearchArticle, type SearchDocRef } from './documents';
import { documentOptions, lazyFields, type IndexedDocument } from './options';

export interface SearchIndexFile {
  locale: Locale;
  articles: SearchArticle[];
  /** Per document, flattened: article index, section index (sectionKeys), 1 if shown from the original. */
  docs: number[];
  /** SMTP codes that have a reference page. */
  smtpCodes: string[];
  /** FlexSearch export: key → data. */
  index: Record<string, string>;
}

export function encodeDocs(docs: SearchDocRef[], locale: Locale): number[] {
  return docs.flatMap((d) => [
    d.article,
    sectionKeys.indexOf(d.section),
    d.lang === locale ? 0 : 1,
  ]);
}

export function decodeDocs(flat: number[], locale: Locale): SearchDocRef[] {
  const docs: SearchDocRef[] = [];
  for (let i = 0; i + 2 < flat.length; i += 3)
    docs.push({
      article: flat[i]!,
      section: sectionKeys[flat[i + 1]!] ?? 'explanation',
      lang: flat[i + 2] ? defaultLocale : locale,
    });
  return docs;
}

export function exportIndex(locale: Locale, documents: IndexedDocument[]): Record<string, string> {
  const index = new Document<IndexedDocument>(documentOptions(locale));
  for (const document of documents) index.add(document);
  const exported: Record<string, string> = {};
  index.export((key: string | number, data: unknown) => {
    if (data !== undefined && data !== null)
      exported[String(key)] = typeof data === 'string' ? data : JSON.stringify(data);
  });
  return exported;
}

/** The exported maps of the lazily loaded fields (the body), fetched after the first results. */
export interface SearchBodyFile {
  index: Record<string, string>;
}

export interface SearchFiles {
  index: SearchIndexFile;
  body: SearchBodyFile;
  /** Document id → section text, for snippets. */
  texts: string[];
}

const isLazyKey = (key: string) => lazyFields.some((field) => key.startsWith(`${field}.`));

export function buildSearchFiles(corpus: Corpus, locale: Locale): SearchFiles {
  const data = searchData(corpus, locale);
  const exported = exportIndex(locale, data.documents);
  const pick = (lazy: boolean) =>
    Object.fromEntries(Object.entries(exported).filter(([key]) => isLazyKey(key) === lazy));
  return {
    index: {
      locale,
      articles: data.articles,
      docs: encodeDocs(data.docs, locale),
      smtpCodes: allSmtpCodes(),
      index: pick(false),
    },
    body: { index: pick(true) },
    texts: data.texts,
  };
}
