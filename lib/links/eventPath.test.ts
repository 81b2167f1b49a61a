import { describe, expect, it } from 'vitest';
import { documentedEventPath, eventPathOf, matchEventPath } from './eventPath';

describe('matchEventPath', () => {
  it.each([
    ['/events/MSExchangeTransport/2004', '/events/msexchangetransport/2004/'],
    ['/events/MSExchange%20Antispam/100/', '/events/msexchange-antispam/100/'],
    ['/events/MSExchange+Antispam/100', '/events/msexchange-antispam/100/'],
    ['/events/msexchange-antispam/100', '/events/msexchange-antispam/100/'],
    ['/DE/Events/MSExchangeTransport/2004/', '/de/events/msexchangetransport/2004/'],
    [
      '/ru/events/MSExchangeTransport/8004/Exchange-2007-Alert/',
      '/ru/events/msexchangetransport/8004/exchange-2007-alert/',
    ],
    ['/events/MSExchangeTransport/02004', '/events/msexchangetransport/2004/'],
  ])('%s → %s', (input, expected) => {
    const match = matchEventPath(input);
    expect(match && eventPathOf(match)).toBe(expected);
  });

  it.each([
    '/events/x',
    '/en/ids/2004/',
    '/events/a/b/c/d/',
    '/events/%E0%A4%A/1',
    '/events/<script>/1',
    '/events/x/123456',
  ])('ignores %s', (input) => {
    expect(matchEventPath(input)).toBeNull();
  });
});

describe('documentedEventPath', () => {
  const index = { 100: ['msexchange-antispam/100'], 2004: ['msexchangetransport/2004'] };
  const documented = (path: string) => documentedEventPath(matchEventPath(path)!, index);

  it.each([
    ['/events/MSExchangeAntispam/100', '/events/msexchange-antispam/100/'],
    ['/de/events/msexchangeantispam/100/', '/de/events/msexchange-antispam/100/'],
    ['/events/MSExchange%20Transport/2004', '/events/msexchangetransport/2004/'],
  ])('%s, a source written another way → %s', (input, expected) =>
    expect(documented(input)).toBe(expected),
  );

  it('keeps the source and ID as written, for a search when the event is not documented', () =>
    expect(matchEventPath('/de/events/MSExchange%20FrontEnd%20Transport/02002')?.event).toBe(
      'MSExchange FrontEnd Transport 2002',
    ));

  it('is null for an event the site does not document', () => {
    expect(documented('/events/MSExchangeAntispam/2004')).toBeNull();
    expect(documented('/events/MSExchangeTransport/9999')).toBeNull();
  });
});
