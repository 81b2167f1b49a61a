import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../content/corpus';
import { buildTriageCatalog } from './buildCatalog';

const { corpus, problems } = validateContent(path.join(import.meta.dirname, 'fixtures', 'content'));
const catalog = buildTriageCatalog(corpus);

describe('buildTriageCatalog', () => {
  it('builds from valid content', () => {
    expect(problems).toEqual([]);
  });

  it('gives an event its titles per locale, addresses, templates and sister sources', () => {
    expect(catalog.events).toEqual([
      {
        key: 'msexchangetransport/1010',
        source: 'MSExchangeTransport',
        alsoLoggedBy: ['MSExchangeFrontEndTransport'],
        eventId: 1010,
        urls: {
          en: '/en/events/msexchangetransport/1010/',
          de: '/de/events/msexchangetransport/1010/',
          ru: '/ru/events/msexchangetransport/1010/',
        },
        templates: [
          'Receive connector %1 rejected a message at SMTP end of data with %2.',
          'Der Empfangsconnector %1 hat am Ende der SMTP-Daten eine Nachricht mit %2 abgelehnt.',
        ],
        articles: [
          {
            kind: 'event',
            titles: {
              en: 'A message was rejected at the end of data',
              de: 'Nachricht am Ende der Daten abgelehnt',
            },
            urls: {
              en: '/en/events/msexchangetransport/1010/event/',
              de: '/de/events/msexchangetransport/1010/event/',
              ru: '/ru/events/msexchangetransport/1010/event/',
            },
          },
          {
            kind: 'alert',
            titles: { en: 'Messages rejected at the end of data (alert)' },
            urls: {
              en: '/en/events/msexchangetransport/1010/exchange-2007-alert/',
              de: '/de/events/msexchangetransport/1010/exchange-2007-alert/',
              ru: '/ru/events/msexchangetransport/1010/exchange-2007-alert/',
            },
          },
        ],
      },
    ]);
  });

  it('lists the SMTP codes that have reference pages', () => {
    expect(catalog.smtpCodes).toEqual(expect.arrayContaining(['421', '4.7.0', '5.7.1']));
    expect(catalog.smtpCodes).not.toContain('2.7.1');
  });
});
