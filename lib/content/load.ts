/**
 * Reads every file under the content root into originals and translations, reporting each
 * problem of a single file. Cross-file rules live in validate.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, isLocale, type Locale } from '../i18n/config';
import { displayPath, listFiles, reservedFolders } from './files';
import type { Original, Translation } from './model';
import { parseContentFile } from './parse';
import { parseContentPath, sourceSlug } from './paths';
import type { Problem } from './problems';
import { originalSchema, translationSchema, type Facts } from './schema';
import { sectionHeadings } from './sections';

export interface LoadedFiles {
  originals: Original[];
  translations: (Translation & {
    facts: Partial<Facts>;
    keyLines: Map<string, number>;
    relative: string;
  })[];
  fileCounts: Partial<Record<Locale, number>>;
  problems: Problem[];
}

export function loadFiles(root: string): LoadedFiles {
  const loaded: LoadedFiles = { originals: [], translations: [], fileCounts: {}, problems: [] };
  for (const relative of listFiles(root)) {
    const topFolder = relative.split('/')[0] ?? '';
    if (reservedFolders.has(topFolder)) continue;
    loadFile(root, relative, loaded);
  }
  return loaded;
}

function loadFile(root: string, relative: string, loaded: LoadedFiles): void {
  const file = displayPath(root, relative);
  const report = (line: number, message: string): void => {
    loaded.problems.push({ file, line, message });
  };
  const where = parseContentPath(relative);
  if (typeof where === 'string') return report(1, where);
  if (!isLocale(where.locale))
    return report(1, `unknown locale "${where.locale}" (configured in lib/i18n/config.ts)`);
  const locale = where.locale;
  loaded.fileCounts[locale] = (loaded.fileCounts[locale] ?? 0) + 1;

  const text = readFileSync(path.join(root, relative), 'utf8');
  if (locale === defaultLocale) {
    const result = parseContentFile(file, text, originalSchema, sectionHeadings(locale));
    loaded.problems.push(...result.problems);
    if (!result.value) return;
    const { frontmatter, sections, links, keyLines } = result.value;
    const { title, updated, related, sources, missingMessageText: _why, ...facts } = frontmatter;
    if (sourceSlug(facts.source) !== where.sourceSlug)
      report(
        keyLines.get('source') ?? 1,
        `source "${facts.source}" belongs in folder "${sourceSlug(facts.source)}", not "${where.sourceSlug}"`,
      );
    if (facts.eventId !== where.eventId)
      report(
        keyLines.get('eventId') ?? 1,
        `eventId ${facts.eventId} does not match the file name (${where.eventId})`,
      );
    loaded.originals.push({
      file,
      path: where,
      title,
      updated,
      related,
      sources,
      facts,
      sections,
      links,
      keyLines,
    });
  } else {
    const result = parseContentFile(file, text, translationSchema, sectionHeadings(locale));
    loaded.problems.push(...result.problems);
    if (!result.value) return;
    const { frontmatter, sections, links, keyLines } = result.value;
    const { title, updated, related: _related, ...facts } = frontmatter;
    loaded.translations.push({
      file,
      relative,
      locale,
      title,
      updated,
      sections,
      links,
      facts,
      keyLines,
    });
  }
}
