import { describe, expect, it } from 'vitest';
import { cacheControl, cacheRuleFor } from './cache';

const headerFor = (path: string) => cacheControl(cacheRuleFor(path));

describe('cache rules', () => {
  it('keeps hashed build assets for a year, unchanged', () => {
    expect(headerFor('/_next/static/chunks/0vm8zo6v48m9c.js')).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('keeps pages, search index files and the API only briefly', () => {
    for (const path of [
      '/en/events/msexchangetransport/2004/',
      '/api/search/de.json',
      '/api/events.json',
    ])
      expect(headerFor(path), path).toBe('public, max-age=300');
  });

  it('has the browser ask for the service worker on every visit', () => {
    expect(headerFor('/sw.js')).toBe('no-cache');
  });
});
