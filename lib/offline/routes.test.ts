import { describe, expect, it } from 'vitest';
import { cacheKey, requestKind } from './routes';

describe('requestKind', () => {
  it('takes hashed build files from the cache first', () => {
    expect(requestKind('/_next/static/chunks/a.js', false)).toBe('asset');
  });

  it('treats every navigation as a page, whatever its address', () => {
    expect(requestKind('/en/events/msexchangetransport/2004/', true)).toBe('page');
    expect(requestKind('/events/MSExchange%20Antispam/100/', true)).toBe('page');
  });

  it('keeps search files, API files and download lists as data', () => {
    expect(requestKind('/api/search/de.body.json', false)).toBe('data');
    expect(requestKind('/api/ids.json', false)).toBe('data');
    expect(requestKind('/offline/ru.json', false)).toBe('data');
  });

  it("leaves Next's navigation payloads to the browser", () => {
    expect(requestKind('/en/events/index.txt', false)).toBe('other');
  });
});

describe('cacheKey', () => {
  it('drops the query and fragment, so /search/?q=… reopens the search page offline', () => {
    expect(cacheKey(new URL('http://kb.local:8080/en/search/?q=2004#top'))).toBe(
      'http://kb.local:8080/en/search/',
    );
  });
});
