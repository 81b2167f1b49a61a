import type { Locale } from '../i18n/config';

/** The three sections of an article body. Their keys double as the page anchors. */
export const sectionKeys = ['explanation', 'user-action', 'more-information'] as const;
export type SectionKey = (typeof sectionKeys)[number];

/**
 * The headings an author writes for each section, per locale. They belong to the content model,
 * not to the UI: the page's own labels (the dictionaries' `section.*`) may be reworded without
 * touching a single article.
 */
const headingsByLocale: Record<Locale, Record<SectionKey, string>> = {
  en: {
    explanation: 'Explanation',
    'user-action': 'User action',
    'more-information': 'More information',
  },
  de: {
    explanation: 'Erklärung',
    'user-action': 'Empfohlene Maßnahmen',
    'more-information': 'Weitere Informationen',
  },
  ru: {
    explanation: 'Объяснение',
    'user-action': 'Действия пользователя',
    'more-information': 'Дополнительная информация',
  },
};

export function sectionHeadings(locale: Locale): Record<SectionKey, string> {
  return headingsByLocale[locale];
}

/** Sections every original must have, in this order. */
export const requiredSections: readonly SectionKey[] = sectionKeys;

/** An original's User action must give at least this many numbered steps. */
export const minimumActionSteps = 2;
