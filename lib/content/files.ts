/** Finding content files on disk. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The content folder: `KB_CONTENT_DIR` when set (generated corpora, tests), else `content/`. */
export function contentRoot(): string {
  return path.resolve(process.env.KB_CONTENT_DIR ?? path.join(process.cwd(), 'content'));
}

/** Folders under the content root that are not locales. */
export const reservedFolders = new Set(['smtp']);

/** Every file below `root`, as paths relative to it with forward slashes, sorted. */
export function listFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return found;
}

/** How a file is named in problem reports: relative to the working directory when inside it. */
export function displayPath(root: string, relative: string): string {
  const full = path.join(root, relative);
  const fromCwd = path.relative(process.cwd(), full);
  return (fromCwd.startsWith('..') ? full : fromCwd).split(path.sep).join('/');
}
