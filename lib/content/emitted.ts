/** Counts the article pages a static export holds, per locale, to prove nothing was dropped. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, locales, type Locale } from '../i18n/config';
import type { Corpus } from './model';
import { articleHref } from './views';

export interface EmittedCount {
  /** Articles whose page (the event's address, or their own below it) exists in the export. */
  emitted: number;
  /** Of those, how many have a translation in this locale (the default locale: all). */
  translated: number;
  expected: number;
}

export function countEmittedArticles(outDir: string, corpus: Corpus): Record<Locale, EmittedCount> {
  const result = {} as Record<Locale, EmittedCount>;
  for (const locale of locales) {
    let emitted = 0;
    let translated = 0;
    for (const article of corpus.articles) {
      const event = corpus.eventByKey.get(article.eventKey)!;
      const page = path.join(outDir, articleHref(locale, event, article), 'index.html');
      if (!existsSync(page)) continue;
      emitted++;
      if (locale === defaultLocale || article.translations[locale]) translated++;
    }
    result[locale] = { emitted, translated, expected: corpus.articles.length };
  }
  return result;
}
