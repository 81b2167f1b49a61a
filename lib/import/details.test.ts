import { describe, expect, it } from 'vitest';
import { isDetailsHeading, matchDetailLabel, parseDetails, startsDetails } from './details';
import { toLines } from './lines';

const parse = (text: string, bodyAfterTable = false) =>
  parseDetails(toLines(text), { bodyAfterTable });

describe('matchDetailLabel', () => {
  it.each([
    ['Event ID', 'eventId', null],
    ['Event ID:', 'eventId', null],
    ['Event ID\t9901', 'eventId', '9901'],
    ['Event ID: 9901', 'eventId', '9901'],
    ['Event ID    9901', 'eventId', '9901'],
    ['Ereignis-ID', 'eventId', null],
    ['Код события: 9901', 'eventId', '9901'],
    ['Symbolischer Name', 'symbolicName', null],
    ['Текст сообщения', 'messageText', null],
    ['MOM Rule Path', 'rulePath', null],
    ['Product Name', 'product', null],
  ] as const)('%j is the label of %s', (text, key, inline) =>
    expect(matchDetailLabel(text)).toMatchObject({ key, inline }),
  );

  it('lets only specific labels start a table', () => {
    expect(startsDetails('Event ID')).toBe(true);
    expect(startsDetails('Message: the queue is full')).toBe(false);
    expect(matchDetailLabel('Message: the queue is full')).toEqual({
      key: 'messageText',
      inline: 'the queue is full',
      generic: true,
    });
  });

  it.each([
    'Event ID 9901 is logged when the queue stalls.',
    'Messages in it are neither delivered nor returned.',
    'Version 2 of the agent',
  ])('%j is prose', (text) => expect(matchDetailLabel(text)).toBeNull());

  it('knows the table heading in the export languages', () => {
    expect(['Details', 'Einzelheiten', 'Сведения', 'Détails'].every(isDetailsHeading)).toBe(true);
  });
});

describe('parseDetails', () => {
  it('reads values on the lines after their labels', () => {
    const { details } = parse(
      'Details\n\nProduct Name\n\nExchange\n\nEvent ID\n\n9901\n\nEvent Source\n\nMSExchangeTransport\n\nCategory\n\nSampleCategory',
    );
    expect(details).toEqual({
      product: 'Exchange',
      eventId: '9901',
      source: 'MSExchangeTransport',
      category: 'SampleCategory',
    });
  });

  it('reads rows copied with tabs, without blank lines', () => {
    expect(parse('Event ID\t9901\nEvent Source\tMSExchangeTransport').details).toEqual({
      eventId: '9901',
      source: 'MSExchangeTransport',
    });
  });

  it('keeps a message text verbatim, with its inner spacing and line breaks', () => {
    const { details } = parse(
      'Message Text\n\n  Queue %1  has "stalled":\n  retry in %2.\n\nEvent ID\n\n1',
    );
    expect(details.messageText).toBe('Queue %1  has "stalled":\nretry in %2.');
  });

  it('joins repeated product version rows', () => {
    expect(parse('Product Version\n\n8.0\n\nProduct Version\n\n14.0').details.productVersion).toBe(
      '8.0, 14.0',
    );
  });

  it('refuses two different values for one fact', () => {
    expect(() => parse('Event ID\n\n1\n\nEvent ID\n\n2')).toThrow(
      /two different values for event id: "1" and "2"/,
    );
  });

  it('hands back body text after the last value when the article has no headings', () => {
    const { details, body } = parse(
      'Message Text\n\nQueue %1 stalled.\n\nThis Warning event tells …\n\n• Check it.',
      true,
    );
    expect(details.messageText).toBe('Queue %1 stalled.');
    expect(body.filter((l) => l.text !== '').map((l) => l.text)).toEqual([
      'This Warning event tells …',
      '• Check it.',
    ]);
  });
});
