import { describe, expect, it } from 'vitest';
import { escapeHtml, highlight, snippetAround } from './highlight';
import { parseEventPaste } from './paste';
import { findSmtpCodes } from './smtpCodes';

const eventViewerCopy = `Log Name:      Application
Source:        MSExchangeTransport
Date:          11/20/2026 3:14:07 AM
Event ID:      2004
Task Category: SmtpSend
Level:         Information
Keywords:      Classic
User:          N/A
Computer:      EX01.contoso.com
Description:
Send connector Internet: Message delivery was not successful. The message with message ID 42 was acknowledged with SMTP response 421 4.4.2 Connection dropped.`;

describe('parseEventPaste', () => {
  it('reads the header lines and the description of an Event Viewer copy', () => {
    expect(parseEventPaste(eventViewerCopy)).toEqual({
      source: 'MSExchangeTransport',
      eventId: 2004,
      level: 'Information',
      category: 'SmtpSend',
      description: expect.stringMatching(/^Send connector Internet: .* Connection dropped\.$/),
    });
  });

  it('reads German and Russian headers too', () => {
    expect(
      parseEventPaste('Quelle: MSExchangeTransport\nEreignis-ID: 12014\nBeschreibung:\nText')
        ?.eventId,
    ).toBe(12014);
    expect(
      parseEventPaste('Источник: MSExchangeTransport\nКод события: 1035\nОписание:\nТекст')?.source,
    ).toBe('MSExchangeTransport');
  });

  it('ignores ordinary text with colons', () =>
    expect(parseEventPaste('Note: the queue is full\nSee also: event 15004')).toBeNull());
});

describe('findSmtpCodes', () => {
  const known = (code: string) => ['421', '550', '4.4.2', '5.7.1'].includes(code);
  it('finds reply and enhanced codes, known ones only, in order', () => {
    expect(
      findSmtpCodes(
        'SMTP response 421 4.4.2 Connection dropped; later 550 5.7.1 and 999 9.9.9',
        known,
      ),
    ).toEqual(['421', '4.4.2', '550', '5.7.1']);
  });
  it('does not read codes out of longer numbers or versions', () => {
    expect(findSmtpCodes('build 15.01.2507.006, port 25000, id 14550, 4.4.2.1', known)).toEqual([]);
  });
});

describe('highlighting', () => {
  it('escapes before marking, so a query cannot inject markup', () => {
    const html = highlight(
      '<img src=x onerror=alert(1)> certificate',
      (w) => w === 'img' || w === 'certificate',
    );
    expect(html).toBe('&lt;<mark>img</mark> src=x onerror=alert(1)&gt; <mark>certificate</mark>');
  });
  it('escapes quotes and ampersands', () =>
    expect(escapeHtml(`a & "b" 'c'`)).toBe('a &amp; &quot;b&quot; &#39;c&#39;'));
  it('cuts a snippet around the first hit', () => {
    const text = `${'lorem '.repeat(100)}certificate expired ${'ipsum '.repeat(100)}`;
    const snippet = snippetAround(text, (w) => w === 'certificate');
    expect(snippet).toContain('certificate expired');
    expect(snippet.length).toBeLessThan(200);
  });
});
