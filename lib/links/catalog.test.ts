import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../content/corpus';
import { buildCatalog } from './catalog';

const { corpus } = validateContent(
  path.join(import.meta.dirname, '..', 'content', 'fixtures', 'valid'),
);
const catalog = buildCatalog(corpus);

describe('the JSON catalog (shape documented in the README)', () => {
  it('gives every event its keys, permalink and page URL per locale', () => {
    const event = catalog.events.find((e) => e.key === 'msexchangetransport/2004')!;
    expect(Object.keys(event).sort()).toEqual([
      'alsoLoggedBy',
      'articles',
      'eventId',
      'key',
      'permalink',
      'source',
      'sourceSlug',
      'urls',
    ]);
    expect(event).toMatchObject({
      source: 'MSExchangeTransport',
      eventId: 2004,
      permalink: '/events/msexchangetransport/2004/',
      urls: {
        en: '/en/events/msexchangetransport/2004/',
        de: '/de/events/msexchangetransport/2004/',
        ru: '/ru/events/msexchangetransport/2004/',
      },
    });
  });

  it('names the sister sources that log an event', () => {
    expect(catalog.events.find((e) => e.key === 'msexchangetransport/2002')!.alsoLoggedBy).toEqual([
      'MSExchangeFrontEndTransport',
    ]);
  });

  it('lists every article with its facts and the locales it is really translated into', () => {
    const [article] = catalog.events.find((e) => e.key === 'msexchangetransport/2004')!.articles;
    expect(Object.keys(article!).sort()).toEqual([
      'alert',
      'analyzerRule',
      'category',
      'kind',
      'level',
      'locales',
      'messageText',
      'productVersions',
      'slug',
      'symbolicName',
      'title',
      'updated',
      'urls',
    ]);
    expect(article).toMatchObject({
      kind: 'event',
      level: 'information',
      symbolicName: 'SmtpSendAckMessage',
      locales: ['en', 'de', 'ru'],
    });
  });

  it('gives each article of a shared event its own address, and keeps disagreeing levels as a list', () => {
    const e8004 = catalog.events.find((e) => e.key === 'msexchangetransport/8004')!;
    expect(e8004.articles.map((a) => [a.kind, a.urls.en])).toEqual([
      ['event', '/en/events/msexchangetransport/8004/event/'],
      ['alert', '/en/events/msexchangetransport/8004/exchange-2007-alert/'],
    ]);
    expect(e8004.articles[1]?.alert?.type).toBe('Critical Error');
    expect(
      catalog.events.find((e) => e.key === 'msexchangetransport/2002')!.articles[0]?.level,
    ).toEqual(['warning', 'error']);
  });
});
