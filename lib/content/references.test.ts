import { describe, expect, it } from 'vitest';
import { referenceLabel } from './references';

describe('referenceLabel', () => {
  it('shows the host and the page name without its extension', () => {
    expect(
      referenceLabel('https://technet.microsoft.com/en-us/library/bb217647(v=exchg.80).aspx'),
    ).toBe('technet.microsoft.com › bb217647(v=exchg.80)');
  });

  it('drops www. and shows a bare host for a site root', () => {
    expect(referenceLabel('https://www.example.org/')).toBe('example.org');
  });

  it('decodes an escaped segment', () => {
    expect(referenceLabel('https://example.org/a/Mail%20flow.md')).toBe('example.org › Mail flow');
  });
});
