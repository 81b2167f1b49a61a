import { describe, expect, it } from 'vitest';
import { findWorkingNotes } from './workingNotes';

describe('findWorkingNotes', () => {
  it.each([
    ['As the research shows, the event is rare.', 'the research'],
    ['The exact message text was not captured.', 'was not captured'],
    ['The symbolic name comes from the Exchange 2013 code.', 'Exchange 2013 code'],
    ['Laut den Rechercheunterlagen fehlt der Text.', 'Recherche'],
    ['Im Quellcode steht die Ebene Fehler.', 'Quellcode'],
    ['В ходе исследования текст не найден.', 'исследовани'],
    ['Согласно исходному коду событие — ошибка.', 'исходному код'],
  ])('finds the working note in %j', (text, phrase) => {
    expect(findWorkingNotes(text)).toEqual([{ line: 1, phrase }]);
  });

  it('gives the line of each note', () => {
    const text = 'Explanation for the reader.\n\nThe research record lists two causes.';
    expect(findWorkingNotes(text)).toEqual([
      { line: 3, phrase: 'The research' },
      { line: 3, phrase: 'research record' },
    ]);
  });

  it('accepts the text a reader needs, including the word "code" in SMTP codes and cmdlets', () => {
    const text = [
      'The remote server answered with status code 4.4.2.',
      'Run `Get-Queue` and check the error code.',
      'Der Server antwortet mit dem Statuscode 451.',
      'Сервер вернул код ответа 550.',
    ].join('\n');
    expect(findWorkingNotes(text)).toEqual([]);
  });
});
