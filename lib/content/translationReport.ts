/** How far each locale's translations have come: counts per status and the per-article list. */
import { defaultLocale, locales, type Locale } from '../i18n/config';
import { translationStatus, type TranslationStatus } from './localize';
import type { Article, Corpus } from './model';

export const reportedStatuses = ['translated', 'partial', 'outdated', 'missing'] as const;
export type ReportedStatus = (typeof reportedStatuses)[number];

export interface LocaleSummary {
  locale: Locale;
  total: number;
  counts: Record<ReportedStatus, number>;
}

export const translatedLocales: Locale[] = locales.filter((l) => l !== defaultLocale);

export function summarize(corpus: Corpus): LocaleSummary[] {
  return translatedLocales.map((locale) => {
    const counts = { translated: 0, partial: 0, outdated: 0, missing: 0 };
    for (const article of corpus.articles)
      counts[translationStatus(article, locale) as ReportedStatus]++;
    return { locale, total: corpus.articles.length, counts };
  });
}

export function statusesOf(article: Article): Record<Locale, TranslationStatus> {
  return Object.fromEntries(locales.map((l) => [l, translationStatus(article, l)])) as Record<
    Locale,
    TranslationStatus
  >;
}

/** A share as a whole-number percentage; 0 of 0 counts as 0 %. */
export function percent(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 100);
}
