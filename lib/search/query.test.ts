import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';

const context = {
  sources: ['MSExchangeTransport', 'MSExchangeFrontEndTransport', 'MSExchange Store Driver'],
  isKnownCode: (code: string) => ['451', '454', '4.4.0', '4.7.0'].includes(code),
};
const parse = (text: string) => parseQuery(text, 'en', context);

describe('parseQuery', () => {
  it('reads an ID with its source, and knows nothing else is asked', () =>
    expect(parse('MSExchange Store Driver 1018')).toMatchObject({
      ids: [1018],
      sources: ['msexchange store driver'],
      exactOnly: true,
    }));

  it('reads a source of several words written run together', () =>
    expect(parse('MSExchangeStoreDriver 1018')).toMatchObject({
      ids: [1018],
      sources: ['msexchange store driver'],
      exactOnly: true,
    }));

  it('takes the longer of two source names that contain each other', () =>
    expect(parse('MSExchangeFrontEndTransport 1035').sources).toEqual([
      'msexchangefrontendtransport',
    ]));

  it('reads a symbolic name, whatever its case when it stands alone', () => {
    expect(parse('SmtpSendAckMessage').names).toEqual(['smtpsendackmessage']);
    expect(parse('smtpsendackmessage')).toMatchObject({
      names: ['smtpsendackmessage'],
      exactOnly: true,
    });
    expect(parse('certificate expired').names).toEqual([]);
  });

  it('takes bare numbers of a long text for words, not IDs', () =>
    expect(
      parse(
        'the queue holds 2004 messages and 1035 more are waiting for the next retry of the connector',
      ).ids,
    ).toEqual([]));

  it('does not take the reply code of a status for an event ID', () =>
    expect(parse('454 4.7.0 Temporary authentication failure')).toMatchObject({
      ids: [],
      smtpCodes: ['454', '4.7.0'],
    }));

  it('weighs the words of a quoted remote answer fully and the wrapper around it less', () => {
    const words = parse(
      '451 4.4.0 Primary target IP address responded with: "454 4.7.0 Temporary authentication failure." Attempted failover',
    ).words;
    const weight = (word: string) => words.find((w) => w.word === word)?.weight;
    expect([weight('temporary'), weight('authentication'), weight('failure')]).toEqual([1, 1, 1]);
    expect([weight('primary'), weight('target'), weight('attempted')]).toEqual([0.4, 0.4, 0.4]);
  });

  it('knows the reader is still typing the last word', () => {
    expect(parse('drop direc')).toMatchObject({ typing: true, lastWord: 'direc' });
    expect(parseQuery('drop direc ', 'en', context)).toMatchObject({
      typing: false,
      lastWord: null,
    });
  });
});
