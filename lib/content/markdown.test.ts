import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { parseBody, parseLinkTarget, renderMarkdown, unwrapParagraph } from './markdown';

const headings = {
  explanation: 'Explanation',
  'user-action': 'User action',
  'more-information': 'More information',
} as const;
const resolve = {
  event: (key: string) => `/en/events/${key}/`,
  smtp: (code: string) => `/en/smtp/${code}/`,
};

describe('parseBody', () => {
  it('splits sections, counts steps and reports lines relative to the file', () => {
    const body = '## Explanation\n\nText.\n\n## User action\n\n1. One\n2. Two\n3. Three\n';
    const parsed = parseBody(body, headings, 10);
    expect(parsed.sections.map((s) => [s.key, s.line, s.steps])).toEqual([
      ['explanation', 11, 0],
      ['user-action', 15, 3],
    ]);
    expect(parsed.sections[0]?.markdown).toBe('Text.');
  });

  it('keeps the words of consecutive steps and code blocks apart in the plain text', () => {
    const body =
      '## User action\n\n1. Run:\n\n   ```\n   Get-Queue | Format-List LastError\n   ```\n\n2. Check the time.\n';
    const [section] = parseBody(body, headings, 0).sections;
    expect(section?.text).toBe('Run:\nGet-Queue | Format-List LastError\nCheck the time.');
  });

  it('refuses raw HTML, unknown headings and repeated sections', () => {
    const body = '## Explanation\n\n<script>x</script>\n\n## Explanation\n\n## Cause\n';
    const messages = parseBody(body, headings, 0).problems.map(
      (p) => `${p.line}: ${p.message.split(':')[0]}`,
    );
    expect(messages).toEqual([
      '3: raw HTML is not allowed in Markdown',
      '5: section "Explanation" appears twice',
      '7: unknown section "Cause"; expected "Explanation", "User action", "More information"',
    ]);
  });
});

describe('parseBody line numbers', () => {
  it('reports a reference-style link definition at its line in the file', () => {
    const body = '## Explanation\n\nSee [event 2002][e].\n\n[e]: event:msexchangetransport/2002\n';
    const problems = parseBody(body, headings, 12).problems;
    expect(problems).toEqual([
      { line: 17, message: 'use inline links [text](event:…), not reference definitions' },
    ]);
  });
});

describe('parseLinkTarget', () => {
  it.each([
    ['event:msexchangetransport/2004', { kind: 'event', key: 'msexchangetransport/2004' }],
    [
      'event:msexchangetransport/8004/exchange-2007-alert',
      { kind: 'event', key: 'msexchangetransport/8004', article: 'exchange-2007-alert' },
    ],
    ['smtp:421', { kind: 'smtp', code: '421' }],
    ['smtp:4.4.2', { kind: 'smtp', code: '4.4.2' }],
    ['https://learn.example/x', null],
  ])('accepts %s', (url, expected) => expect(parseLinkTarget(url)).toEqual(expected));

  it.each([
    'javascript:alert(1)',
    '//evil.example',
    '/en/events/',
    'http://plain.example',
    'event:../../etc',
  ])('refuses %s', (url) => {
    expect(typeof parseLinkTarget(url)).toBe('string');
  });
});

describe('renderMarkdown', () => {
  const html = (markdown: string) => toHtml(renderMarkdown(markdown, resolve));

  it('rewrites internal links for the locale', () => {
    const out = html('See [event 2002](event:msexchangetransport/2002) and [4.4.2](smtp:4.4.2).');
    expect(out).toContain('<a href="/en/events/msexchangetransport/2002/">event 2002</a>');
    expect(out).toContain('<a href="/en/smtp/4.4.2/">4.4.2</a>');
  });

  it('sanitises whatever reaches it: no raw HTML, no script URLs', () => {
    const out = html(
      '<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>alert(1)</script>',
    );
    expect(out).not.toMatch(/<img|<script|onerror|javascript:/);
  });

  it('keeps code, lists and emphasis', () => {
    const out = html('1. Run `Get-Queue`\n2. **Then** wait');
    expect(out).toContain('<ol>');
    expect(out).toContain('<code>Get-<wbr>Queue</code>');
    expect(out).toContain('<strong>Then</strong>');
  });

  it('marks an inline command for copying with its exact text, and breaks it between words', () => {
    const out = html('Run `Get-Queue -Server EX01 | Format-List` now.');
    expect(out).toContain(
      '<code data-copy="Get-Queue -Server EX01 | Format-List">Get-<wbr>Queue -<wbr>Server EX01 | Format-<wbr>List</code>',
    );
  });

  it('lets a long name in running text wrap between its words', () => {
    expect(html('Agents on OnSubmittedMessage may run long.')).toBe(
      '<p>Agents on On<wbr>Submitted<wbr>Message may run long.</p>',
    );
  });

  it('leaves short inline code and property names without a copy mark', () => {
    expect(html('Check `Get-Queue` and `MaxInboundConnectionPerSource`.')).not.toContain(
      'data-copy',
    );
  });

  it('marks every code block for copying, without breaking its lines', () => {
    const out = html('```\nGet-TransportService | fl\n```');
    expect(out).toContain(
      '<pre data-copy="Get-TransportService | fl\n"><code>Get-TransportService',
    );
  });
});

describe('unwrapParagraph', () => {
  it('returns the content of a single paragraph', () => {
    expect(toHtml(unwrapParagraph(renderMarkdown('A `421` reply.', resolve)))).toBe(
      'A <code>421</code> reply.',
    );
  });

  it('leaves a fragment of several blocks as it is', () => {
    expect(toHtml(unwrapParagraph(renderMarkdown('One.\n\nTwo.', resolve)))).toBe(
      '<p>One.</p>\n<p>Two.</p>',
    );
  });
});
