/** Turning search hits into what a result row shows: link, labels, escaped and marked snippet. */
import type { Locale } from '../i18n/config';
import { analyze } from './analyze';
import type { SearchEngine, SearchHit } from './engine';
import { escapeHtml, highlight, snippetAround } from './highlight';

export interface ResultView {
  key: string;
  href: string;
  eventId: number;
  source: string;
  symbolicName: string | null;
  title: string;
  /** The result is shown from the English original. */
  english: boolean;
  /** Safe HTML: escaped text with <mark> around matched words. */
  snippetHtml: string;
  reason: SearchHit['reason'];
  values: SearchHit['values'];
  kind: SearchHit['article']['kind'];
}

export function presentHit(
  engine: SearchEngine,
  hit: SearchHit,
  terms: string[],
  locale: Locale,
): ResultView {
  const termSet = new Set(terms);
  const isHit = (word: string) => {
    const [term] = analyze(locale, word);
    return term !== undefined && termSet.has(term);
  };
  const text = hit.doc >= 0 ? engine.textOf(hit.doc) : null;
  const source = text ?? hit.article.messageText ?? hit.article.title;
  const anchor = hit.section ? `#${hit.section}` : '';
  return {
    key: hit.article.id,
    href: `${hit.article.href}${anchor}`,
    eventId: hit.article.eventId,
    source: hit.article.source,
    symbolicName: hit.article.symbolicName,
    title: hit.article.title,
    english: hit.article.lang !== locale || (hit.sectionLang !== '' && hit.sectionLang !== locale),
    snippetHtml: terms.length
      ? highlight(snippetAround(source, isHit), isHit)
      : escapeHtml(snippetAround(source, () => false)),
    reason: hit.reason,
    values: hit.values,
    kind: hit.article.kind,
  };
}
