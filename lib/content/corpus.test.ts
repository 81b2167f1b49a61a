import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from './corpus';
import { formatProblem } from './problems';

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
const problemsOf = (name: string) =>
  validateContent(fixture(name)).problems.map((p) =>
    formatProblem({ ...p, file: p.file.replace(/^.*fixtures\/[a-z]+\//, '') }),
  );

describe('validateContent on good content', () => {
  const { corpus, problems } = validateContent(fixture('valid'));

  it('reports no problem', () => expect(problems).toEqual([]));

  it('groups articles by event, events before alerts', () => {
    const event = corpus.eventByKey.get('msexchangetransport/8004');
    expect(event?.articles.map((a) => a.slug)).toEqual(['event', 'exchange-2007-alert']);
  });

  it('counts content files per locale', () =>
    expect(corpus.fileCounts).toEqual({ en: 4, de: 1, ru: 1 }));

  it('attaches translations to their original and keeps facts from the original', () => {
    const article = corpus.articles.find((a) => a.id === 'msexchangetransport/2004/event');
    expect(article?.translations.de?.title).toBe('Remoteserver hat eine Nachricht abgelehnt');
    expect(article?.original.facts.messageText).toContain('%1');
  });

  it('keeps a list of levels when sources disagree', () => {
    expect(
      corpus.eventByKey.get('msexchangetransport/2002')?.articles[0]?.original.facts.level,
    ).toEqual(['warning', 'error']);
  });
});

describe('validateContent on bad content', () => {
  const problems = problemsOf('invalid');

  it.each([
    ['malformed YAML', 'en/msexchangetransport/1000.md:5: malformed YAML'],
    ['missing fact', 'en/msexchangetransport/1001.md:1: missing fact "product"'],
    ['ill-typed fact, at its line', 'en/msexchangetransport/1001.md:6: eventId:'],
    [
      'unknown level',
      'en/msexchangetransport/1001.md:7: level: level is error, warning or information',
    ],
    ['unknown field', 'en/msexchangetransport/1001.md:9: unknown field(s) "colour"'],
    [
      'broken related reference, at its item',
      'en/msexchangetransport/1002.md:11: related event msexchangetransport/4242 does not exist',
    ],
    ['raw HTML', 'en/msexchangetransport/1002.md:14: raw HTML is not allowed'],
    ['too few steps', 'en/msexchangetransport/1002.md:16: User action has 1 numbered step(s)'],
    ['script link', 'en/msexchangetransport/1002.md:18: link "javascript:alert(1)"'],
    [
      'link to a missing event',
      'en/msexchangetransport/1002.md:18: link to event msexchangetransport/7777',
    ],
    ['link to an unknown SMTP code', 'en/msexchangetransport/1002.md:22: link to SMTP code 999'],
    ['duplicate original', 'en/msexchangetransport/1003-again.md:1: duplicate original'],
    [
      'translation contradicting a fact',
      "de/msexchangetransport/1003.md:5: translation contradicts the original's level",
    ],
    [
      'translation without original',
      'de/msexchangetransport/1999.md:1: translation without an original',
    ],
    ['unknown locale', 'fr/msexchangetransport/1003.md:1: unknown locale "fr"'],
    [
      'source in the wrong folder',
      'en/msexchange-antispam/5.md:5: source "MSExchangeTransport" belongs in folder "msexchangetransport"',
    ],
    [
      'text before a section',
      'en/msexchange-antispam/5.md:9: text before the first section heading',
    ],
    ['missing section', 'en/msexchange-antispam/5.md:1: missing section "## More information"'],
  ])('reports %s as file:line: message', (_name, expected) => {
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  it('reports problems sorted by file and line, and nothing it should not', () => {
    expect(problems).toHaveLength(19);
  });

  it('throws nothing whatever the content: loadCorpus-style callers get problems, not exceptions', () => {
    expect(() => validateContent(fixture('invalid'))).not.toThrow();
  });
});
