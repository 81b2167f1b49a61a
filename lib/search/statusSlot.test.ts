import { describe, expect, it } from 'vitest';
import { statusSlot } from './statusSlot';

const weights = (slot: ReturnType<typeof statusSlot>) => ({
  weight: slot.weight,
  alternatives: Object.fromEntries(slot.alternatives.map((a) => [a.term, a.weight])),
});

describe('statusSlot', () => {
  it('counts the pair as written most, then the enhanced code, its detail, the reply code', () =>
    expect(
      weights(
        statusSlot({ reply: '550', enhanced: '5.7.1', index: 0 }, { last: true, alone: true }),
      ),
    ).toEqual({
      weight: 1,
      alternatives: { 'smtp:550 5.7.1': 1, 'smtp:5.7.1': 0.85, 'smtp:x.7.1': 0.5, 'smtp:550': 0.4 },
    }));

  it('lets an "other or undefined" enhanced code count no more than a reply code', () =>
    expect(
      weights(
        statusSlot({ reply: '454', enhanced: '4.7.0', index: 0 }, { last: true, alone: true }),
      ).alternatives,
    ).toEqual({ 'smtp:454 4.7.0': 1, 'smtp:4.7.0': 0.4, 'smtp:x.7.0': 0.2, 'smtp:454': 0.4 }));

  it('weighs a wrapping status half as much as the one it quotes', () =>
    expect(
      statusSlot({ reply: '451', enhanced: '4.4.0', index: 0 }, { last: false, alone: false })
        .weight,
    ).toBe(0.5));

  it('takes a lone reply code typed alone as the question, inside a long text as a detail', () => {
    const reply = { reply: '451', enhanced: null, index: 0 };
    expect(weights(statusSlot(reply, { last: true, alone: true }))).toEqual({
      weight: 1,
      alternatives: { 'smtp:451': 1 },
    });
    expect(statusSlot(reply, { last: true, alone: false }).weight).toBe(0.3);
  });
});
