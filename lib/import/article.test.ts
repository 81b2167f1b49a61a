import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sectionHeadings } from '../content/sections';
import { parseContentFile } from '../content/parse';
import { originalSchema, translationSchema } from '../content/schema';
import { convertLegacy, isBareTitle, renderArticleFile, titleOf } from './article';

/** The options of a normal import: the page's address given, and a fixed "today". */
const options = { sourceUrl: 'https://technet.example.org/library/9901', today: '2026-12-04' };

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

/** Reads a rendered file back with the validator's own parser. */
function readBack(text: string, locale: 'en' | 'de' | 'ru') {
  return parseContentFile(
    `${locale}/x.md`,
    text,
    locale === 'en' ? originalSchema : translationSchema,
    sectionHeadings(locale),
  );
}

describe('convertLegacy on the fixtures', () => {
  it('imports the English event with every fact', () => {
    const article = convertLegacy(fixture('en/MSExchangeTransport-9901.txt'), options);
    expect(article.locale).toBe('en');
    expect(article.frontmatter).toEqual({
      title: 'Queue %1 has not moved for %2 minutes',
      kind: 'event',
      source: 'MSExchangeTransport',
      eventId: 9901,
      level: 'warning',
      category: 'SampleCategory',
      symbolicName: 'SampleQueueStalled',
      messageText: 'Queue %1 has not moved for %2 minutes.',
      product: 'Exchange',
      productVersions: ['14.0'],
      updated: '2010-05-04',
      sources: [options.sourceUrl],
    });
    expect(Object.keys(article.frontmatter)).toEqual([
      'title',
      'kind',
      'source',
      'eventId',
      'level',
      'category',
      'symbolicName',
      'messageText',
      'product',
      'productVersions',
      'updated',
      'sources',
    ]);
    expect(article.warnings).toEqual([]);
  });

  it('maps the sections, numbers bullet steps, and drops chrome and vendor help', () => {
    const { body } = convertLegacy(fixture('en/MSExchangeTransport-9901.txt'), options);
    expect(body.match(/^## .*/gmu)).toEqual([
      '## Explanation',
      '## User action',
      '## More information',
    ]);
    expect(body).toContain(
      '1. Check the next hop of the queue with Get-SampleQueue -Identity `<ServerName>\\<QueueName>` and read its LastError field.\n2. Restart',
    );
    expect(body).not.toMatch(/Share via|technet|product help|blog|©|Server Help/iu);
    expect(body).toContain('3. If the queue still does not move, suspend it and resume it.\n');
  });

  it('files the half-translated German page under de with all its facts', () => {
    const article = convertLegacy(fixture('de/MSExchangeTransport-9901.de.txt'), options);
    expect(article.locale).toBe('de');
    expect(article.frontmatter).toMatchObject({
      title: 'Warteschlange bewegt sich seit mehreren Minuten nicht',
      eventId: 9901,
      level: 'warning',
      symbolicName: 'SampleQueueStalled',
      updated: '2010-05-04',
    });
    expect(article.frontmatter.category).toBeUndefined();
    // Explanation and User action are still English on this page: left to the original, so the
    // site shows them marked as untranslated instead of passing English off as German.
    expect(article.body.match(/^## .*/gmu)).toEqual(['## Weitere Informationen']);
    expect(article.warnings.filter((w) => w.includes('still in English'))).toHaveLength(2);
    expect(article.body).not.toMatch(/Exchange-Hilfe|Blogbeiträge/u);
  });

  it('files the Russian page under ru, reading Russian labels and headings', () => {
    const article = convertLegacy(fixture('ru/MSExchangeTransport-9901.ru.txt'), options);
    expect(article.locale).toBe('ru');
    expect(article.frontmatter).toMatchObject({
      eventId: 9901,
      category: 'SampleCategory',
      level: 'warning',
      productVersions: ['14.0'],
    });
    expect(article.body.match(/^## .*/gmu)).toEqual([
      '## Объяснение',
      '## Действия пользователя',
      '## Дополнительная информация',
    ]);
    expect(article.body).toContain(
      '2. Перезапустите службу транспорта после того, как участок снова отвечает.\n   - Если очередь',
    );
  });

  it('imports an alert with its rule', () => {
    const { frontmatter, body } = convertLegacy(
      fixture('en/MSExchangeTransport-9902-alert.txt'),
      options,
    );
    expect(frontmatter).toMatchObject({
      kind: 'alert',
      eventId: 9902,
      level: 'error',
      productVersions: ['8.0'],
      updated: '2008-02-11',
    });
    expect(frontmatter.alert).toEqual({
      type: 'Critical Error',
      rulePath: 'Microsoft Exchange Server/Exchange 2007/Sample/Transport',
      ruleName: 'A sample gateway alert was raised on the specified connector.',
    });
    expect(body).toMatch(/^## Explanation\n\nThe sample management pack raises this alert/u);
  });

  it('imports an analyzer rule without table or headings', () => {
    const { frontmatter, body } = convertLegacy(
      fixture('en/analyzer-sample-queue-warning.txt'),
      options,
    );
    expect(frontmatter).toEqual({
      title: 'Sample queue warning event was logged within the last 24 hours',
      kind: 'analyzer',
      source: 'MSExchangeTransport',
      eventId: 9901,
      level: 'warning',
      product: 'Exchange',
      updated: '2006-03-01',
      analyzer: { rule: 'Sample queue warning event was logged within the last 24 hours' },
      sources: [options.sourceUrl],
      missingMessageText: 'The imported legacy page gives no message text.',
    });
    expect(body).toContain(
      '## User action\n\nTo address this warning, do the following:\n\n1. Open Event Viewer',
    );
    expect(body).toContain('## More information\n\nFor more information about the sample queue');
    expect(body).not.toContain('This topic addresses');
  });

  it("leaves a translated analyzer rule's name to its original: the page title is translated", () => {
    const article = convertLegacy(fixture('de/analyzer-sample-queue-warning.de.txt'), options);
    expect(article.locale).toBe('de');
    expect(article.frontmatter).toMatchObject({
      kind: 'analyzer',
      eventId: 9901,
      source: 'MSExchangeTransport',
    });
    expect(article.frontmatter.analyzer).toBeUndefined();
    expect(article.body.match(/^## .*/gmu)).toEqual([
      '## Erklärung',
      '## Empfohlene Maßnahmen',
      '## Weitere Informationen',
    ]);
  });

  it('fails a French page with the locale to add', () => {
    expect(() => convertLegacy(fixture('fr/MSExchangeTransport-9901.fr.txt'), options)).toThrow(
      'detected French (fr), which is not a configured locale; add it to lib/i18n/config.ts',
    );
  });

  it('fails an empty file', () =>
    expect(() => convertLegacy('\n \u00a0\n', options)).toThrow(/^is empty$/u));

  it('fails a file that is no article', () => {
    expect(() => convertLegacy(fixture('other/meeting-notes.txt'), options)).toThrow(
      /^not a legacy event, alert or analyzer article/u,
    );
  });
});

const minimal = (body: string, extra = '') =>
  `MSExchangeTransport 1\n\nTopic Last Modified: 2010-05-04\n\nDetails\n\nEvent ID\n\n1\n\nEvent Source\n\nMSExchangeTransport\n${extra}\n${body}`;

describe('convertLegacy warnings and errors', () => {
  it('warns when User action has fewer than two steps even after numbering bullets', () => {
    const article = convertLegacy(
      minimal(
        'Explanation\n\nWhy.\n\nUser Action\n\n• Restart it.\n\nFor More Information\n\nNone.',
      ),
      options,
    );
    expect(article.warnings).toContain(
      'User action has 1 numbered step(s); check:content requires at least 2',
    );
  });

  it('warns about a bare title it could not replace (no message text)', () => {
    const article = convertLegacy(
      minimal('Explanation\n\nWhy.\n\nUser Action\n\n1. a\n2. b\n\nFor More Information\n\nNone.'),
      options,
    );
    expect(article.warnings).toEqual([
      'no message text in the legacy page: add messageText if a public page shows it',
      'the title "MSExchangeTransport 1" only names source and event ID; give it a short description of the situation',
    ]);
    expect(article.frontmatter.missingMessageText).toBe(
      'The imported legacy page gives no message text.',
    );
  });

  it('warns about missing sections of an original', () => {
    expect(convertLegacy(minimal('Explanation\n\nWhy.'), options).warnings).toContain(
      'no "User action", "More information" section: check:content requires Explanation, User action and More information',
    );
  });

  it('leaves out a symbolic name that is not an identifier, saying so', () => {
    const article = convertLegacy(
      minimal('Explanation\n\nWhy.', '\nSymbolic Name\n\nN-A x\n'),
      options,
    );
    expect(article.frontmatter.symbolicName).toBeUndefined();
    expect(
      article.warnings.some((w) => /Symbolic Name "N-A x" is not one identifier/u.test(w)),
    ).toBe(true);
  });

  it('dates an export without a "last modified" line today, with a warning', () => {
    const article = convertLegacy(
      'MSExchangeTransport 1\n\nEvent ID: 1\n\nEvent Source: MSExchangeTransport\n\nExplanation\n\nThis event is fine.',
      options,
    );
    expect(article.frontmatter.updated).toBe('2026-12-04');
    expect(article.warnings[0]).toMatch(
      /^no "Topic Last Modified" line .*dated today, 2026-12-04/u,
    );
  });

  it('lists the page address as the source of an original', () => {
    const article = convertLegacy(minimal('Explanation\n\nWhy.'), options);
    expect(article.frontmatter.sources).toEqual([options.sourceUrl]);
  });

  it('refuses an original when the page address is not given', () => {
    expect(() => convertLegacy(minimal('Explanation\n\nWhy.'), { today: '2026-12-04' })).toThrow(
      /does not carry the address it was saved from: give the public page with --source-url/u,
    );
  });

  it.each([
    [
      'an impossible date',
      'MSExchangeTransport 1\n\nTopic Last Modified: 2010-02-30\n\nEvent ID: 1\n\nEvent Source: MSExchangeTransport',
      /does not hold a real calendar date/u,
    ],
    ['a bad event ID', minimal('').replace('\n1\n', '\nabc\n'), /Event ID "abc" is not a number/u],
    [
      'a bad source',
      minimal('').replace('\nMSExchangeTransport\n', '\n%%%\n'),
      /Event Source "%%%" is not an event source name/u,
    ],
    [
      'an alert without its rule',
      minimal('', '\nAlert Type\n\nWarning\n'),
      /the alert's Details table has no MOM Rule Path, MOM Rule Name/u,
    ],
  ])('fails on %s', (_name, text, message) =>
    expect(() => convertLegacy(text, options)).toThrow(message),
  );
});

describe('titles', () => {
  it('recognises titles that only name source and ID', () => {
    expect(isBareTitle('MSExchangeTransport 9901', 'MSExchangeTransport', 9901)).toBe(true);
    expect(isBareTitle('MSExchangeTransport Event ID 9901', 'MSExchangeTransport', 9901)).toBe(
      true,
    );
    expect(isBareTitle('Queue 9901 stalled', 'MSExchangeTransport', 9901)).toBe(false);
  });

  it('uses the message for an English original, and shortens a long one at a word', () => {
    const facts = { source: 'S', eventId: 1 };
    expect(titleOf('S 1', { ...facts, messageText: 'Queue %1 stalled. Retrying.' }, 'en')).toBe(
      'Queue %1 stalled',
    );
    expect(titleOf('S 1', { ...facts, messageText: 'Queue %1 stalled.' }, 'de')).toBe('S 1');
    const long = titleOf('S 1', { ...facts, messageText: `${'word '.repeat(40)}end` }, 'en');
    expect(long.length).toBeLessThanOrEqual(118);
    expect(long).toMatch(/^(word )+word…$/u);
  });
});

describe('renderArticleFile', () => {
  it('writes frontmatter the validator reads back, lists in flow style', () => {
    const article = convertLegacy(fixture('other/MSExchange-Sample-9904.txt'), options);
    const text = renderArticleFile(article);
    expect(text).toContain("productVersions: ['14.0', '15.0']\n");
    const parsed = readBack(text, 'en');
    expect(parsed.problems).toEqual([]);
    expect(parsed.value?.frontmatter).toMatchObject({
      source: 'MSExchange Sample',
      messageText: 'The sample agent "%1" failed to load: %2',
    });
  });

  it('keeps any message text verbatim through YAML', () => {
    const printable = fc.string({
      unit: fc.constantFrom(
        'a',
        ' ',
        '%',
        '1',
        ':',
        '#',
        "'",
        '"',
        '\\',
        '-',
        '[',
        ']',
        '{',
        '}',
        '&',
        '*',
        '!',
        '|',
        '>',
        '\n',
        '---',
        '...',
        'é',
        'я',
        '\t',
        '@',
        '`',
        '?',
        ',',
      ),
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(printable, (raw) => {
        const messageText = raw.trim();
        fc.pre(messageText !== '');
        const text = renderArticleFile({
          frontmatter: {
            title: messageText,
            kind: 'event',
            source: 'S',
            eventId: 1,
            messageText,
            product: 'Exchange',
            updated: '2010-01-01',
            sources: ['https://example.org/'],
          },
          body: '',
        });
        const parsed = readBack(text, 'en');
        expect(parsed.value?.frontmatter.messageText).toBe(messageText);
        expect(parsed.value?.frontmatter.title).toBe(messageText);
      }),
      { numRuns: 1000 },
    );
  });
});
