/**
 * Tabular exports: Event Viewer's "Save All Events As" CSV and tab-delimited text (column names
 * in the language of the Windows that wrote them; the description is a sixth column without a
 * name) and PowerShell's `Get-WinEvent | Export-Csv` (or `Get-EventLog`), whose first line may be
 * `#TYPE …`. Columns are found by name, so any column order and subset works.
 */
import { parseLogDate } from './dates';
import { createDelimitedReader } from './delimited';
import { parseLevel } from './levels';
import type { EventSink, TextParser } from './model';

type Column = 'level' | 'time' | 'source' | 'eventId' | 'computer' | 'message';

const columnNames: Record<string, Column> = {
  level: 'level',
  ebene: 'level',
  уровень: 'level',
  leveldisplayname: 'level',
  entrytype: 'level',
  'date and time': 'time',
  'datum und uhrzeit': 'time',
  'дата и время': 'time',
  timecreated: 'time',
  timegenerated: 'time',
  source: 'source',
  quelle: 'source',
  источник: 'source',
  providername: 'source',
  'event id': 'eventId',
  'ereignis-id': 'eventId',
  'код события': 'eventId',
  id: 'eventId',
  eventid: 'eventId',
  computer: 'computer',
  компьютер: 'computer',
  machinename: 'computer',
  description: 'message',
  beschreibung: 'message',
  описание: 'message',
  message: 'message',
};

/** Names only Event Viewer's own export uses (PowerShell's columns are English identifiers). */
const eventViewerNames = new Set([
  'date and time',
  'datum und uhrzeit',
  'дата и время',
  'task category',
  'aufgabenkategorie',
  'категория задачи',
]);

const normalize = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

export type TableKind = 'event-viewer' | 'powershell';

/** What kind of export a header row belongs to, or null when it is not an event table. */
export function tableKind(header: string[]): TableKind | null {
  const names = header.map(normalize);
  const columns = new Set(names.map((n) => columnNames[n]));
  if (!columns.has('source') || !columns.has('eventId')) return null;
  return names.some((n) => eventViewerNames.has(n)) ? 'event-viewer' : 'powershell';
}

/** Event IDs above 65535 carry qualifier bits (Get-EventLog's InstanceId style): keep the ID. */
export function parseEventId(text: string | null | undefined): number | null {
  const value = text?.trim() ?? '';
  if (!/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id > 0xffff ? id & 0xffff : id;
}

export function createTableParser(delimiter: ',' | ';' | '\t', sink: EventSink): TextParser {
  let header: { columns: (Column | undefined)[]; width: number } | null = null;
  const onRecord = (fields: string[]) => {
    if (!header) {
      if (fields.length === 1 && fields[0]!.startsWith('#')) return; // #TYPE line
      header = { columns: fields.map((f) => columnNames[normalize(f)]), width: fields.length };
      return;
    }
    const cell = (column: Column) => {
      const index = header!.columns.indexOf(column);
      return index < 0 ? null : (fields[index] ?? null);
    };
    const source = cell('source')?.trim();
    const eventId = parseEventId(cell('eventId'));
    if (!source || eventId === null) return sink.malformed();
    // Event Viewer's description has no column name: it is whatever follows the named columns.
    const extra = fields.length > header.width ? fields.slice(header.width).join(delimiter) : null;
    const levelIndexes = header.columns.flatMap((c, i) => (c === 'level' ? [i] : []));
    sink.event({
      source,
      eventId,
      level: levelIndexes.map((i) => parseLevel(fields[i])).find((l) => l !== null) ?? null,
      time: parseLogDate(cell('time')),
      computer: cell('computer')?.trim() || null,
      values: null,
      message: cell('message') ?? extra,
    });
  };
  const reader = createDelimitedReader(delimiter, onRecord, () => sink.malformed());
  return { push: (text) => reader.push(text), end: () => reader.end() };
}
