/**
 * `npm run import`: reads legacy files (directories are searched for .txt files), converts each,
 * picks its path and writes it. Each file is imported or fails on its own; a failure never stops
 * the batch. English originals are placed before translations so that a translation in the same
 * batch finds its original's file name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale } from '../i18n/config';
import {
  convertLegacy,
  renderArticleFile,
  type ConvertOptions,
  type ImportedArticle,
} from './article';
import { ImportError } from './errors';
import { decodeText } from './lines';
import { chooseFileName, readTakenNames, type FileNameChoice, type TakenName } from './targets';
import { writeArticleFile, type WriteOutcome } from './write';

export interface ImportOptions {
  /** The content root to write into (`content` by default in the CLI). */
  outDir: string;
  force?: boolean;
  dryRun?: boolean;
  /** The public page the files were saved from; every original lists it as its source. */
  sourceUrl?: string;
  /** Date for exports without a "last modified" line; defaults to the current date. */
  today?: string;
  /** Called after every `progressEvery` files. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
}

export type FileResult =
  | { input: string; status: 'created' | 'overwritten'; target: string; warnings: string[] }
  | { input: string; status: 'skipped'; target: string; reason: string; warnings: string[] }
  | { input: string; status: 'failed'; reason: string };

export interface ImportReport {
  /** One result per input file in input order, after the paths that could not be read. */
  results: FileResult[];
  created: number;
  overwritten: number;
  skipped: number;
  failed: number;
  dryRun: boolean;
}

export const defaultProgressEvery = 100;

/**
 * The files to import: files given by name, whatever their extension, and the .txt files found
 * below directories (recursively, sorted). A name that does not exist is a failure.
 */
export function expandInputs(inputs: readonly string[]): {
  files: string[];
  missing: FileResult[];
} {
  const files: string[] = [];
  const missing: FileResult[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      missing.push({
        input: dir,
        status: 'failed',
        reason: `cannot read the directory (${errorCode(error)})`,
      });
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      let isDirectory = false;
      try {
        isDirectory = statSync(full).isDirectory();
      } catch {
        // A dangling link: a .txt name still gets its own "cannot read" failure below.
      }
      if (isDirectory) walk(full);
      else if (/\.txt$/iu.test(name)) files.push(full);
    }
  };
  for (const input of inputs) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch {
      missing.push({ input, status: 'failed', reason: 'no such file or directory' });
      continue;
    }
    if (isDirectory) walk(input);
    else files.push(input);
  }
  // The same file named twice (`a.txt`, `./a.txt`) is imported once.
  const seen = new Set<string>();
  return {
    files: files.filter((file) => !seen.has(path.resolve(file)) && seen.add(path.resolve(file))),
    missing,
  };
}

type Converted =
  | { index: number; input: string; article: ImportedArticle }
  | { index: number; input: string; error: string };

function errorCode(error: unknown): string {
  return (
    (error as NodeJS.ErrnoException).code ??
    (error instanceof Error ? error.message : String(error))
  );
}

function convertFile(input: string, index: number, options: ConvertOptions): Converted {
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    return { index, input, error: `cannot read it (${errorCode(error)})` };
  }
  try {
    return { index, input, article: convertLegacy(decodeText(bytes), options) };
  } catch (error) {
    // An unexpected error is still one file's failure: the batch goes on and the user sees why.
    const reason =
      error instanceof ImportError
        ? error.message
        : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    return { index, input, error: reason };
  }
}

export function importPaths(inputs: readonly string[], options: ImportOptions): ImportReport {
  const { files, missing } = expandInputs(inputs);
  const write = { force: options.force ?? false, dryRun: options.dryRun ?? false };
  const every = options.progressEvery ?? defaultProgressEvery;
  const convert = {
    sourceUrl: options.sourceUrl,
    today: options.today ?? new Date().toISOString().slice(0, 10),
  };
  const converted = files.map((file, index) => convertFile(file, index, convert));
  // Originals first, each group in input order.
  const isOriginal = (c: Converted) => 'article' in c && c.article.locale === defaultLocale;
  const queue = [...converted.filter(isOriginal), ...converted.filter((c) => !isOriginal(c))];

  const takenByFolder = new Map<string, TakenName[]>();
  const targetsWritten = new Map<string, string>();
  const results: { index: number; result: FileResult }[] = [];
  queue.forEach((item, done) => {
    results.push({
      index: item.index,
      result:
        'error' in item
          ? { input: item.input, status: 'failed', reason: item.error }
          : place(item.input, item.article),
    });
    if ((done + 1) % every === 0 && done + 1 < queue.length)
      options.onProgress?.(done + 1, queue.length);
  });

  function place(input: string, article: ImportedArticle): FileResult {
    const { frontmatter } = article;
    const englishFolder = path.join(options.outDir, defaultLocale, article.sourceSlug);
    const key = `${englishFolder}#${frontmatter.eventId}`;
    const taken = takenByFolder.get(key) ?? readTakenNames(englishFolder, frontmatter.eventId);
    takenByFolder.set(key, taken);
    const identity = {
      eventId: frontmatter.eventId,
      kind: frontmatter.kind,
      productVersions: frontmatter.productVersions ?? [],
    };
    let choice: FileNameChoice;
    try {
      choice = chooseFileName(identity, taken, `${frontmatter.source} ${frontmatter.eventId}`);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      return { input, status: 'failed', reason: error.message };
    }
    const target = path.join(options.outDir, article.locale, article.sourceSlug, choice.fileName);
    // Two inputs of one batch for the same article: the second would replace the first.
    const earlier = targetsWritten.get(target);
    if (earlier)
      return {
        input,
        status: 'failed',
        reason: `${earlier} of this batch is the same article (${target}); import one of them`,
      };
    targetsWritten.set(target, input);
    if (article.locale === defaultLocale && !choice.sameAsExisting)
      taken.push({ fileName: choice.fileName, identity });

    let outcome: WriteOutcome;
    try {
      outcome = writeArticleFile(target, renderArticleFile(article), write);
    } catch (error) {
      return { input, status: 'failed', reason: `cannot write ${target} (${errorCode(error)})` };
    }
    if (outcome === 'created' || outcome === 'overwritten')
      return { input, status: outcome, target, warnings: article.warnings };
    const reason =
      outcome === 'unchanged' ? 'already up to date' : 'already exists; --force replaces it';
    return { input, status: 'skipped', target, reason, warnings: article.warnings };
  }

  const all = [...missing.map((result) => ({ index: -1, result })), ...results]
    .sort((a, b) => a.index - b.index)
    .map((r) => r.result);
  const count = (status: FileResult['status']) => all.filter((r) => r.status === status).length;
  return {
    results: all,
    created: count('created'),
    overwritten: count('overwritten'),
    skipped: count('skipped'),
    failed: count('failed'),
    dryRun: write.dryRun,
  };
}
