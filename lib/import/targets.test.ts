import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  candidateFileNames,
  chooseFileName,
  readTakenNames,
  type ArticleIdentity,
} from './targets';

const event = (versions: string[] = ['14.0']): ArticleIdentity => ({
  eventId: 8004,
  kind: 'event',
  productVersions: versions,
});

describe('candidateFileNames', () => {
  it('gives events no variant and alerts and analyzer rules their kind', () => {
    expect(candidateFileNames(event())[0]).toBe('8004.md');
    expect(candidateFileNames({ ...event(['8.0']), kind: 'alert' })).toEqual([
      '8004-alert.md',
      '8004-exchange-2007-alert.md',
    ]);
    expect(candidateFileNames({ ...event([]), kind: 'analyzer' })).toEqual(['8004-analyzer.md']);
  });

  it('names the newest release as the fallback', () =>
    expect(candidateFileNames(event(['8.0', '15.0']))[1]).toBe('8004-exchange-2013.md'));
});

describe('chooseFileName', () => {
  it('takes the preferred name when it is free', () =>
    expect(chooseFileName(event(), [], 'S 8004')).toEqual({
      fileName: '8004.md',
      sameAsExisting: false,
    }));

  it('reuses the name of an original of the same article, whatever it is', () => {
    const taken = [
      {
        fileName: '8004-exchange-2007-alert.md',
        identity: { eventId: 8004, kind: 'alert' as const, productVersions: ['8.0'] },
      },
    ];
    expect(
      chooseFileName({ eventId: 8004, kind: 'alert', productVersions: ['8.0'] }, taken, 'S 8004'),
    ).toEqual({ fileName: '8004-exchange-2007-alert.md', sameAsExisting: true });
  });

  it('puts the release in the name when the main name holds another version', () => {
    const taken = [{ fileName: '8004.md', identity: event(['8.0']) }];
    expect(chooseFileName(event(['15.0']), taken, 'S 8004').fileName).toBe('8004-exchange-2013.md');
  });

  it('never takes the name of an unreadable file, and fails when no name is left', () => {
    const taken = [
      { fileName: '8004.md', identity: null },
      { fileName: '8004-exchange-2010.md', identity: null },
    ];
    expect(() => chooseFileName(event(), taken, 'S 8004')).toThrow(
      'no free file name for this event of S 8004: 8004.md and 8004-exchange-2010.md would clash with 8004.md and 8004-exchange-2010.md, another article of the event; rename one of them',
    );
  });

  it('avoids a name whose page address a main file of the same kind already has', () => {
    const analyzerMain = [
      {
        fileName: '4006.md',
        identity: { eventId: 4006, kind: 'analyzer' as const, productVersions: ['6.5'] },
      },
    ];
    expect(
      chooseFileName(
        { eventId: 4006, kind: 'analyzer', productVersions: ['14.0'] },
        analyzerMain,
        'S 4006',
      ).fileName,
    ).toBe('4006-exchange-2010-analyzer.md');
  });

  it('matches a text without versions to the one original of its kind, and refuses to guess among several', () => {
    const one = [
      {
        fileName: '4006.md',
        identity: { eventId: 4006, kind: 'analyzer' as const, productVersions: ['6.5'] },
      },
    ];
    expect(
      chooseFileName({ eventId: 4006, kind: 'analyzer', productVersions: [] }, one, 'S 4006'),
    ).toEqual({ fileName: '4006.md', sameAsExisting: true });
    const two = [
      { fileName: '1018.md', identity: event(['14.0']) },
      { fileName: '1018-exchange-2013.md', identity: event(['15.0']) },
    ].map((t) => ({ ...t, identity: { ...t.identity, eventId: 1018 } }));
    expect(() =>
      chooseFileName({ eventId: 1018, kind: 'event', productVersions: [] }, two, 'S 1018'),
    ).toThrow(/could be any of 1018.md, 1018-exchange-2013.md/u);
  });
});

describe('readTakenNames', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-targets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the identity of the event's files and nothing else", () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, '8004.md'),
      "---\nkind: event\neventId: 8004\nproductVersions: ['14.0']\n---\n",
    );
    writeFileSync(path.join(dir, '8004-broken.md'), '---\n: : :\n---\n');
    writeFileSync(path.join(dir, '80040.md'), '---\nkind: event\neventId: 80040\n---\n');
    expect(readTakenNames(dir, 8004)).toEqual([
      { fileName: '8004-broken.md', identity: null },
      {
        fileName: '8004.md',
        identity: { eventId: 8004, kind: 'event', productVersions: ['14.0'] },
      },
    ]);
    expect(readTakenNames(path.join(dir, 'missing'), 1)).toEqual([]);
  });
});
