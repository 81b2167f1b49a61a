import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../content/corpus';
import { buildCatalog } from './catalog';
import { localeForLcid } from './lcid';
import { productLine } from './productLine';
import { parseLinkQuery, resolveLink } from './resolve';

const { corpus } = validateContent(
  path.join(import.meta.dirname, '..', 'content', 'fixtures', 'valid'),
);
const catalog = buildCatalog(corpus);
const go = (search: string, fallback: 'en' | 'de' | 'ru' = 'en') =>
  resolveLink(parseLinkQuery(search), catalog, fallback).path;

describe('resolveLink', () => {
  it.each([
    ['?source=MSExchangeTransport&id=2004', '/en/events/msexchangetransport/2004/'],
    ['?ID=2004&SOURCE=msexchangetransport&LANG=de', '/de/events/msexchangetransport/2004/'],
    [
      '?EvtSrc=MSExchangeTransport&EvtID=1074005972&LCID=1049',
      '/ru/events/msexchangetransport/2004/',
    ],
    [
      '?evtsrc=MSExchangeTransport&evtid=0x400407D4&lcid=3079',
      '/de/events/msexchangetransport/2004/',
    ],
    ['?EvtSrc=MSExchangeTransport&EvtID=2004&LCID=1036', '/ru/events/msexchangetransport/2004/'],
    // One event with two articles: its page shows the event and offers the alert.
    ['?source=MSExchangeTransport&id=8004', '/en/events/msexchangetransport/8004/'],
    [
      '?source=MSExchangeTransport&id=8004&ProdVer=8.0%20(Exchange%20Server%202007)',
      '/en/events/msexchangetransport/8004/exchange-2007-alert/',
    ],
    [
      '?source=MSExchangeTransport&id=8004&ProdVer=14.03.0123.002',
      '/en/events/msexchangetransport/8004/event/',
    ],
    [
      '?source=MSExchangeTransport&id=8004&version=14.0',
      '/en/events/msexchangetransport/8004/event/',
    ],
    [
      '?source=MSExchangeTransport&id=8004&kind=alert',
      '/en/events/msexchangetransport/8004/exchange-2007-alert/',
    ],
    ['?source=MSExchangeTransport&id=8004&kind=analyzer', '/en/events/msexchangetransport/8004/'],
    ['?id=2002&lang=ru-RU', '/ru/events/msexchangetransport/2002/'],
    // A sister source that logs the event documented under MSExchangeTransport.
    ['?EvtSrc=MSExchangeFrontEndTransport&EvtID=2002', '/en/events/msexchangetransport/2002/'],
    // Source names as knowledge-base pages and exports write them: spaced, hyphenated, run together.
    ['?source=MSExchange%20Transport&id=2004', '/en/events/msexchangetransport/2004/'],
    ['?source=msexchange-frontend-transport&id=2002', '/en/events/msexchangetransport/2002/'],
  ])('%s → %s', (search, expected) =>
    expect(go(search, search.includes('1036') ? 'ru' : 'en')).toBe(expected),
  );

  it('sends an undocumented event to the search page with source and ID filled in', () => {
    const result = resolveLink(
      parseLinkQuery('?EvtSrc=MSExchange%20Antispam&EvtID=9999&LCID=1031'),
      catalog,
      'en',
    );
    expect(result).toEqual({
      type: 'search',
      query: 'MSExchange Antispam 9999',
      path: '/de/search/?q=MSExchange%20Antispam%209999&undocumented=1',
    });
  });

  it('ignores redirect-style parameters and never leaves the site', () => {
    expect(
      go('?url=https://evil.example&next=//evil.example&redirect=javascript:alert(1)&id=2004'),
    ).toBe('/en/events/msexchangetransport/2004/');
    expect(go('?source=//evil.example&id=2004')).toBe(
      '/en/search/?q=%2F%2Fevil.example%202004&undocumented=1',
    );
  });

  it('returns a path on this site for any input whatsoever', () => {
    const names = fc.constantFrom(
      'source',
      'id',
      'lang',
      'version',
      'kind',
      'EvtSrc',
      'EvtID',
      'ProdVer',
      'LCID',
      'url',
      'next',
      'redirect',
      'x',
    );
    const values = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '//evil.example',
        'https://evil.example',
        'javascript:alert(1)',
        '\\\\evil',
        '%2F%2Fevil',
        '2004',
        'MSExchangeTransport',
        '1074005972',
        '\u0000',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(names, values), { maxLength: 8 }),
        fc.constantFrom('en', 'de', 'ru' as const),
        (pairs, fallback) => {
          const search = new URLSearchParams(pairs).toString();
          const { path: target } = resolveLink(parseLinkQuery(search), catalog, fallback);
          const url = new URL(target, 'https://kb.example');
          return (
            url.origin === 'https://kb.example' &&
            target.startsWith('/') &&
            !target.startsWith('//') &&
            !target.includes('\\')
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('localeForLcid', () => {
  it.each([
    ['1033', 'en'],
    ['2057', 'en'],
    ['1031', 'de'],
    ['2055', 'de'],
    ['3079', 'de'],
    ['1049', 'ru'],
    ['0x0419', 'ru'],
    ['1036', null],
    ['banana', null],
    ['-1', null],
  ])('%s → %s', (lcid, expected) => expect(localeForLcid(lcid)).toBe(expected));
});

describe('productLine', () => {
  it.each([
    ['14.0', '14'],
    ['14.03.0123.002', '14'],
    ['8.0 (Exchange Server 2007)', '8'],
    ['8.0 SP1', '8'],
    ['15.01.2507.006', '15.1'],
    ['15.2', '15.2'],
    ['6.5', '6.5'],
    ['Exchange', null],
  ])('%s → %s', (version, expected) => expect(productLine(version)).toBe(expected));
});
