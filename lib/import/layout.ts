/**
 * Recognises the parts of a legacy article and which of the three layouts it has:
 *
 *   title · [bracketed note] · "Topic Last Modified: date" · introduction ·
 *   Details table (event, alert) · sections (Explanation, User Action, For More Information)
 *
 * An event has a Details table with Event ID and Event Source; an alert's table adds Alert Type
 * and the MOM rule; an analyzer rule has no table, a bracketed note about the analyzer tool,
 * and names the event it watches in its prose.
 */
import type { SectionKey } from '../content/sections';
import { isChromeLine } from './chrome';
import { isDetailsHeading, parseDetails, startsDetails, type Details } from './details';
import { ImportError } from './errors';
import { datePattern, findWatchedEvent, parseDate, type WatchedEvent } from './facts';
import { sectionOfHeading } from './headings';
import { toBlocks, type Line } from './lines';

export interface RawSection {
  key: SectionKey;
  lines: Line[];
}

export interface LegacyDocument {
  title: string | null;
  lastModified: { label: string; date: string | null; text: string } | null;
  /** The bracketed note of analyzer articles ("[This topic addresses an issue reported by …]"). */
  note: string | null;
  /** The value of an "Applies to:" line, which names releases. */
  appliesTo: string | null;
  /** Lines after the "last modified" line up to the Details table or the first section. */
  intro: Line[];
  details: Details | null;
  /** Body lines under no heading: after the Details table of an article that has no sections. */
  unheaded: Line[];
  sections: RawSection[];
}

const lastModifiedLine = new RegExp(
  String.raw`^(\D*\p{L}\D*?)\s*[:：]?\s*(${datePattern})\.?$`,
  'u',
);
const appliesToLine =
  /^(?:applies to|gilt für|применимо к|область применения|s'applique à|se aplica a)\s*[:：]\s*(.+)$/iu;

/** Where the header ends: the Details table, a label of it, or the first section heading. */
function isHeaderEnd(text: string): boolean {
  return isDetailsHeading(text) || startsDetails(text) || sectionOfHeading(text) !== null;
}

export function splitDocument(allLines: readonly Line[]): LegacyDocument {
  // Chrome lines become blank lines, so that they still separate the blocks around them.
  const lines = allLines.map((line) => (isChromeLine(line.text) ? { ...line, text: '' } : line));
  const firstText = lines.findIndex((line) => line.text !== '');
  let headerEnd = lines.findIndex(
    (line, index) => index > firstText && line.text !== '' && isHeaderEnd(line.text),
  );
  if (headerEnd === -1) headerEnd = lines.length;
  const header = lines.slice(0, headerEnd);

  const lmIndex = header.findIndex((line) => lastModifiedLine.test(line.text));
  const lmMatch = lmIndex === -1 ? null : lastModifiedLine.exec(header[lmIndex]!.text)!;
  const lastModified = lmMatch
    ? { label: lmMatch[1]!.trim(), date: parseDate(lmMatch[2]!), text: lmMatch[0] }
    : null;

  let title: string | null = null;
  let titleOpen = false;
  let note: string | null = null;
  let noteLines: string[] | null = null;
  let appliesTo: string | null = null;
  const intro: Line[] = [];
  for (const [index, line] of header.entries()) {
    const text = line.text;
    if (index === lmIndex || text === '') {
      titleOpen = false;
      if (text === '' && index > lmIndex && intro.length > 0) intro.push(line);
      continue;
    }
    // The note is bracketed and may run over several lines.
    if (noteLines || (note === null && text.startsWith('['))) {
      noteLines = [...(noteLines ?? []), text];
      if (text.endsWith(']')) {
        note = noteLines
          .join(' ')
          .replace(/^\[|\]$/gu, '')
          .trim();
        noteLines = null;
      }
      continue;
    }
    const applies = appliesToLine.exec(text);
    if (applies) {
      appliesTo = applies[1]!.trim();
      continue;
    }
    // The title is the first text; a title wrapped by the export continues on the next line.
    if (title === null || titleOpen) {
      title = title === null ? text : `${title} ${text}`;
      titleOpen = true;
      continue;
    }
    if (index > lmIndex) intro.push(line);
  }
  // A note whose closing bracket never came still is the note, not the introduction.
  if (noteLines) note = noteLines.join(' ').replace(/^\[/u, '').trim();

  const rest = lines.slice(headerEnd);
  const firstHeading = rest.findIndex((line) => sectionOfHeading(line.text) !== null);
  const tableLines = firstHeading === -1 ? rest : rest.slice(0, firstHeading);
  const hasTable = tableLines.some((line) => startsDetails(line.text));
  const table = hasTable ? parseDetails(tableLines, { bodyAfterTable: firstHeading === -1 }) : null;

  const sections: RawSection[] = [];
  for (const line of firstHeading === -1 ? [] : rest.slice(firstHeading)) {
    const key = sectionOfHeading(line.text);
    if (key) {
      // A heading given twice (a page that repeats "User Action") continues the same section.
      const existing = sections.find((s) => s.key === key);
      if (existing) sections.push(sections.splice(sections.indexOf(existing), 1)[0]!);
      else sections.push({ key, lines: [] });
      continue;
    }
    sections.at(-1)!.lines.push(line);
  }
  return {
    title,
    lastModified,
    note,
    appliesTo,
    intro,
    details: table?.details ?? null,
    unheaded: table?.body ?? [],
    sections,
  };
}

export type LegacyLayout =
  | { kind: 'event'; details: Details }
  | { kind: 'alert'; details: Details }
  | { kind: 'analyzer'; watched: WatchedEvent };

const mentionsAnalyzer = /analy[sz]er|analyse-?tool|анализатор/iu;

/** Which layout the document has; throws an ImportError saying why when it has none. */
export function recogniseLayout(doc: LegacyDocument): LegacyLayout {
  const details = doc.details;
  if (details) {
    const isAlert =
      details.alertType !== undefined ||
      details.rulePath !== undefined ||
      details.ruleName !== undefined;
    if (details.eventId === undefined) throw new ImportError('the Details table has no Event ID');
    if (details.source === undefined)
      throw new ImportError('the Details table has no Event Source');
    return { kind: isAlert ? 'alert' : 'event', details };
  }
  const intro = toBlocks(doc.intro)
    .map((b) => b.text)
    .join('\n');
  if (mentionsAnalyzer.test(doc.note ?? '') || mentionsAnalyzer.test(intro)) {
    // The sentence naming the event usually opens the text; a page with headings may have it
    // under Explanation instead.
    const sections = doc.sections
      .flatMap((s) => toBlocks(s.lines))
      .map((b) => b.text)
      .join('\n');
    return { kind: 'analyzer', watched: findWatchedEvent(`${intro}\n${sections}`) };
  }
  throw new ImportError(
    'not a legacy event, alert or analyzer article: it has no Details table with Event ID and Event Source, and no analyzer introduction naming an event',
  );
}
