import { describe, expect, it } from 'vitest';
import { shorten } from './shorten';

describe('shorten', () => {
  it('keeps a short text as typed, spaces tidied', () => {
    expect(shorten('  Event  ID 2004 ', 80)).toBe('Event ID 2004');
  });

  it('cuts a long text at a word boundary with an ellipsis', () => {
    const pasted =
      '451 4.4.0 Primary target IP address responded with: "454 4.7.0 Temporary authentication failure"';
    const short = shorten(pasted, 80);
    expect(short).toBe('451 4.4.0 Primary target IP address responded with: "454 4.7.0 Temporary…');
    expect(short.length).toBeLessThanOrEqual(80);
  });

  it('cuts a text without spaces inside its one word', () => {
    expect(shorten('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
