import { describe, expect, it } from 'vitest';
import { groupLink, smtpLinks } from './articles';
import { testCatalog } from './testing';

const group = (catalogKey: string | null, source = 'MSExchangeTransport', eventId = 2002) => ({
  catalogKey,
  source,
  eventId,
});

describe('groupLink', () => {
  it('links the event page in the reader’s locale with the translated title', () => {
    expect(groupLink(testCatalog, group('msexchangetransport/2002'), 'de')).toEqual({
      title: 'Sendeconnector konnte keine Verbindung herstellen',
      titleLang: 'de',
      href: '/de/events/msexchangetransport/2002/',
      moreArticles: 0,
      documented: true,
    });
  });

  it('falls back to the English title, saying so', () => {
    expect(groupLink(testCatalog, group('msexchangetransport/2002'), 'ru')).toMatchObject({
      title: 'Send connector could not connect',
      titleLang: 'en',
      href: '/ru/events/msexchangetransport/2002/',
    });
  });

  it('offers a search for an event the site does not document', () => {
    expect(groupLink(testCatalog, group(null, 'MSExchange ADAccess', 2080), 'en')).toEqual({
      title: null,
      titleLang: 'en',
      href: '/en/search/?q=MSExchange%20ADAccess%202080',
      moreArticles: 0,
      documented: false,
    });
  });
});

describe('smtpLinks', () => {
  it('links each code of a status that has a reference page, with a trailing slash', () => {
    expect(smtpLinks('454 4.7.0', new Set(['454', '4.7.0']), 'ru')).toEqual([
      { code: '454', href: '/ru/smtp/454/' },
      { code: '4.7.0', href: '/ru/smtp/4.7.0/' },
    ]);
    expect(smtpLinks('5.9.9', new Set(['454']), 'en')).toEqual([{ code: '5.9.9', href: null }]);
  });
});
