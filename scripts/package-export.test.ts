import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageExport } from './package-export';

describe('packageExport', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'kb-package-'));
  const site = path.join(work, 'out');
  mkdirSync(path.join(site, 'en'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(site, 'en', 'index.html'), '<!doctype html><p>en');
  const dist = path.join(work, 'dist');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('packs the export under one versioned folder, with checksums sha256sum accepts', async () => {
    const result = await packageExport(site, dist, 'transport-events-kb-1.2.3-abc');
    expect(result.archives[0]).toBe('transport-events-kb-1.2.3-abc.tar.gz');
    const listing = execFileSync('tar', ['-tzf', path.join(dist, result.archives[0]!)], {
      encoding: 'utf8',
    });
    expect(listing.split('\n').filter(Boolean).sort()).toEqual([
      'transport-events-kb-1.2.3-abc/',
      'transport-events-kb-1.2.3-abc/en/',
      'transport-events-kb-1.2.3-abc/en/index.html',
      'transport-events-kb-1.2.3-abc/index.html',
    ]);
    const sums = readFileSync(path.join(dist, result.checksums), 'utf8');
    expect(sums.split('\n').filter(Boolean)).toHaveLength(result.archives.length);
    expect(
      execFileSync('sha256sum', ['-c', result.checksums], { cwd: dist, encoding: 'utf8' }),
    ).toContain('transport-events-kb-1.2.3-abc.tar.gz: OK');
  });
});
