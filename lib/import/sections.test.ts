import { describe, expect, it } from 'vitest';
import { splitDocument } from './layout';
import { toBlocks, toLines } from './lines';
import { countSteps, numberBulletSteps, sectionBlocks, splitByCues, toNodes } from './sections';

const blocks = (text: string) => toBlocks(toLines(text));
const texts = (b: { text: string }[]) => b.map((x) => x.text);

describe('splitByCues (articles without headings)', () => {
  it('splits at the action sentence and at "For more information"', () => {
    const split = splitByCues(
      blocks(
        'It checks.\n\nIt warns.\n\nTo address this warning, do this:\n\n1) a\n2) b\n\nFor more information, read on.',
      ),
    );
    expect(texts(split.explanation)).toEqual(['It checks.', 'It warns.']);
    expect(texts(split['user-action'])).toEqual(['To address this warning, do this:', 'a', 'b']);
    expect(texts(split['more-information'])).toEqual(['For more information, read on.']);
  });

  it('starts the action at the first numbered list when no sentence announces it', () => {
    const split = splitByCues(blocks('It checks.\n\n1. a\n2. b'));
    expect(texts(split.explanation)).toEqual(['It checks.']);
    expect(texts(split['user-action'])).toEqual(['a', 'b']);
  });

  it('knows German and Russian cues', () => {
    expect(
      texts(
        splitByCues(blocks('Text.\n\nUm dieses Problem zu beheben, gehen Sie so vor:\n\n1. a'))[
          'user-action'
        ],
      )[0],
    ).toMatch(/^Um dieses/);
    expect(
      texts(
        splitByCues(
          blocks('Текст.\n\nЧтобы устранить ошибку:\n\n1. а\n\nДополнительные сведения см. ниже.'),
        )['more-information'],
      ),
    ).toHaveLength(1);
  });
});

describe('sectionBlocks', () => {
  const doc = (intro: string) =>
    splitDocument(
      toLines(
        `T\n\nTopic Last Modified: 2010-01-01\n\n${intro}\n\nEvent ID: 1\n\nEvent Source: S\n\nExplanation\n\nWhy. Search the product help for more.\n\nUser Action\n\n• a\n\nFor More Information\n\nSearch the product help.`,
      ),
    );

  it("leaves out an event's introduction and keeps an alert's", () => {
    expect(texts(sectionBlocks(doc('This page explains one event.'), 'event').explanation)).toEqual(
      ['Why.'],
    );
    expect(texts(sectionBlocks(doc('The pack raises this alert.'), 'alert').explanation)).toEqual([
      'The pack raises this alert.',
      'Why.',
    ]);
  });

  it('drops vendor help, and a section left empty by it', () => {
    expect(sectionBlocks(doc('x'), 'event')['more-information']).toEqual([]);
  });
});

describe('toNodes', () => {
  it('nests items indented deeper and attaches indented paragraphs to the item above', () => {
    const nodes = toNodes(
      blocks(
        'Lead:\n\n1. one\n   - sub a\n   - sub b\n\n      more about b\n\n   more about one\n2. two\n\nAfter.',
      ),
    );
    expect(nodes).toEqual([
      { kind: 'paragraph', text: 'Lead:' },
      {
        kind: 'list',
        ordered: true,
        start: 1,
        items: [
          {
            text: 'one',
            children: [
              {
                kind: 'list',
                ordered: false,
                start: 1,
                items: [
                  { text: 'sub a', children: [] },
                  { text: 'sub b', children: [{ kind: 'paragraph', text: 'more about b' }] },
                ],
              },
              { kind: 'paragraph', text: 'more about one' },
            ],
          },
          { text: 'two', children: [] },
        ],
      },
      { kind: 'paragraph', text: 'After.' },
    ]);
  });

  it('treats a one-column difference in indentation as the same level', () => {
    const nodes = toNodes(blocks('  • a\n   • b\n • c'));
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({
      kind: 'list',
      items: [{ text: 'a' }, { text: 'b' }, { text: 'c' }],
    });
  });

  it('starts a sibling list when bullets follow numbers at the same level', () => {
    expect(toNodes(blocks('1. a\n- b')).map((n) => n.kind === 'list' && n.ordered)).toEqual([
      true,
      false,
    ]);
  });
});

describe('numberBulletSteps', () => {
  it('numbers top-level bullets when there are fewer than two steps', () => {
    const nodes = numberBulletSteps(toNodes(blocks('Do one of these:\n\n• a\n• b')), 2);
    expect(countSteps(nodes)).toBe(2);
  });

  it('leaves bullets alone when the numbered steps suffice', () => {
    const nodes = numberBulletSteps(toNodes(blocks('1. a\n2. b\n\nNotes:\n\n• c')), 2);
    expect(nodes.at(-1)).toMatchObject({ kind: 'list', ordered: false });
  });
});
