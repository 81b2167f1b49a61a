/**
 * Every sample export in fixtures/ holds the same seven events (see fixtures/sampleEvents.ts):
 * each format, in each language, must give the same report.
 */
import { describe, expect, it } from 'vitest';
import { formatLogDate } from './dates';
import { writeEvtx } from './fixtures/evtxWriter';
import { sampleEvents } from './fixtures/sampleEvents';
import type { LogFormat } from './model';
import type { Group } from './report';
import { fixture, triageBytes, utf16le } from './testing';

/** What a reader sees of a group, in a form a test can state exactly. */
function summary(group: Group) {
  return {
    event: `${group.source} ${group.eventId}`,
    level: group.level,
    count: group.count,
    first: group.first === null ? null : formatLogDate(group.first),
    servers: group.servers.map((s) => `${s.value} ×${s.count}`),
    values: group.values.map(
      (v) => `%${v.placeholder}: ${v.values.map((c) => `${c.value} ×${c.count}`).join(', ')}`,
    ),
    smtp: group.smtp.map((s) => `${s.value} ×${s.count}`),
  };
}

interface Expectation {
  format: LogFormat;
  /** Text exports write the server's local time (UTC+1 in the samples); the others UTC. */
  localTime: boolean;
  computers: boolean;
  /** XML, JSON and EVTX carry insertion strings, so even the undocumented event has values. */
  insertionStrings: boolean;
}

function expected({ localTime, computers, insertionStrings }: Expectation) {
  const hour = (h: number) => h + (localTime ? 1 : 0);
  const time = (h: number, m: number) =>
    `2024-01-02 ${String(hour(h)).padStart(2, '0')}:${String(m).padStart(2, '0')}:00`;
  const servers = (list: string[]) => (computers ? list : []);
  return [
    {
      event: 'MSExchangeTransport 12016',
      level: 'error',
      count: 1,
      first: time(15, 10),
      servers: servers(['EX01.contoso.local ×1']),
      values: ['%1: mail.contoso.com ×1'],
      smtp: [],
    },
    {
      event: 'MSExchangeTransport 2002',
      level: 'warning',
      count: 2,
      first: time(15, 5),
      servers: servers(['EX01.contoso.local ×1', 'EX02.contoso.local ×1']),
      values: ['%1: Internet ×2', '%2: mx1.fabrikam.com ×1, mx2.fabrikam.com ×1'],
      smtp: [],
    },
    {
      event: 'MSExchangeTransport 2004',
      level: 'information',
      count: 3,
      first: time(14, 55),
      servers: servers(['EX02.contoso.local ×2', 'EX01.contoso.local ×1']),
      values: [
        '%1: Outbound to Office 365 ×3',
        '%2: <a1@contoso.com> ×1, <a2@contoso.com> ×1, <a3@contoso.com> ×1',
        '%3: 454 4.7.0 Failed to establish appropriate TLS channel: UntrustedRoot: Access Denied ×2, 550 5.7.1 Unable to relay ×1',
      ],
      smtp: ['454 4.7.0 ×2', '550 5.7.1 ×1'],
    },
    {
      event: 'MSExchange ADAccess 2080',
      level: 'information',
      count: 1,
      first: time(14, 50),
      servers: servers(['EX01.contoso.local ×1']),
      values: insertionStrings ? ['%1: MSExchangeTransport.exe ×1', '%2: 4242 ×1'] : [],
      smtp: [],
    },
  ];
}

