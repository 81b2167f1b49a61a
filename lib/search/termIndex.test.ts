import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/config';
import { analyze, termOf } from './analyze';
import { TermIndex } from './termIndex';

function indexOf(locale: Locale, text: string): TermIndex {
  const index = new TermIndex();
  index.add(analyze(locale, text));
  return index;
}

const en = indexOf('en', 'The certificate has expired. Poison message queue.');

describe('TermIndex.candidates', () => {
  it.each([
    ['a wrong first letter', 'sertificate'],
    ['a missing first letter', 'ertificate'],
    ['an extra first letter', 'scertificate'],
    ['the first two letters swapped', 'ecrtificate'],
    ['a missing letter inside', 'certifcate'],
    ['two letters swapped inside', 'cetrificate'],
  ])('finds "certificate" typed with %s (%s)', (_, typed) =>
    expect(en.candidates(termOf('en', typed))).toContain(termOf('en', 'certificate')),
  );

  it('never offers the typed term itself or unrelated words', () => {
    expect(en.candidates(termOf('en', 'certificate'))).toEqual([]);
    expect(en.candidates(termOf('en', 'connector'))).toEqual([]);
  });

  it('finds a German word typed without its umlaut or as ue, with a typo', () => {
    const de = indexOf('de', 'Der Rückstau der Warteschlangendatenbank hat zugenommen.');
    expect(de.candidates(termOf('de', 'Rukstau'))).toContain(termOf('de', 'Rückstau'));
    expect(de.candidates(termOf('de', 'Rueckstua'))).toContain(termOf('de', 'Rückstau'));
    expect(de.candidates(termOf('de', 'Warteschlagendatenbank'))).toContain(
      termOf('de', 'Warteschlangendatenbank'),
    );
  });

  it('finds a Russian word with a typo, й typed as и included', () => {
    const ru = indexOf('ru', 'Сертификат истёк. Очередь сообщений. Настройка соединителя.');
    expect(ru.candidates(termOf('ru', 'сертефикат'))).toContain(termOf('ru', 'сертификат'));
    expect(ru.candidates(termOf('ru', 'очрередь'))).toContain(termOf('ru', 'очередь'));
    expect(ru.candidates(termOf('ru', 'настроика'))).toContain(termOf('ru', 'настройка'));
  });

  it('finds terms added later, each once', () => {
    const index = indexOf('en', 'queue');
    index.add(analyze('en', 'certificate certificate'));
    index.add(analyze('en', 'certificate'));
    expect(index.candidates(termOf('en', 'sertificate'))).toEqual([termOf('en', 'certificate')]);
  });
});
