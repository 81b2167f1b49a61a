import { describe, expect, it } from 'vitest';
import {
  findWatchedEvent,
  isNoValue,
  normaliseProduct,
  parseDate,
  parseEventId,
  parseProductVersions,
  statedLevels,
} from './facts';

describe('parseDate', () => {
  it.each([
    ['2010-05-04', '2010-05-04'],
    ['2010/5/4', '2010-05-04'],
    ['04.05.2010', '2010-05-04'],
    ['2010年5月4日', '2010-05-04'],
    ['2010-02-30', null],
    ['May 4, 2010', null],
  ])('%j → %j', (text, expected) => expect(parseDate(text)).toBe(expected));
});

describe('parseEventId', () => {
  it('reads the number, ignoring what follows', () =>
    expect(parseEventId('9901 (0x26AD)')).toBe(9901));
  it.each(['abc', '70000', ''])('refuses %j', (value) =>
    expect(() => parseEventId(value)).toThrow(/is not a number from 0 to 65535/),
  );
});

describe('parseProductVersions', () => {
  it.each([
    ['14.0', ['14.0']],
    ['8.0 (Exchange Server 2007)', ['8.0']],
    ['14.0, 15.0', ['14.0', '15.0']],
    ['14.03.0123.002', ['14.3']],
    ['Exchange Server 2010 SP1', ['14.0']],
    ['Exchange 2003', ['6.5']],
    ['Exchange 2000 Server', ['6.0']],
    ['all', []],
  ])('%j → %j', (value, expected) => expect(parseProductVersions(value)).toEqual(expected));
});

describe('small facts', () => {
  it('names every Exchange product "Exchange"', () => {
    expect(normaliseProduct('Microsoft Exchange Server')).toBe('Exchange');
    expect(normaliseProduct('Forefront')).toBe('Forefront');
  });
  it('treats "None" and friends as no value', () => {
    expect(['None', 'N/A', '-', 'Keine', 'нет', ''].every(isNoValue)).toBe(true);
    expect(isNoValue('SmtpSend')).toBe(false);
  });
});

describe('statedLevels', () => {
  it.each([
    ['This Warning event tells that …', ['warning']],
    ['this error event is logged when …', ['error']],
    ['This Information event records …', ['information']],
    ['Dieses Warnungsereignis weist darauf hin …', ['warning']],
    ['Dieses Fehlerereignis tritt auf …', ['error']],
    ['Это событие предупреждения сообщает …', ['warning']],
    ['Это информационное событие …', ['information']],
    [
      'On Exchange 2007 this Warning event … on Exchange 2010 this Error event …',
      ['warning', 'error'],
    ],
    ['To resolve this warning, restart the service.', []],
    ['The management pack raises this Critical Error alert.', []],
  ])('%j → %j', (text, expected) => expect(statedLevels(text)).toEqual(expected));
});

describe('findWatchedEvent', () => {
  it('reads event, source and level from the analyzer sentence', () => {
    expect(
      findWatchedEvent(
        'The analyzer checks whether an Event 9903 warning has been logged for MSExchangeTransport within the last 24 hours.',
      ),
    ).toEqual({ eventId: 9903, source: 'MSExchangeTransport', level: 'warning' });
  });

  it('reads a source of several words and a level before the event', () => {
    expect(
      findWatchedEvent(
        'It looks for an error event 120 from MSExchange Messaging Policies in the log.',
      ),
    ).toEqual({ eventId: 120, source: 'MSExchange Messaging Policies', level: 'error' });
  });

  it('reads German and Russian sentences', () => {
    expect(
      findWatchedEvent(
        'Das Tool prüft, ob das Ereignis 9903 für MSExchangeTransport protokolliert wurde.',
      ),
    ).toMatchObject({ eventId: 9903, source: 'MSExchangeTransport' });
    expect(
      findWatchedEvent(
        'Анализатор проверяет, было ли записано событие 9903 для MSExchangeTransport.',
      ),
    ).toMatchObject({ eventId: 9903, source: 'MSExchangeTransport' });
  });

  it('refuses prose without an event or without a source', () => {
    expect(() => findWatchedEvent('The analyzer checks the queues.')).toThrow(/names no event/);
    expect(() => findWatchedEvent('The analyzer checks whether event 9903 was logged.')).toThrow(
      /no event source/,
    );
  });
});
