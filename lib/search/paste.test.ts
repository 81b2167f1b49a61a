import { describe, expect, it } from 'vitest';
import { parseEventPaste } from './paste';

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

describe('localized and older Event Viewer layouts', () => {
  it('reads a copy from a German Event Viewer', () => {
    const paste = [
      'Protokollname: Application',
      'Quelle:        MSExchangeTransport',
      'Datum:         20.11.2026 03:14:07',
      'Ereignis-ID:   15004',
      'Aufgabenkategorie:ResourceManager',
      'Ebene:         Warnung',
      'Schlüsselwörter:Klassisch',
      'Benutzer:      Nicht zutreffend',
      'Computer:      EX01.contoso.com',
      'Beschreibung:',
      'Beispieltext',
    ].join('\n');
    expect(parseEventPaste(paste)).toEqual({
      source: 'MSExchangeTransport',
      eventId: 15004,
      level: 'Warnung',
      category: 'ResourceManager',
      description: 'Beispieltext',
    });
  });

  it('reads a copy from a Russian Event Viewer', () => {
    const paste = [
      'Имя журнала:   Application',
      'Источник:      MSExchangeFrontEndTransport',
      'Дата:          20.11.2026 3:14:07',
      'Код события:   1035',
      'Категория задачи:SmtpReceive',
      'Уровень:       Предупреждение',
      'Описание:',
      'Текст события',
    ].join('\n');
    expect(parseEventPaste(paste)).toMatchObject({
      source: 'MSExchangeFrontEndTransport',
      eventId: 1035,
      level: 'Предупреждение',
      description: 'Текст события',
    });
  });

  it('reads the older layout with Event Type and Event Source', () => {
    const paste =
      'Event Type:\tError\nEvent Source:\tMSExchangeTransport\nEvent Category:\tSmtpSend \nEvent ID:\t2017\nDate:\t\t3/1/2009\nDescription:\nOutbound authentication failed';
    expect(parseEventPaste(paste)).toMatchObject({
      source: 'MSExchangeTransport',
      eventId: 2017,
      level: 'Error',
      description: 'Outbound authentication failed',
    });
  });

  it('reads PowerShell list output', () => {
    const paste =
      'TimeCreated  : 20.11.2026 03:14:07\nProviderName : MSExchangeTransport\nId           : 12014\nMessage      : Microsoft Exchange could not find a certificate';
    expect(parseEventPaste(paste)).toMatchObject({
      source: 'MSExchangeTransport',
      eventId: 12014,
      description: 'Microsoft Exchange could not find a certificate',
    });
  });
});

describe('PowerShell Get-EventLog list output', () => {
  it('reads the message before the source, over several lines, and the ID from InstanceId', () => {
    const paste = [
      'Index              : 88213',
      'EntryType          : Error',
      'InstanceId         : 3221242491',
      'Message            : TransportMailItem: A database operation has encountered an I/O',
      '                     error. The Microsoft Exchange Transport service is shutting down.',
      'Category           : Storage',
      'Source             : MSExchangeTransport',
    ].join('\n');
    expect(parseEventPaste(paste)).toEqual({
      source: 'MSExchangeTransport',
      eventId: 17019,
      level: 'Error',
      category: 'Storage',
      description: expect.stringMatching(/^TransportMailItem: A database .* shutting down\.$/s),
    });
  });
});
