import { describe, expect, it } from 'vitest';
import { filledUrl, integrations } from './integrations';

describe('integration templates', () => {
  const all = integrations(new URL('https://kb.example/'));

  it('fill every placeholder, leaving a /go/ URL on the site', () => {
    for (const integration of all) {
      const url = new URL(filledUrl(integration));
      expect(url.origin, integration.id).toBe('https://kb.example');
      expect(url.pathname).toBe('/go/');
      expect(url.search, integration.id).not.toMatch(/[{}$]|%7B|%24/);
    }
  });

  it('use the URL of the template itself', () => {
    for (const integration of all)
      expect(integration.template, integration.id).toContain(
        integration.id === 'eventViewer' ? 'https://kb.example/go/' : integration.urlTemplate,
      );
  });
});
