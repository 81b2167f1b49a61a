import { describe, expect, it } from 'vitest';
import { createDelimitedReader } from './delimited';
import { reportCsv, reportMarkdown, type ReportContext } from './exportReport';
import { dictionarySlice } from '../i18n/slice';
import { fixture, testCatalog, triageBytes } from './testing';

async function report(locale: 'en' | 'de') {
  const { result, groups } = await triageBytes('wevtutil-en.xml', fixture('wevtutil-en.xml'));
  const ctx: ReportContext = {
    labels: { ...dictionarySlice(locale, 'triage.'), ...dictionarySlice(locale, 'level.') },
    locale,
    origin: 'https://kb.example.org',
    index: testCatalog,
    files: [result],
    made: Date.UTC(2024, 0, 3, 9, 30),
  };
  return { groups, ctx };
}

describe('reportMarkdown', () => {
  it('gives a ticket a table of the groups with absolute links, then the values of each', async () => {
    const { groups, ctx } = await report('en');
    expect(reportMarkdown(groups, ctx)).toBe(
      [
        '# Event log triage',
        '',
        '7 events in 4 groups from 1 file. Made on 2024-01-03 09:30:00 from wevtutil-en.xml.',
        '',
        'Times as the export wrote them: text exports in the server’s local time; XML, JSON and EVTX in UTC.',
        '',
        '| Level | Source | Event ID | Count | First seen | Last seen | Servers | Article |',
        '| --- | --- | ---: | ---: | --- | --- | --- | --- |',
        '| Error | MSExchangeTransport | 12016 | 1 | 2024-01-02 15:10:00 | 2024-01-02 15:10:00 | EX01.contoso.local (1) | [The TLS certificate for a receive FQDN has expired](https://kb.example.org/en/events/msexchangetransport/12016/) |',
        '| Warning | MSExchangeTransport | 2002 | 2 | 2024-01-02 15:05:00 | 2024-01-02 15:06:00 | EX01.contoso.local (1), EX02.contoso.local (1) | [Send connector could not connect](https://kb.example.org/en/events/msexchangetransport/2002/) |',
        '| Information | MSExchangeTransport | 2004 | 3 | 2024-01-02 14:55:00 | 2024-01-02 15:01:00 | EX02.contoso.local (2), EX01.contoso.local (1) | [Remote server rejected a message sent through a Send connector](https://kb.example.org/en/events/msexchangetransport/2004/) |',
        '| Information | MSExchange ADAccess | 2080 | 1 | 2024-01-02 14:50:00 | 2024-01-02 14:50:00 | EX01.contoso.local (1) | Not documented yet. [Search the site for MSExchange ADAccess 2080](https://kb.example.org/en/search/?q=MSExchange%20ADAccess%202080) |',
        '',
        '## MSExchangeTransport 12016',
        '',
        '- %1 FQDN of: mail.contoso.com (1)',
        '',
        '## MSExchangeTransport 2002',
        '',
        '- %1 Send connector: Internet (2)',
        '- %2 connecting to: mx1.fabrikam.com (1), mx2.fabrikam.com (1)',
        '',
        '## MSExchangeTransport 2004',
        '',
        '- %1 Send connector: Outbound to Office 365 (3)',
        '- %2 message ID: <a1@contoso.com> (1), <a2@contoso.com> (1), <a3@contoso.com> (1)',
        '- %3 SMTP response: 454 4.7.0 Failed to establish appropriate TLS channel: UntrustedRoot: Access Denied (2), 550 5.7.1 Unable to relay (1)',
        '- SMTP statuses: 454 4.7.0 (2), 550 5.7.1 (1)',
        '',
        '## MSExchange ADAccess 2080',
        '',
        '- %1: MSExchangeTransport.exe (1)',
        '- %2: 4242 (1)',
        '',
      ].join('\n'),
    );
  });
});

describe('reportCsv', () => {
  it('gives one row per group, in the reader’s language, that reads back as the same cells', async () => {
    const { groups, ctx } = await report('de');
    const csv = reportCsv(groups, ctx);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = [];
    const reader = createDelimitedReader(',', (r) => rows.push(r));
    reader.push(csv.slice(1));
    reader.end();
    expect(rows[0]).toEqual([
      'Ebene',
      'Quelle',
      'Ereignis-ID',
      'Anzahl',
      'Zuerst',
      'Zuletzt',
      'Server',
      'Artikel',
      'Adresse',
      'Werte',
      'SMTP-Statuscodes',
    ]);
    expect(rows[2]).toEqual([
      'Warnung',
      'MSExchangeTransport',
      '2002',
      '2',
      '2024-01-02 15:05:00',
      '2024-01-02 15:06:00',
      'EX01.contoso.local (1), EX02.contoso.local (1)',
      'Sendeconnector konnte keine Verbindung herstellen',
      'https://kb.example.org/de/events/msexchangetransport/2002/',
      '%1 Send connector: Internet (2)\n%2 connecting to: mx1.fabrikam.com (1), mx2.fabrikam.com (1)',
      '',
    ]);
    expect(rows).toHaveLength(5);
  });
});
