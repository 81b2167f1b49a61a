import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from './corpus';
import { localizeArticle, translationStatus } from './localize';

const { corpus } = validateContent(path.join(import.meta.dirname, 'fixtures', 'valid'));
const article = (id: string) => corpus.articles.find((a) => a.id === id)!;

describe('localizeArticle', () => {
  it('shows the original in the default locale', () => {
    const view = localizeArticle(article('msexchangetransport/2004/event'), 'en');
    expect(view.status).toBe('original');
    expect(view.sections.every((s) => s.lang === 'en' && !s.untranslated)).toBe(true);
  });

  it('uses a complete translation for every section', () => {
    const view = localizeArticle(article('msexchangetransport/2004/event'), 'de');
    expect(view.status).toBe('translated');
    expect(view.title).toBe('Remoteserver hat eine Nachricht abgelehnt');
    expect(view.sections.map((s) => s.lang)).toEqual(['de', 'de', 'de']);
  });

  it('fills sections a translation lacks from the original and marks them', () => {
    const view = localizeArticle(article('msexchangetransport/2004/event'), 'ru');
    expect(view.sections.map((s) => [s.key, s.lang, s.untranslated])).toEqual([
      ['explanation', 'ru', false],
      ['user-action', 'ru', false],
      ['more-information', 'en', true],
    ]);
  });

  it('flags a translation older than its original as outdated', () => {
    expect(translationStatus(article('msexchangetransport/2004/event'), 'ru')).toBe('outdated');
  });

  it('falls back to the whole original when there is no translation', () => {
    const view = localizeArticle(article('msexchangetransport/2002/event'), 'de');
    expect(view.status).toBe('missing');
    expect(view.titleLang).toBe('en');
    expect(view.sections.every((s) => s.lang === 'en' && !s.untranslated)).toBe(true);
  });
});
