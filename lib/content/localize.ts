/**
 * What a reader of one locale gets for an article: the translation where there is one, the
 * original for whatever the translation lacks (whole article or single sections), and the
 * status that the page and the translation report show.
 */
import { defaultLocale, type Locale } from '../i18n/config';
import type { BodySection } from './markdown';
import type { Article } from './model';

export type TranslationStatus = 'original' | 'translated' | 'partial' | 'outdated' | 'missing';

export interface LocalizedSection extends BodySection {
  /** The language the section's text is in. */
  lang: Locale;
  /** True when the reader's locale should have it but it is shown from the original. */
  untranslated: boolean;
}

export interface LocalizedArticle {
  title: string;
  titleLang: Locale;
  status: TranslationStatus;
  sections: LocalizedSection[];
  /** The original's date, and the date of the original the translation follows (if any). */
  updated: string;
  translatedFrom: string | null;
}

export function localizeArticle(article: Article, locale: Locale): LocalizedArticle {
  const { original } = article;
  const translation = locale === defaultLocale ? undefined : article.translations[locale];
  const fromOriginal = (section: BodySection, untranslated: boolean): LocalizedSection => ({
    ...section,
    lang: defaultLocale,
    untranslated,
  });
  if (!translation) {
    return {
      title: original.title,
      titleLang: defaultLocale,
      status: locale === defaultLocale ? 'original' : 'missing',
      sections: original.sections.map((s) => fromOriginal(s, false)),
      updated: original.updated,
      translatedFrom: null,
    };
  }
  const translated = new Map(translation.sections.map((s) => [s.key, s]));
  const sections = original.sections.map((section) => {
    const own = translated.get(section.key);
    return own ? { ...own, lang: locale, untranslated: false } : fromOriginal(section, true);
  });
  return {
    title: translation.title,
    titleLang: locale,
    status: translationStatus(article, locale),
    sections,
    updated: original.updated,
    translatedFrom: translation.updated,
  };
}

export function translationStatus(article: Article, locale: Locale): TranslationStatus {
  if (locale === defaultLocale) return 'original';
  const translation = article.translations[locale];
  if (!translation) return 'missing';
  if (translation.updated < article.original.updated) return 'outdated';
  const keys = new Set(translation.sections.map((s) => s.key));
  return article.original.sections.every((s) => keys.has(s.key)) ? 'translated' : 'partial';
}
