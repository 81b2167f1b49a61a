/** Files that are not logs, cut short or damaged get a note; nothing throws. */
import { describe, expect, it } from 'vitest';
import { writeEvtx } from './fixtures/evtxWriter';
import { sampleEvents } from './fixtures/sampleEvents';
import { fixture, triageBytes } from './testing';

const encode = (text: string) => new TextEncoder().encode(text);

describe('files that are not event logs', () => {
  it('says an empty file is empty', async () => {
    const { result } = await triageBytes('empty.csv', new Uint8Array());
    expect(result).toMatchObject({ ok: false, format: null, notes: [{ code: 'empty' }] });
  });

  it('says a picture is not a log', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
    ]);
    const { result } = await triageBytes('logo.png', png);
    expect(result).toMatchObject({ ok: false, format: null, notes: [{ code: 'not-a-log' }] });
  });

  it('says a CSV of something else is not a log', async () => {
    const { result } = await triageBytes(
      'people.csv',
      encode('Name,Email\nAnna,anna@example.org\n'),
    );
    expect(result.notes).toEqual([{ code: 'not-a-log' }]);
  });

  it('says an export with a header and no rows holds no events', async () => {
    const { result } = await triageBytes(
      'header.csv',
      encode('Level,Date and Time,Source,Event ID,Task Category\r\n'),
    );
    expect(result).toMatchObject({
      ok: false,
      format: 'event-viewer-csv',
      notes: [{ code: 'no-events' }],
    });
  });
});

describe('damaged exports', () => {
  it('reads a CSV cut inside a quoted description up to the cut and says it is truncated', async () => {
    const bytes = fixture('eventviewer-en.csv');
    const text = new TextDecoder().decode(bytes);
    const cut = text.indexOf('Process MSExchangeTransport.exe') + 10;
    const { result, groups } = await triageBytes('cut.csv', encode(text.slice(0, cut)));
    expect(result).toMatchObject({ ok: true, events: 6, notes: [{ code: 'truncated' }] });
    expect(groups.map((g) => g.count)).toEqual([1, 2, 3]);
  });

  it('reads XML cut inside an event up to the cut and says it is truncated', async () => {
    const text = new TextDecoder().decode(fixture('wevtutil-en.xml'));
    const fourth = text.split('<Event ').slice(0, 4).join('<Event ').length;
    const cut = fourth + 200;
    const { result } = await triageBytes('cut.xml', encode(text.slice(0, cut)));
    expect(result).toMatchObject({ ok: true, events: 3, notes: [{ code: 'truncated' }] });
  });

  it('reads JSON cut inside a record up to the cut and says it is truncated', async () => {
    const text = new TextDecoder().decode(fixture('powershell-en.json'));
    const { result } = await triageBytes(
      'cut.json',
      encode(text.slice(0, Math.floor(text.length / 2))),
    );
    expect(result.ok).toBe(true);
    expect(result.notes).toEqual([{ code: 'truncated' }]);
  });

  it('counts rows that are not events and reads the rest', async () => {
    const text =
      'Level,Date and Time,Source,Event ID,Task Category\r\nError,1/2/2024 1:00:00 PM,MSExchangeTransport,not-a-number,x,y\r\nError,1/2/2024 1:00:00 PM,MSExchangeTransport,2004,x,y\r\n';
    const { result } = await triageBytes('rows.csv', encode(text));
    expect(result).toMatchObject({ ok: true, events: 1, notes: [{ code: 'malformed', count: 1 }] });
  });

  it('reads an EVTX file cut in its last chunk up to its last complete record', async () => {
    const file = writeEvtx(sampleEvents, 3); // three chunks: 3 + 3 + 1 records
    const { result } = await triageBytes('cut.evtx', file.subarray(0, 4096 + 65_536 + 700));
    expect(result.notes).toContainEqual({ code: 'truncated' });
    expect(result.events).toBeGreaterThanOrEqual(3);
    expect(result.events).toBeLessThan(7);
  });

  it('says an EVTX file whose header was altered fails its checksum, and still reads it', async () => {
    const file = writeEvtx(sampleEvents).slice();
    file[100] = 0x55;
    const { result } = await triageBytes('altered.evtx', file);
    expect(result).toMatchObject({ events: 7, notes: [{ code: 'checksum', count: 1 }] });
  });

  it('reads an EVTX file shorter than its header as truncated, without events', async () => {
    const { result } = await triageBytes('short.evtx', writeEvtx(sampleEvents).subarray(0, 1000));
    expect(result).toMatchObject({
      ok: false,
      format: 'evtx',
      notes: [{ code: 'truncated' }, { code: 'no-events' }],
    });
  });
});

describe('EVTX binary XML layouts', () => {
  it('reads UserData whose elements carry no dependency identifier', async () => {
    const bare = sampleEvents.map((e) => (e.userData ? { ...e, userData: 'bare' as const } : e));
    const { groups } = await triageBytes('bare.evtx', writeEvtx(bare));
    expect(groups.at(-1)!.values.map((v) => v.values[0]!.value)).toEqual([
      'MSExchangeTransport.exe',
      '4242',
    ]);
  });
});

describe('several files of different formats', () => {
  it('triages each on its own into one report', async () => {
    const { Aggregator } = await import('./aggregate');
    const { triageInput } = await import('./pipeline');
    const { pieces, testCatalog } = await import('./testing');
    const { buildGroups } = await import('./report');
    const aggregator = new Aggregator(testCatalog);
    const results = [];
    for (const [name, bytes] of [
      ['a.csv', fixture('eventviewer-en.csv')],
      ['notes.txt', encode('just some notes')],
      ['b.evtx', writeEvtx(sampleEvents)],
    ] as const)
      results.push(
        await triageInput({ name, size: bytes.length, chunks: pieces(bytes) }, aggregator),
      );
    expect(results.map((r) => [r.name, r.format, r.events])).toEqual([
      ['a.csv', 'event-viewer-csv', 7],
      ['notes.txt', null, 0],
      ['b.evtx', 'evtx', 7],
    ]);
    expect(buildGroups(aggregator.snapshot()).map((g) => g.count)).toEqual([2, 4, 6, 2]);
  });
});
