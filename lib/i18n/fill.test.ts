import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
  it('puts each value into its slot', () => {
    expect(fill('Showing {shown} of {total} events', { shown: '3', total: '120' })).toBe(
      'Showing 3 of 120 events',
    );
  });

  it("keeps a reader's $&, $` and $' as typed", () => {
    expect(fill('Nothing matches “{query}”.', { query: "a$&b$`c$'d$$" })).toBe(
      "Nothing matches “a$&b$`c$'d$$”.",
    );
  });

  it('leaves a slot without a value untouched', () => {
    expect(fill('Event {id} of {source}', { id: '2004' })).toBe('Event 2004 of {source}');
  });
});
