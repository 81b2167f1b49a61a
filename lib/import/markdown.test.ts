import fc from 'fast-check';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown';
import { codeSpan, escapeBlockStart, escapeInline, renderNodes, type BodyNode } from './markdown';

describe('escapeInline', () => {
  it.each([
    [
      'Run Get-Queue -Identity <ServerName>\\<QueueName> now.',
      'Run Get-Queue -Identity `<ServerName>\\<QueueName>` now.',
    ],
    ['a *sample* agent', 'a \\*sample\\* agent'],
    ['SMTP_Send and _private_', 'SMTP_Send and \\_private\\_'],
    ['C:\\Program Files\\Exchange', 'C:\\Program Files\\Exchange'],
    ['C:\\*.log', 'C:\\\\\\*.log'],
    ['size < 10 MB', 'size \\< 10 MB'],
    ['See https://example.org/queues.', 'See <https://example.org/queues>.'],
    ['See http://example.org/queues.', 'See `http://example.org/queues`.'],
    ['Mail admin@example.org today', 'Mail `admin@example.org` today'],
    ['a &amp; b & c', 'a \\&amp; b & c'],
    ['use [brackets] and ~tildes~', 'use \\[brackets\\] and \\~tildes\\~'],
    ['(see <Tag>)', '(see `<Tag>`)'],
  ])('%j → %j', (text, expected) => expect(escapeInline(text)).toBe(expected));

  it('fences a code span longer than the backticks inside it', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
});

describe('escapeBlockStart', () => {
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['- not an item', '\\- not an item'],
    ['1986. A year', '1986\\. A year'],
    ['---', '\\---'],
    ['Plain', 'Plain'],
  ])('%j → %j', (text, expected) => expect(escapeBlockStart(text)).toBe(expected));
});

const pieces = [
  'a',
  'Z',
  'ä',
  'я',
  '1',
  ' ',
  '*',
  '_',
  '`',
  '[',
  ']',
  '<',
  '>',
  '\\',
  '~',
  '#',
  '-',
  '+',
  '.',
  ')',
  '(',
  '!',
  '&',
  'amp;',
  '#39;',
  '|',
  ':',
  '"',
  '=',
  '%1',
  'http://x.org/a',
  'https://x.org/a_b',
  'www.x.org',
  'a@b.org',
  '@',
  'https://',
  '<Server>',
  '\t',
  '1.',
  '2)',
  '---',
  '***',
];

describe('escaped text read back by our Markdown parser', () => {
  it('is one paragraph with the same text, no raw HTML and only https links', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 25 }),
        (parts) => {
          const text = parts.join('').trim();
          fc.pre(text !== '');
          const tree: Root = parseMarkdown(escapeBlockStart(escapeInline(text)));
          expect(tree.children.map((c) => c.type)).toEqual(['paragraph']);
          expect(toString(tree)).toBe(text);
          visit(tree, 'html', () => expect.fail('raw HTML'));
          visit(tree, 'link', (link) => expect(link.url).toMatch(/^https:\/\//));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('renderNodes', () => {
  const nodes: BodyNode[] = [
    { kind: 'paragraph', text: 'Do this:' },
    {
      kind: 'list',
      ordered: true,
      start: 1,
      items: [
        {
          text: 'First.',
          children: [
            { kind: 'list', ordered: false, start: 1, items: [{ text: 'detail', children: [] }] },
          ],
        },
        { text: 'Second.', children: [] },
      ],
    },
    { kind: 'list', ordered: false, start: 1, items: [{ text: 'bullet', children: [] }] },
  ];

  it('writes lists as Markdown lists, nesting by the parent marker width', () => {
    expect(renderNodes(nodes)).toBe('Do this:\n\n1. First.\n   - detail\n2. Second.\n\n- bullet');
  });

  it('makes a list loose when an item holds a paragraph', () => {
    const loose: BodyNode[] = [
      {
        kind: 'list',
        ordered: true,
        start: 9,
        items: [
          { text: 'a', children: [{ kind: 'paragraph', text: 'more' }] },
          { text: 'b', children: [] },
        ],
      },
    ];
    expect(renderNodes(loose)).toBe('9. a\n\n   more\n\n10. b');
  });

  it('counts as steps what the validator counts', () => {
    const tree = parseMarkdown(renderNodes(nodes));
    const ordered = tree.children.filter((c) => c.type === 'list' && c.ordered);
    expect(ordered.map((l) => (l.type === 'list' ? l.children.length : 0))).toEqual([2]);
  });
});
