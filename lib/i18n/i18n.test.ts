import { describe, expect, it } from 'vitest';
import { missingKeys, translator } from './dictionary';
import { negotiateLocale } from './negotiate';
import { localeOfPath, localizedPath, paths } from './paths';

describe('localizedPath', () => {
  it.each([
    ['/en/events/msexchangetransport/2004/', 'de', '/de/events/msexchangetransport/2004/'],
    ['/ru/events', 'en', '/en/events/'],
    ['/de/', 'ru', '/ru/'],
    ['/', 'de', '/de/'],
    ['/go/', 'ru', '/ru/'],
  ] as const)('%s in %s is %s', (path, locale, expected) =>
    expect(localizedPath(path, locale)).toBe(expected),
  );

  it('finds the locale of a path', () => {
    expect(localeOfPath('/ru/ids/2004/')).toBe('ru');
    expect(localeOfPath('/events/x/1/')).toBeNull();
  });

  it('builds event and search addresses', () => {
    expect(paths.event('de', 'msexchangetransport/2004')).toBe(
      '/de/events/msexchangetransport/2004/',
    );
    expect(paths.search('en', '421 4.4.2')).toBe('/en/search/?q=421%204.4.2');
  });
});

describe('negotiateLocale', () => {
  it.each([
    [null, ['de-DE', 'en'], 'de'],
    [null, ['ru-RU'], 'ru'],
    [null, ['fr-FR', 'fr'], 'en'],
    [null, ['fr-FR', 'ru'], 'ru'],
    ['ru', ['de-DE'], 'ru'],
    ['xx', ['de-AT'], 'de'],
    [null, [], 'en'],
    [null, ['not a tag!!'], 'en'],
  ] as const)('remembered %s, browser %j → %s', (remembered, browser, expected) => {
    expect(negotiateLocale(remembered, browser)).toBe(expected);
  });
});

describe('dictionaries', () => {
  it('fill values and format numbers per locale', () => {
    expect(translator('en')('home.eventCount', { count: 1234 })).toBe('1,234 events');
    expect(translator('de')('home.eventCount', { count: 1234 })).toBe('1.234 Ereignisse');
  });

  it('choose plural forms by the locale rules', () => {
    expect(translator('en')('home.eventCount', { count: 1 })).toBe('1 event');
    expect(translator('ru')('home.eventCount', { count: 1 })).toBe('1 событие');
    expect(translator('ru')('home.eventCount', { count: 3 })).toBe('3 события');
    expect(translator('ru')('home.eventCount', { count: 95 })).toBe('95 событий');
  });

  it('lists no missing keys in German or Russian', () => {
    expect(missingKeys('de')).toEqual([]);
    expect(missingKeys('ru')).toEqual([]);
  });
});
