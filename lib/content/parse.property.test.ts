import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from './parse';
import { originalSchema, translationSchema } from './schema';

const headings = {
  explanation: 'Explanation',
  'user-action': 'User action',
  'more-information': 'More information',
} as const;

/** Frontmatter-like text: real keys and YAML punctuation mixed with anything. */
const yamlish = fc.array(
  fc.oneof(
    fc.constantFrom(
      'title: x',
      'kind: event',
      'kind: alert',
      'source: MSExchangeTransport',
      'eventId: 2004',
      'eventId: -1',
      'level: [error',
      'level: warning',
      'product: Exchange',
      'updated: 2026-02-30',
      'updated: 2026-11-01',
      'related:',
      '  - a/1',
      'alert:',
      '  type: x',
      ': :',
      '- - -',
      '"unterminated',
      "'",
      '{',
      '&anchor x',
      '*alias',
      '!!binary x',
      '<b>x</b>',
      '%1 %2',
    ),
    fc.string({ maxLength: 40 }),
  ),
  { maxLength: 20 },
);

describe('parseContentFile on any input', () => {
  it('returns a valid article or file:line problems, never throws', () => {
    fc.assert(
      fc.property(yamlish, fc.string({ maxLength: 400 }), fc.boolean(), (lines, body, original) => {
        const text = `---\n${lines.join('\n')}\n---\n${body}`;
        const result = parseContentFile(
          'x.md',
          text,
          original ? originalSchema : translationSchema,
          headings,
        );
        const lineCount = text.split('\n').length;
        for (const problem of result.problems) {
          expect(problem.file).toBe('x.md');
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lineCount + 1);
          expect(problem.message.length).toBeGreaterThan(0);
        }
        return result.value !== null || result.problems.length > 0;
      }),
      { numRuns: 1000 },
    );
  });

  it('handles files of arbitrary text, not only frontmatter-shaped ones', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 1000 }), (text) => {
        const result = parseContentFile('y.md', text, originalSchema, headings);
        return result.value !== null || result.problems.length > 0;
      }),
      { numRuns: 500 },
    );
  });
});
