import { describe, expect, it } from 'vitest';
import { CatalogIndex, placeholderLabels, placeholderValues, type TriageCatalog } from './catalog';
import catalogJson from './fixtures/catalog.json';
import type { LogEvent } from './model';

const index = new CatalogIndex(catalogJson as TriageCatalog);
const event = (over: Partial<LogEvent>): LogEvent => ({
  source: 'MSExchangeTransport',
  eventId: 2002,
  level: 'warning',
  time: null,
  computer: null,
  values: null,
  message: null,
  ...over,
});

describe('CatalogIndex.find', () => {
  it('finds an event by source in any letter case and spacing', () => {
    expect(index.find('msexchangetransport', 2004)?.key).toBe('msexchangetransport/2004');
    expect(index.find('MSExchange Transport', 2004)?.key).toBe('msexchangetransport/2004');
    expect(index.find('MSExchange-Front End Transport', 1010)?.key).toBe(
      'msexchangetransport/1010',
    );
  });

  it('finds an article through a sister source listed in alsoLoggedBy', () => {
    expect(index.find('MSExchangeFrontEndTransport', 1010)?.key).toBe('msexchangetransport/1010');
  });

  it('prefers an article of the source itself over one that lists it as a sister', () => {
    expect(index.find('MSExchangeFrontEndTransport', 2002)?.key).toBe(
      'msexchangefrontendtransport/2002',
    );
  });

  it('finds nothing for an undocumented event', () => {
    expect(index.find('MSExchange ADAccess', 2080)).toBeNull();
  });
});

describe('placeholderValues', () => {
  const templates = index.templates(index.find('MSExchangeTransport', 2002)!);

  it('takes insertion strings when the export has them', () => {
    expect(placeholderValues(event({ values: ['Internet', 'mx1'] }), templates)).toEqual(
      new Map([
        [1, 'Internet'],
        [2, 'mx1'],
      ]),
    );
  });

  it('pulls values out of a rendered description with the template', () => {
    const values = placeholderValues(
      event({
        message: 'Send connector Internet: an error occurred while connecting to mx1.fabrikam.com.',
      }),
      templates,
    );
    expect(values).toEqual(
      new Map([
        [1, 'Internet'],
        [2, 'mx1.fabrikam.com'],
      ]),
    );
  });

  it('matches a description a German server logged with the German template', () => {
    const values = placeholderValues(
      event({
        message:
          'Sendeconnector Internet: Beim Verbinden mit mx2.fabrikam.com ist ein Fehler aufgetreten.',
      }),
      templates,
    );
    expect(values?.get(2)).toBe('mx2.fabrikam.com');
  });

  it('keeps the first value of a placeholder the template repeats', () => {
    const template = index.templates(index.find('MSExchangeTransport', 12016)!);
    const message = catalogJson.events[2]!.templates[0]!.replaceAll('%1', 'mail.contoso.com');
    expect(placeholderValues(event({ eventId: 12016, message }), template)).toEqual(
      new Map([[1, 'mail.contoso.com']]),
    );
  });

  it('gives nothing for a description that fits no template', () => {
    expect(placeholderValues(event({ message: 'Something else entirely.' }), templates)).toBeNull();
  });
});

describe('placeholderLabels', () => {
  it('names each placeholder after the words before it', () => {
    expect(
      placeholderLabels(
        'Send connector %1: Message delivery was not successful. The message with message ID %2 was acknowledged with SMTP response %3.',
      ),
    ).toEqual(
      new Map([
        [1, 'Send connector'],
        [2, 'message ID'],
        [3, 'SMTP response'],
      ]),
    );
  });

  it('leaves a placeholder that starts a sentence unnamed', () => {
    expect(placeholderLabels('%1: The database could not be opened.').size).toBe(0);
  });
});
