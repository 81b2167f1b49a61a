import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTemplate, matchTemplate } from './template';

const t2004 = compileTemplate(
  'Send connector %1: Message delivery was not successful. The message with message ID %2 was acknowledged with SMTP response %3.',
);

describe('matchTemplate', () => {
  it('pulls out every placeholder value', () => {
    const paste =
      'Send connector Outbound to Office 365: Message delivery was not successful. The message with message ID <abc@contoso.com> was acknowledged with SMTP response 454 4.7.0 Failed to establish appropriate TLS channel.';
    expect(matchTemplate(t2004, paste)?.values).toEqual([
      { placeholder: 1, value: 'Outbound to Office 365' },
      { placeholder: 2, value: '<abc@contoso.com>' },
      { placeholder: 3, value: '454 4.7.0 Failed to establish appropriate TLS channel' },
    ]);
  });

  it('tolerates line breaks, extra spaces and other letter case', () => {
    const paste =
      'send connector Internet:\r\n  Message delivery was not\nsuccessful.   The message with message ID 1234\r\nwas acknowledged with SMTP response 550 5.7.1 Relay denied.\r\n';
    expect(matchTemplate(t2004, paste)?.values.map((v) => v.value)).toEqual([
      'Internet',
      '1234',
      '550 5.7.1 Relay denied',
    ]);
  });

  it('takes a leading placeholder back to the start of its line and a trailing one to the end of its line', () => {
    const template = compileTemplate(
      '%1 could not be delivered to the drop directory of connector %2',
    );
    const paste =
      'Description:\nMessage 42 could not be delivered to the drop directory of connector Fax\nMore text on the next line';
    expect(matchTemplate(template, paste)?.values).toEqual([
      { placeholder: 1, value: 'Message 42' },
      { placeholder: 2, value: 'Fax' },
    ]);
  });

  it.each([1, 2, 3, 4, 5, 6])(
    'works with %i placeholders and punctuation between them',
    (count) => {
      const template = Array.from(
        { length: count },
        (_, i) => `field ${i + 1} (value): %${i + 1};`,
      ).join(' ');
      const paste = Array.from(
        { length: count },
        (_, i) => `field ${i + 1} (value): v${i + 1};`,
      ).join(' ');
      expect(matchTemplate(compileTemplate(template), paste)?.values.map((v) => v.value)).toEqual(
        Array.from({ length: count }, (_, i) => `v${i + 1}`),
      );
    },
  );

  it('refuses text that lacks part of the template', () => {
    expect(
      matchTemplate(t2004, 'Send connector X: Message delivery was not successful.'),
    ).toBeNull();
  });

  it('never matches a template with almost no literal text', () => {
    expect(matchTemplate(compileTemplate('%1: %2'), 'anything: at all')).toBeNull();
  });

  // How fast it answers is measured by `npm run bench`; a pathological input that made the
  // matcher backtrack without end would exceed the test timeout here.
  it('answers for any input up to 100 KB, pathological ones included', () => {
    const pathological = 'Send connector '.repeat(7000);
    expect(matchTemplate(t2004, pathological)).toBeNull();
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2000 }),
        fc.integer({ min: 1, max: 50 }),
        (chunk, repeat) => {
          const text = chunk.repeat(repeat).slice(0, 100_000);
          const result = matchTemplate(t2004, text);
          return result === null || result.values.length === 3;
        },
      ),
      { numRuns: 200 },
    );
  });
});
