import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeArticleFile } from './write';

describe('writeArticleFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-write-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string) => path.join(dir, 'en', 'source', name);

  it('creates the file and its folders', () => {
    expect(writeArticleFile(file('1.md'), 'one', { force: false, dryRun: false })).toBe('created');
    expect(readFileSync(file('1.md'), 'utf8')).toBe('one');
  });

  it('never replaces an existing file without force', () => {
    expect(writeArticleFile(file('1.md'), 'two', { force: false, dryRun: false })).toBe('exists');
    expect(readFileSync(file('1.md'), 'utf8')).toBe('one');
  });

  it('leaves a file holding the same text alone, with or without force', () => {
    expect(writeArticleFile(file('1.md'), 'one', { force: true, dryRun: false })).toBe('unchanged');
  });

  it('replaces it with force', () => {
    expect(writeArticleFile(file('1.md'), 'two', { force: true, dryRun: false })).toBe(
      'overwritten',
    );
    expect(readFileSync(file('1.md'), 'utf8')).toBe('two');
  });

  it('writes nothing in a dry run but tells what it would do', () => {
    expect(writeArticleFile(file('2.md'), 'x', { force: false, dryRun: true })).toBe('created');
    expect(existsSync(file('2.md'))).toBe(false);
    writeFileSync(file('3.md'), 'old');
    expect(writeArticleFile(file('3.md'), 'new', { force: true, dryRun: true })).toBe(
      'overwritten',
    );
    expect(readFileSync(file('3.md'), 'utf8')).toBe('old');
  });
});
