import { describe, expect, it } from 'vitest';
import { identifierPieces } from './identifierBreaks';

describe('identifierPieces', () => {
  it('splits an event source at its camel-case words, keeping the leading acronym whole', () => {
    expect(identifierPieces('MSExchangeTransport')).toEqual(['MS', 'Exchange', 'Transport']);
  });

  it('splits a symbolic name at every word', () => {
    expect(identifierPieces('SmtpSendAckMessage')).toEqual(['Smtp', 'Send', 'Ack', 'Message']);
  });

  it('breaks a cmdlet after its hyphen and between the words of its noun', () => {
    expect(identifierPieces('Get-TransportService')).toEqual(['Get-', 'Transport', 'Service']);
  });

  it('breaks a path after each backslash', () => {
    expect(identifierPieces('V14\\TransportRoles\\Logs')).toEqual([
      'V14\\',
      'Transport',
      'Roles\\',
      'Logs',
    ]);
  });

  it('keeps a short mixed-case word such as IPv6 whole', () => {
    expect(identifierPieces('IPv6Address')).toEqual(['IPv6', 'Address']);
  });

  it('keeps an all-capitals word and a run of separators whole', () => {
    expect(identifierPieces('EHLO')).toEqual(['EHLO']);
    expect(identifierPieces('a::b')).toEqual(['a::', 'b']);
  });

  it('leaves spaces to the browser and splits the words around them as usual', () => {
    expect(identifierPieces('MSExchange Store Driver')).toEqual(['MS', 'Exchange Store Driver']);
  });

  it('handles capitals beyond ASCII', () => {
    expect(identifierPieces('ОчередьСообщений')).toEqual(['Очередь', 'Сообщений']);
  });

  it('returns the text itself when it has no break, and nothing for an empty text', () => {
    expect(identifierPieces('2004')).toEqual(['2004']);
    expect(identifierPieces('')).toEqual([]);
  });

  it('always joins back to the original text', () => {
    for (const text of [
      'https://kb.example.org/go/?EvtSrc=X&EvtID=1',
      'a_b.c-d/e',
      'XMLHttpRequest',
    ])
      expect(identifierPieces(text).join('')).toBe(text);
  });
});
