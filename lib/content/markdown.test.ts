import { describe, expect, it } from 'vitest';
import { parseBody, parseLinkTarget, renderMarkdown } from './markdown';

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
  it('rewrites internal links for the locale', () => {
    const html = renderMarkdown(
      'See [event 2002](event:msexchangetransport/2002) and [4.4.2](smtp:4.4.2).',
      resolve,
    );
    expect(html).toContain('<a href="/en/events/msexchangetransport/2002/">event 2002</a>');
    expect(html).toContain('<a href="/en/smtp/4.4.2/">4.4.2</a>');
  });

  it('sanitises whatever reaches it: no raw HTML, no script URLs', () => {
    const html = renderMarkdown(
      '<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>alert(1)</script>',
      resolve,
    );
    expect(html).not.toMatch(/<img|<script|onerror|javascript:/);
  });

  it('keeps code, lists and emphasis', () => {
    const html = renderMarkdown('1. Run `Get-Queue`\n2. **Then** wait', resolve);
    expect(html).toContain('<ol>');
    expect(html).toContain('<code>Get-Queue</code>');
    expect(html).toContain('<strong>Then</strong>');
  });
});
