/**
 * Packs a built export for an air-gapped web server: a tar.gz (and a zip, where the `zip` tool
 * is installed) whose one top folder is named after the version and the build, plus a
 * SHA-256 checksum file in the format `sha256sum -c` reads.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface PackageResult {
  archives: string[];
  checksums: string;
}

function hasTool(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Writes `<name>.tar.gz`, `<name>.zip` and `<name>.sha256` into `distDir`. */
export async function packageExport(
  exportDir: string,
  distDir: string,
  name: string,
): Promise<PackageResult> {
  mkdirSync(distDir, { recursive: true });
  // The archives' top folder is the export itself, reached through a link named `name`.
  const stage = path.join(distDir, '.stage');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage);
  symlinkSync(path.resolve(exportDir), path.join(stage, name));
  const archives = [`${name}.tar.gz`];
  try {
    const tarOptions = ['--dereference', '--owner=0', '--group=0', '--sort=name'];
    execFileSync('tar', [...tarOptions, '-czf', path.resolve(distDir, archives[0]!), name], {
      cwd: stage,
    });
    if (hasTool('zip')) {
      archives.push(`${name}.zip`);
      execFileSync('zip', ['-qrX', path.resolve(distDir, `${name}.zip`), name], { cwd: stage });
    }
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  const lines = await Promise.all(
    archives.map(async (archive) => `${await sha256(path.join(distDir, archive))}  ${archive}\n`),
  );
  const checksums = `${name}.sha256`;
  writeFileSync(path.join(distDir, checksums), lines.join(''));
  return { archives, checksums };
}
