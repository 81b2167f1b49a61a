import fc from 'fast-check';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../content/markdown';
import { renderNodes, type BodyNode } from './markdown';

/** Renders one line of prose as a paragraph and reads it back with the validator's parser. */
function readBack(text: string): Root {
  return parseMarkdown(renderNodes([{ kind: 'paragraph', text }]));
}

/** The inline nodes of the first paragraph, as `type:value` for code and `link:url` for links. */
function inlineKinds(tree: Root): string[] {
  const kinds: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'inlineCode') kinds.push(`code:${node.value}`);
    if (node.type === 'link') kinds.push(`link:${node.url}`);
  });
  return kinds;
}

describe('prose written as Markdown', () => {
  it.each([
    ['Run Get-Queue -Identity <ServerName>\\<QueueName> now.', ['code:<ServerName>\\<QueueName>']],
    ['See https://example.org/queues.', ['link:https://example.org/queues']],
    ['See http://example.org/queues.', ['code:http://example.org/queues']],
    ['Mail admin@example.org today', ['code:admin@example.org']],
    ['(see <Tag>)', ['code:<Tag>']],
    ['a *sample* agent, SMTP_Send and _private_, [brackets] and ~tildes~', []],
    ['C:\\Program Files\\Exchange and C:\\*.log, size < 10 MB, a &amp; b & c', []],
  ])('%j keeps its text, with only the expected code and links', (text, kinds) => {
    const tree = readBack(text);
    expect(toString(tree)).toBe(text);
    expect(inlineKinds(tree)).toEqual(kinds);
  });

  it.each(['# not a heading', '> not a quote', '- not an item', '1986. A year', '---', '2) two'])(
    '%j stays a paragraph',
    (text) => {
      const tree = readBack(text);
      expect(tree.children.map((c) => c.type)).toEqual(['paragraph']);
      expect(toString(tree)).toBe(text);
    },
  );

  it('fences code that holds backticks', () => {
    expect(toString(readBack('Type <a`b> here'))).toBe('Type <a`b> here');
  });
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
          const tree = readBack(text);
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
