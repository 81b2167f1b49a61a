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

  // Every problem of the invalid fixtures, in the order they are reported: by file, then line.
  // Each line points at the line of the file where the problem stands.
  const expected = [
    "de/msexchangetransport/1003.md:4: translation contradicts the original's level",
    'de/msexchangetransport/1999.md:1: translation without an original',
    'en/msexchange-antispam/5.md:1: missing section "## More information"',
    'en/msexchange-antispam/5.md:4: source "MSExchangeTransport" belongs in folder "msexchangetransport"',
    'en/msexchange-antispam/5.md:11: text before the first section heading',
    'en/msexchangefrontendtransport/1003.md:24: link to msexchangetransport/1003/nope: the event has no such article',
    'en/msexchangefrontendtransport/1003.md:24: link to msexchangefrontendtransport/1003/event: the event has only this article',
    'en/msexchangetransport/1000.md:4: malformed YAML',
    'en/msexchangetransport/1001.md:1: missing fact "product"',
    'en/msexchangetransport/1001.md:5: eventId:',
    'en/msexchangetransport/1001.md:6: level: level is error, warning or information',
    'en/msexchangetransport/1001.md:8: unknown field(s) "colour"',
    'en/msexchangetransport/1002.md:10: related event msexchangetransport/4242 does not exist',
    'en/msexchangetransport/1002.md:16: raw HTML is not allowed in Markdown: "<b>"',
    'en/msexchangetransport/1002.md:16: raw HTML is not allowed in Markdown: "</b>"',
    'en/msexchangetransport/1002.md:18: User action has 1 numbered step(s)',
    'en/msexchangetransport/1002.md:20: link "javascript:alert(1)"',
    'en/msexchangetransport/1002.md:20: link to event msexchangetransport/7777',
    'en/msexchangetransport/1003-again.md:1: duplicate original',
    'en/msexchangetransport/1003.md:9: alsoLoggedBy names MSExchangeFrontEndTransport, which has its own article for 1003',
    'en/msexchangetransport/1004.md:1: messageText: give messageText or messageExample, or say in missingMessageText',
    'en/msexchangetransport/1004.md:6: alsoLoggedBy: alsoLoggedBy repeats the source itself',
    'en/msexchangetransport/1004.md:11: sources.0: a source is an https:// URL of a public page',
    'en/msexchangetransport/1004.md:15: localizedMessageText.de.source: the source of the de text must also be listed in sources',
    'en/msexchangetransport/1005.md:2: working note "the research" — write for the reader and cite public sources',
    'en/msexchangetransport/1005.md:23: working note "Exchange 2013 code" — write for the reader and cite public sources',
    'fr/msexchangetransport/1003.md:1: unknown locale "fr"',
    'ru/msexchangetransport/1005.md:9: working note "исследовани" — write for the reader and cite public sources',
  ];

  it('reports every problem as file:line: message, sorted by file and line, and nothing else', () => {
    // Each problem cut to the length of its expected beginning, so a failure shows a diff.
    const beginnings = problems.map((problem, index) => problem.slice(0, expected[index]?.length));
    expect(beginnings).toEqual(expected);
  });
});
