/**
 * Golden queries over the real corpus, per locale: what an administrator types must bring the
 * right article first (or among the first five where the query is vague).
 */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../content/corpus';
import type { Locale } from '../i18n/config';
import { buildSearchFiles } from './build';
import { SearchEngine } from './engine';

const { corpus } = validateContent();
const engines = new Map<Locale, SearchEngine>();
function engine(locale: Locale): SearchEngine {
  let found = engines.get(locale);
  if (!found) {
    // Round trip through JSON, exactly as the browser receives the files.
    const files = JSON.parse(JSON.stringify(buildSearchFiles(corpus, locale))) as ReturnType<
      typeof buildSearchFiles
    >;
    found = new SearchEngine(files.index);
    found.addBody(files.body);
    engines.set(locale, found);
  }
  return found;
}
const top = (locale: Locale, query: string, count = 1) =>
  engine(locale)
    .search(query)
    .hits.slice(0, count)
    .map((h) => h.article.id);

describe('exact look-ups come first', () => {
  it.each([
    ['2004', 'msexchangetransport/2004/event'],
    ['MSExchangeTransport 2004', 'msexchangetransport/2004/event'],
    ['SmtpSendAckMessage', 'msexchangetransport/2004/event'],
    ['smtpsendackmessage', 'msexchangetransport/2004/event'],
    ['0x400407D4', 'msexchangetransport/2004/event'],
    ['1074005972', 'msexchangetransport/2004/event'],
    ['NonSmtpGWBadDropDirectory', 'msexchangetransport/8004/event'],
  ])('%s → %s', (query, expected) => expect(top('en', query)).toEqual([expected]));

  it('a bare ID shared by sources returns all of them first', () => {
    expect(top('en', '1018', 3).sort()).toEqual(
      [
        'msexchange-store-driver/1018/event',
        'msexchangetransport/1018/event',
        'msexchangetransport/1018/exchange-2013',
      ].sort(),
    );
  });

  it('a source narrows a shared ID', () =>
    expect(top('en', 'MSExchange Store Driver 1018')).toEqual([
      'msexchange-store-driver/1018/event',
    ]));
});

describe('pasted event descriptions', () => {
  it('recognise the template and pull out the values', () => {
    const outcome = engine('en').search(
      'Send connector Outbound to Office 365: Message delivery was not successful. The message with message ID <a@b> was acknowledged with SMTP response 454 4.7.0 Failed to establish appropriate TLS channel: UntrustedRoot: Access Denied.',
    );
    const [first] = outcome.hits;
    expect(first?.article.id).toBe('msexchangetransport/2004/event');
    expect(first?.values?.map((v) => v.value)).toEqual([
      'Outbound to Office 365',
      '<a@b>',
      '454 4.7.0 Failed to establish appropriate TLS channel: UntrustedRoot: Access Denied',
    ]);
    expect(outcome.smtpCodes).toEqual(['454', '4.7.0']);
  });

  it('recognise an Event Viewer copy by its headers', () => {
    const paste =
      'Log Name: Application\nSource: MSExchangeTransport\nEvent ID: 8004\nTask Category: RemoteDelivery\nLevel: Error\nDescription:\nA non-SMTP gateway connection failure occurred on connector Fax. When writing to the drop directory D:\\Drop, an I/O exception The disk is full occurred .';
    const outcome = engine('de').search(paste);
    expect(outcome.eventPaste?.eventId).toBe(8004);
    expect(outcome.hits[0]?.article.id).toBe('msexchangetransport/8004/event');
    expect(outcome.hits[0]?.values?.map((v) => v.value)).toEqual([
      'Fax',
      'D:\\Drop',
      'The disk is full',
    ]);
  });
});

describe('English full text', () => {
  it.each([
    ['drop directory I/O exception', 'msexchangetransport/8004'],
    ['certifcate expired', 'msexchangetransport/'],
    ['back pressure disk space', 'msexchangetransport/1500'],
    ['poison message', 'msexchangetransport/100'],
  ])('%s finds a fitting article among the first five', (query, prefix) => {
    expect(top('en', query, 5).some((id) => id.startsWith(prefix))).toBe(true);
  });

  it('tolerates one typo in a longer word', () => {
    expect(top('en', 'certificate', 5)).toHaveLength(5);
    expect(top('en', 'certifcate', 5)).toEqual(top('en', 'certificate', 5));
  });

  it('completes the word being typed', () => {
    expect(top('en', 'poison mess', 3)).toEqual(top('en', 'poison message', 3));
  });

  it('answers from titles and message texts before the body index has arrived', () => {
    const files = buildSearchFiles(corpus, 'en');
    const early = new SearchEngine(files.index);
    expect(early.search('drop directory').hits.length).toBeGreaterThan(0);
  });
});

describe('German full text', () => {
  it.each([
    'Zertifikat',
    'Zertifikate',
    'Ueberpruefen Sie das Zertifikat',
    'Verbindung Sendeconnector',
    'Warteschlange',
  ])('%s finds German articles', (query) => {
    const hits = engine('de')
      .search(query)
      .hits.filter((h) => h.sectionLang === 'de');
    expect(hits.length).toBeGreaterThan(0);
  });

  it('an inflected form finds the same articles as the base form', () => {
    expect(top('de', 'Zertifikat ', 5)).toHaveLength(5);
    expect(top('de', 'Zertifikate ', 5)).toEqual(top('de', 'Zertifikat ', 5));
  });

  it('transliterated umlauts find the same as umlauts', () =>
    expect(top('de', 'Überprüfen ', 5)).toEqual(top('de', 'Ueberpruefen ', 5)));
});

describe('Russian full text', () => {
  it.each([
    'сертификат',
    'сертификата',
    'отпечатка',
    'ключа',
    'сертификат истёк',
    'соединитель отправки',
  ])('%s finds Russian articles', (query) => {
    const hits = engine('ru')
      .search(query)
      .hits.filter((h) => h.sectionLang === 'ru');
    expect(hits.length).toBeGreaterThan(0);
  });

  it('ё and е are the same letter', () =>
    expect(top('ru', 'истёк ', 5)).toEqual(top('ru', 'истек ', 5)));
  it('an inflected form finds the same articles as the base form', () => {
    expect(top('ru', 'сертификат ', 5)).toHaveLength(5);
    expect(top('ru', 'сертификата ', 5)).toEqual(top('ru', 'сертификат ', 5));
    expect(top('ru', 'отпечатка ', 5)).toEqual(top('ru', 'отпечаток ', 5));
  });
});

describe('fallback articles', () => {
  it('are searchable in every locale, marked as English', () => {
    // The real corpus with one article's German translation taken away, so the case stays
    // covered however complete the real translations become.
    const id = 'msexchange-antispam/101/event';
    const events = corpus.events.map((event) => ({
      ...event,
      articles: event.articles.map((article) =>
        article.id === id ? { ...article, translations: {} } : article,
      ),
    }));
    const files = buildSearchFiles({ ...corpus, events }, 'de');
    const fallback = new SearchEngine(files.index);
    fallback.addBody(files.body);
    const hit = fallback.search('Protocol Analysis DNS').hits.find((h) => h.article.id === id);
    expect(hit?.article.lang).toBe('en');
  });
});

describe('any query', () => {
  it('returns without throwing, whatever Unicode it holds', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (query) =>
        Array.isArray(engine('ru').search(query).hits),
      ),
      { numRuns: 300 },
    );
  });

  it('filters by level and version', () => {
    const hits = engine('en').search('connector', { level: 'error', version: '14.0' }).hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.article.levels).toContain('error');
      expect(hit.article.versions).toContain('14.0');
    }
  });
});
