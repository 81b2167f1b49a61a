/**
 * Writes one article file. An existing file is never replaced unless `force` is given; a file
 * that already holds exactly the new text is left alone either way; `dryRun` only reports what
 * would happen.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface WriteOptions {
  force: boolean;
  dryRun: boolean;
}

/** `exists`: a different file is there and `force` was not given. */
export type WriteOutcome = 'created' | 'overwritten' | 'unchanged' | 'exists';

export function writeArticleFile(file: string, text: string, options: WriteOptions): WriteOutcome {
  const exists = existsSync(file);
  if (exists && readFileSync(file, 'utf8') === text) return 'unchanged';
  if (exists && !options.force) return 'exists';
  if (options.dryRun) return exists ? 'overwritten' : 'created';
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // `wx` fails if the file appeared since the check: another run must not be overwritten.
    writeFileSync(file, text, { encoding: 'utf8', flag: exists ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw error;
  }
  return exists ? 'overwritten' : 'created';
}
