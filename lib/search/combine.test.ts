import { describe, expect, it } from 'vitest';
import { combine, type CombineInput } from './combine';

const input = (overrides: Partial<CombineInput>): CombineInput => ({
  exact: [],
  templates: new Map(),
  text: [],
  textTotal: 0,
  keep: () => true,
  longPaste: false,
  ...overrides,
});
const text = (doc: number, score: number) => ({ doc, score, section: 1 });

describe('combine', () => {
  it('puts exact matches first, then template fits, then full text', () => {
    const { hits, total } = combine(
      input({
        exact: [{ doc: 7, score: 1 }],
        templates: new Map([[3, { coverage: 0.8, values: [] }]]),
        text: [text(9, 50), text(3, 40), text(7, 1)],
        textTotal: 3,
      }),
    );
    expect(hits.map((h) => [h.doc, h.reason])).toEqual([
      [7, 'exact'],
      [3, 'template'],
      [9, 'text'],
    ]);
    expect(total).toBe(3);
  });

  it('orders exact matches by fit, then by template, then by text score', () => {
    const { hits } = combine(
      input({
        exact: [
          { doc: 1, score: 0 },
          { doc: 2, score: 0 },
          { doc: 3, score: 2, loggedAs: 'MSExchangeFrontEndTransport' },
        ],
        templates: new Map([[2, { coverage: 0.9, values: [{ placeholder: 1, value: 'x' }] }]]),
        text: [text(1, 30), text(2, 10)],
      }),
    );
    expect(hits.map((h) => h.doc)).toEqual([3, 2, 1]);
    expect(hits[0]?.loggedAs).toBe('MSExchangeFrontEndTransport');
    expect(hits[1]?.values).toEqual([{ placeholder: 1, value: 'x' }]);
  });

  it('keeps few prose matches once a long paste names or fits an event', () => {
    const many = Array.from({ length: 20 }, (_, i) => text(100 + i, 20 - i));
    const { hits, total } = combine(
      input({ exact: [{ doc: 1, score: 1 }], text: many, textTotal: 20, longPaste: true }),
    );
    expect(hits).toHaveLength(6);
    expect(total).toBe(6);
  });

  it('leaves out what the filters reject, exact matches included', () => {
    const { hits } = combine(
      input({ exact: [{ doc: 1, score: 1 }], text: [text(2, 5)], keep: (doc) => doc !== 1 }),
    );
    expect(hits.map((h) => h.doc)).toEqual([2]);
  });
});