const text = { localTime: true, computers: true, insertionStrings: false };
const cases: [string, Expectation][] = [
  ['eventviewer-en.csv', { format: 'event-viewer-csv', ...text, computers: false }],
  ['eventviewer-de.csv', { format: 'event-viewer-csv', ...text, computers: false }],
  ['eventviewer-ru.csv', { format: 'event-viewer-csv', ...text, computers: false }],
  ['eventviewer-en.txt', { format: 'event-viewer-txt', ...text, computers: false }],
  ['eventviewer-de.txt', { format: 'event-viewer-txt', ...text, computers: false }],
  ['eventviewer-ru.txt', { format: 'event-viewer-txt', ...text, computers: false }],
  ['powershell-en.csv', { format: 'powershell-csv', ...text }],
  ['powershell-de.csv', { format: 'powershell-csv', ...text }],
  ['powershell-ru.csv', { format: 'powershell-csv', ...text }],
  ['details-en.txt', { format: 'details-text', ...text }],
  ['details-ru.txt', { format: 'details-text', ...text }],
  ['wevtutil-en.xml', { format: 'xml', localTime: false, computers: true, insertionStrings: true }],
  [
    'wevtutil-rendered-de.xml',
    { format: 'xml', localTime: false, computers: true, insertionStrings: true },
  ],
  [
    'eventviewer-saved-ru.xml',
    { format: 'xml', localTime: false, computers: true, insertionStrings: true },
  ],
  // PowerShell 7 writes local time with its offset, Windows PowerShell /Date(UTC ms)/.
  [
    'powershell-en.json',
    { format: 'powershell-json', localTime: false, computers: true, insertionStrings: true },
  ],
  [
    'powershell-de.json',
    { format: 'powershell-json', localTime: false, computers: true, insertionStrings: true },
  ],
  [
    'powershell-ru.json',
    { format: 'powershell-json', localTime: false, computers: true, insertionStrings: true },
  ],
];

describe('sample exports', () => {
  it.each(cases)(
    '%s gives the four groups with their counts, servers and values',
    async (name, expectation) => {
      const { result, groups } = await triageBytes(name, fixture(name));
      expect(result).toMatchObject({ format: expectation.format, events: 7, ok: true, notes: [] });
      expect(groups.map(summary)).toEqual(expected(expectation));
    },
  );

  it('reads a German details paste whose 2002 events carry their event XML (local dates, XML values)', async () => {
    const { result, groups } = await triageBytes('details-de.txt', fixture('details-de.txt'));
    expect(result).toMatchObject({ format: 'details-text', events: 7, notes: [] });
    expect(groups.map(summary)).toEqual(expected({ format: 'details-text', ...text }));
  });

  it('reads an EVTX file written from the documented structures', async () => {
    const { result, groups } = await triageBytes('sample.evtx', writeEvtx(sampleEvents, 3));
    expect(result).toMatchObject({ format: 'evtx', encoding: null, events: 7, notes: [] });
    expect(groups.map(summary)).toEqual(
      expected({ format: 'evtx', localTime: false, computers: true, insertionStrings: true }),
    );
  });

  it('links each documented group to its catalog entry and leaves the undocumented one unlinked', async () => {
    const { groups } = await triageBytes('wevtutil-en.xml', fixture('wevtutil-en.xml'));
    expect(groups.map((g) => g.catalogKey)).toEqual([
      'msexchangetransport/12016',
      'msexchangetransport/2002',
      'msexchangetransport/2004',
      null,
    ]);
  });
});

describe('encodings', () => {
  it.each([
    'eventviewer-de.txt',
    'eventviewer-ru.csv',
    'powershell-ru.json',
    'details-ru.txt',
    'eventviewer-saved-ru.xml',
  ])('%s saved as UTF-16 LE with a byte order mark gives the same report', async (name) => {
    const plain = await triageBytes(name, fixture(name));
    const wide = await triageBytes(name, utf16le(fixture(name)));
    expect(wide.result).toMatchObject({ encoding: 'utf-16le', events: 7, notes: [] });
    expect(wide.groups.map(summary)).toEqual(plain.groups.map(summary));
  });

  it('reads UTF-8 with a byte order mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...fixture('powershell-en.csv')]);
    const { result } = await triageBytes('bom.csv', bytes);
    expect(result).toMatchObject({ encoding: 'utf-8', events: 7, notes: [] });
  });

  it('reads a Russian export in Windows-1251 and says the encoding was guessed', async () => {
    const text = new TextDecoder().decode(fixture('eventviewer-ru.csv'));
    const bytes = new Uint8Array(
      [...text].map((c) => {
        const code = c.charCodeAt(0);
        if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
        return code < 0x80 ? code : 0x3f;
      }),
    );
    const { result, groups } = await triageBytes('cp1251.csv', bytes);
    expect(result).toMatchObject({
      encoding: 'windows-1251',
      events: 7,
      notes: [{ code: 'legacy-encoding', encoding: 'windows-1251' }],
    });
    expect(groups.map((g) => g.level)).toEqual(['error', 'warning', 'information', 'information']);
  });
});
