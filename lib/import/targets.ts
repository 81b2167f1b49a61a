/**
 * Where an imported article goes: `<locale>/<source-slug>/<id>[-variant].md`. The file name is
 * decided by the English originals of the event, so that an original and its translations share
 * it (the importer places the originals of a batch first). In order:
 *
 * 1. An English original of the same article (same event, kind and product versions) keeps its
 *    name, whatever it is (`8004-exchange-2007-alert.md`): a re-import finds it, and a
 *    translation is written at its path, where the validator looks for its original. A text
 *    that states no product version matches the one original of its kind, if there is one.
 * 2. Otherwise the preferred name: `<id>.md` for an event, `<id>-alert.md` for an alert,
 *    `<id>-analyzer.md` for an analyzer rule.
 * 3. When that name (or its page address) is taken by another article of the event, the newest
 *    release goes into the name, as in the project's own variants: `<id>-exchange-2013.md`,
 *    `<id>-exchange-2007-alert.md`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { articleKinds, type ArticleKind } from '../content/schema';
import { releaseName, sortVersions } from '../content/versions';
import { ImportError } from './errors';

export interface ArticleIdentity {
  eventId: number;
  kind: ArticleKind;
  productVersions: readonly string[];
}

/** A file name in use in the English folder of a source, with the article it holds if readable. */
export interface TakenName {
  fileName: string;
  identity: ArticleIdentity | null;
}

export function sameArticle(a: ArticleIdentity, b: ArticleIdentity): boolean {
  const versions = (v: readonly string[]) => [...v].sort().join(',');
  return (
    a.eventId === b.eventId &&
    a.kind === b.kind &&
    versions(a.productVersions) === versions(b.productVersions)
  );
}

/** The names an article may take, preferred first. */
export function candidateFileNames(identity: ArticleIdentity): string[] {
  const suffix = identity.kind === 'event' ? '' : `-${identity.kind}`;
  const names = [`${identity.eventId}${suffix}.md`];
  const newest = sortVersions(identity.productVersions)[0];
  if (newest) {
    const release = releaseName(newest)
      .toLowerCase()
      .replace(/[^\p{Ll}\p{N}]+/gu, '-')
      .replace(/^-|-$/gu, '');
    names.push(
      `${identity.eventId}-${release.startsWith('exchange') ? release : `exchange-${release}`}${suffix}.md`,
    );
  }
  return names;
}

export interface FileNameChoice {
  fileName: string;
  /** True when an English original of this very article already has the name. */
  sameAsExisting: boolean;
}

/** The page address below the event that a file gets: its variant, or its kind when it has none. */
function addressOf(fileName: string, kind: ArticleKind | undefined): string | undefined {
  return /^\d+-(.+)\.md$/u.exec(fileName)?.[1] ?? kind;
}

/**
 * Picks the file name among those taken by the English originals of the event's folder. A
 * legacy text that states no product version matches the one original of its kind, if there is
 * exactly one (its translation belongs there); several make the choice ambiguous.
 */
export function chooseFileName(
  identity: ArticleIdentity,
  taken: readonly TakenName[],
  label: string,
): FileNameChoice {
  const twin = taken.find((t) => t.identity && sameArticle(t.identity, identity));
  if (twin) return { fileName: twin.fileName, sameAsExisting: true };
  if (identity.productVersions.length === 0) {
    const sameKind = taken.filter(
      (t) => t.identity?.eventId === identity.eventId && t.identity.kind === identity.kind,
    );
    if (sameKind.length === 1) return { fileName: sameKind[0]!.fileName, sameAsExisting: true };
    if (sameKind.length > 1)
      throw new ImportError(
        `the text states no product version, so it could be any of ${sameKind.map((t) => t.fileName).join(', ')}; add the Product Version to the legacy file`,
      );
  }
  // A free name must also give a free page address: 4006-analyzer.md and an analyzer 4006.md
  // would both be the event's "analyzer" page.
  const clash = (name: string) =>
    taken.find(
      (t) =>
        t.fileName === name ||
        (t.identity && addressOf(t.fileName, t.identity.kind) === addressOf(name, identity.kind)),
    );
  const candidates = candidateFileNames(identity);
  const free = candidates.find((name) => !clash(name));
  if (free) return { fileName: free, sameAsExisting: false };
  const holders = [...new Set(candidates.map((name) => clash(name)!.fileName))];
  throw new ImportError(
    `no free file name for this ${identity.kind} of ${label}: ${candidates.join(' and ')} would clash with ${holders.join(' and ')}, another article of the event; rename one of them`,
  );
}

/**
 * The names taken in one English source folder by articles of `eventId`, with their identity
 * read from the frontmatter. A file that cannot be read still takes its name.
 */
export function readTakenNames(folder: string, eventId: number): TakenName[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const ofEvent = new RegExp(`^${eventId}(?:-[^/]+)?\\.md$`, 'u');
  return names
    .filter((name) => ofEvent.test(name))
    .sort()
    .map((fileName) => ({ fileName, identity: readIdentity(path.join(folder, fileName)) }));
}

function readIdentity(file: string): ArticleIdentity | null {
  try {
    const text = readFileSync(file, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text);
    const data: unknown = match ? parse(match[1]!) : null;
    if (typeof data !== 'object' || data === null) return null;
    const { eventId, kind, productVersions } = data as Record<string, unknown>;
    if (typeof eventId !== 'number' || !articleKinds.includes(kind as ArticleKind)) return null;
    const versions = Array.isArray(productVersions) ? productVersions.map(String) : [];
    return { eventId, kind: kind as ArticleKind, productVersions: versions };
  } catch {
    return null;
  }
}
