/**
 * End to end: imports the fixtures folder into a copy of a small valid content tree and checks
 * the result with the validator that `npm run check:content` uses.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../content/corpus';
import { listFiles } from '../content/files';
import { importPaths, type FileResult } from './importer';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const validTree = path.join(import.meta.dirname, '..', 'content', 'fixtures', 'valid');
const fixture = (name: string) => path.join(fixtures, name);
const sourceUrl = 'https://technet.example.org/library/legacy';

const expectedTargets: Record<string, string> = {
  'en/MSExchangeTransport-9901.txt': 'en/msexchangetransport/9901.md',
  'de/MSExchangeTransport-9901.de.txt': 'de/msexchangetransport/9901.md',
  'ru/MSExchangeTransport-9901.ru.txt': 'ru/msexchangetransport/9901.md',
  'en/MSExchangeTransport-9902-alert.txt': 'en/msexchangetransport/9902-alert.md',
  'en/analyzer-sample-queue-warning.txt': 'en/msexchangetransport/9901-analyzer.md',
  'de/analyzer-sample-queue-warning.de.txt': 'de/msexchangetransport/9901-analyzer.md',
  'other/MSExchange-Sample-9904.txt': 'en/msexchange-sample/9904.md',
};
const failing = ['fr/MSExchangeTransport-9901.fr.txt', 'other/meeting-notes.txt'];

describe('importing the fixtures into a content tree', () => {
  let root: string;
  let before: string[];
  let results: FileResult[];

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'kb-import-'));
    cpSync(validTree, root, { recursive: true });
    before = listFiles(root);
    results = importPaths([fixtures], { outDir: root, sourceUrl }).results;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const resultOf = (name: string) => results.find((r) => r.input === fixture(name));

  it('reads every .txt file below the folder and nothing else', () => {
    expect(results.map((r) => path.relative(fixtures, r.input)).sort()).toEqual(
      [...Object.keys(expectedTargets), ...failing].sort(),
    );
  });

  it.each(Object.entries(expectedTargets))('creates %s at %s', (input, target) => {
    expect(resultOf(input)).toMatchObject({ status: 'created', target: path.join(root, target) });
  });

  it('fails the French page and the notes, saying why, and writes nothing for them', () => {
    expect(resultOf(failing[0]!)).toEqual({
      input: fixture(failing[0]!),
      status: 'failed',
      reason:
        'detected French (fr), which is not a configured locale; add it to lib/i18n/config.ts',
    });
    expect(resultOf(failing[1]!)).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/^not a legacy event, alert or analyzer article/u),
    });
    expect(listFiles(root).sort()).toEqual([...before, ...Object.values(expectedTargets)].sort());
  });

  it('gives content that passes the validator, translations attached to their original', () => {
    const { problems, corpus } = validateContent(root);
    expect(problems).toEqual([]);
    const article = corpus.articles.find((a) => a.id === 'msexchangetransport/9901/event');
    expect(Object.keys(article?.translations ?? {}).sort()).toEqual(['de', 'ru']);
    expect(
      Object.keys(
        corpus.articles.find((a) => a.id === 'msexchangetransport/9901/analyzer')?.translations ??
          {},
      ),
    ).toEqual(['de']);
    expect(corpus.eventByKey.get('msexchangetransport/9901')?.articles.map((a) => a.slug)).toEqual([
      'event',
      'analyzer',
    ]);
  });

  it('skips every file on a second run, and leaves edited files alone without --force', () => {
    const edited = path.join(root, 'en/msexchangetransport/9902-alert.md');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nEdited by hand.\n`);
    const again = importPaths([fixtures], { outDir: root, sourceUrl });
    expect([again.created, again.skipped, again.failed]).toEqual([0, 7, 2]);
    expect(
      again.results.find((r) => r.input === fixture('en/MSExchangeTransport-9902-alert.txt')),
    ).toMatchObject({ status: 'skipped', reason: 'already exists; --force replaces it' });
    expect(readFileSync(edited, 'utf8')).toContain('Edited by hand.');
  });

  it('replaces only changed files with --force', () => {
    const forced = importPaths([fixtures], { outDir: root, sourceUrl, force: true });
    expect([forced.created, forced.overwritten, forced.skipped, forced.failed]).toEqual([
      0, 1, 6, 2,
    ]);
    expect(
      readFileSync(path.join(root, 'en/msexchangetransport/9902-alert.md'), 'utf8'),
    ).not.toContain('Edited by hand.');
  });
});

describe('importPaths options', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'kb-import-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes nothing in a dry run but reports what it would create', () => {
    const report = importPaths([fixtures], { outDir: root, sourceUrl, dryRun: true });
    expect([report.created, report.skipped, report.failed, report.dryRun]).toEqual([7, 0, 2, true]);
    expect(listFiles(root)).toEqual([]);
  });

  it('reports progress every so many files', () => {
    const seen: string[] = [];
    importPaths([fixtures], {
      outDir: root,
      sourceUrl,
      dryRun: true,
      progressEvery: 3,
      onProgress: (done, total) => seen.push(`${done}/${total}`),
    });
    expect(seen).toEqual(['3/9', '6/9']);
  });

  it('fails a path that does not exist, and one article given twice', () => {
    const copy = path.join(root, 'copy.txt');
    cpSync(fixture('en/MSExchangeTransport-9901.txt'), copy);
    const original = fixture('en/MSExchangeTransport-9901.txt');
    const report = importPaths(
      [
        fixture('no-such.txt'),
        original,
        `${path.dirname(original)}/./${path.basename(original)}`,
        copy,
      ],
      { outDir: path.join(root, 'out'), sourceUrl, dryRun: true },
    );
    expect(report.results.map((r) => r.status)).toEqual(['failed', 'created', 'failed']);
    expect(report.results[0]).toEqual({
      input: fixture('no-such.txt'),
      status: 'failed',
      reason: 'no such file or directory',
    });
    expect(report.results[2]).toMatchObject({
      input: copy,
      reason: expect.stringMatching(
        /^.*MSExchangeTransport-9901\.txt of this batch is the same article/u,
      ),
    });
    rmSync(copy);
  });

  it('files a translation at the path of its hand-named original', () => {
    const tree = mkdtempSync(path.join(tmpdir(), 'kb-import-'));
    cpSync(validTree, tree, { recursive: true });
    const german = fixture('de/MSExchangeTransport-9901.de.txt');
    // The English original already exists under a name of its own.
    importPaths([fixture('en/MSExchangeTransport-9901.txt')], { outDir: tree, sourceUrl });
    cpSync(
      path.join(tree, 'en/msexchangetransport/9901.md'),
      path.join(tree, 'en/msexchangetransport/9901-exchange-2010.md'),
    );
    rmSync(path.join(tree, 'en/msexchangetransport/9901.md'));
    const report = importPaths([german], { outDir: tree, sourceUrl });
    expect(report.results[0]).toMatchObject({
      status: 'created',
      target: path.join(tree, 'de/msexchangetransport/9901-exchange-2010.md'),
    });
    expect(validateContent(tree).problems).toEqual([]);
    expect(existsSync(path.join(tree, 'de/msexchangetransport/9901.md'))).toBe(false);
    rmSync(tree, { recursive: true, force: true });
  });
});
