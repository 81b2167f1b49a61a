/**
 * What log triage works with: one event as read from an exported log (only the fields the report
 * needs), the formats it reads and what it says about each file.
 */

/** Event levels from most to least severe. */
export const triageLevels = ['critical', 'error', 'warning', 'information', 'verbose'] as const;
export type TriageLevel = (typeof triageLevels)[number];

export interface LogEvent {
  source: string;
  eventId: number;
  level: TriageLevel | null;
  /**
   * Milliseconds since 1970. Formats that store UTC (XML, EVTX, JSON) give UTC; text exports
   * write the server's local time without a zone, which is kept as written (read as UTC).
   */
  time: number | null;
  computer: string | null;
  /** Insertion strings, `%1` first, when the format carries them. */
  values: string[] | null;
  /** The rendered description, when the format carries it. */
  message: string | null;
}

export const logFormats = [
  'evtx',
  'event-viewer-csv',
  'event-viewer-txt',
  'xml',
  'powershell-csv',
  'powershell-json',
  'details-text',
] as const;
export type LogFormat = (typeof logFormats)[number];

/** Text encodings a file can be read in (legacy code pages for exports that are not Unicode). */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

/**
 * Something the reader should know about one file. Codes, not sentences: the page words them
 * in the reader's language.
 */
export type FileNote =
  | { code: 'not-a-log' }
  | { code: 'empty' }
  | { code: 'unreadable' }
  | { code: 'truncated' }
  | { code: 'malformed'; count: number }
  | { code: 'legacy-encoding'; encoding: TextEncoding }
  | { code: 'undecodable-characters' }
  | { code: 'checksum'; count: number }
  | { code: 'no-events' }
  | { code: 'too-many-kinds'; count: number }
  | { code: 'cancelled' };

export interface FileResult {
  name: string;
  size: number;
  format: LogFormat | null;
  encoding: TextEncoding | null;
  events: number;
  /** False when nothing could be read from the file. */
  ok: boolean;
  notes: FileNote[];
}

/** Receives what a parser reads. */
export interface EventSink {
  event(event: LogEvent): void;
  /** A record that is there but could not be read as an event. */
  malformed(): void;
}

/** A parser of one text format: fed decoded text piece by piece, never the whole file at once. */
export interface TextParser {
  push(text: string): void;
  /** End of input; `truncated` is set when the input ended inside a record. */
  end(): { truncated: boolean };
}
