/**
 * Which export a file is, from its first bytes and its first decoded text. Each file is detected
 * on its own, so files of different formats can be triaged together.
 */
import { fieldOfLine } from './details';
import type { LogFormat } from './model';
import { tableKind } from './table';
import { createDelimitedReader } from './delimited';

export interface DetectedFormat {
  format: LogFormat;
  /** For tabular formats. */
  delimiter?: ',' | ';' | '\t';
}

const evtxSignature = [0x45, 0x6c, 0x66, 0x46, 0x69, 0x6c, 0x65, 0x00]; // "ElfFile\0"

export function isEvtx(head: Uint8Array): boolean {
  return evtxSignature.every((b, i) => head[i] === b);
}

/** The first record of delimited text, read the way the table parser will read it. */
function firstRecord(text: string, delimiter: ',' | ';' | '\t'): string[] {
  const records: string[][] = [];
  const reader = createDelimitedReader(delimiter, (r) => records.push(r));
  reader.push(text.slice(0, 8192));
  reader.end();
  const first = records.find((r) => !(r.length === 1 && r[0]!.startsWith('#')));
  return first ?? [];
}

function detectTable(text: string): DetectedFormat | null {
  for (const delimiter of ['\t', ',', ';'] as const) {
    const kind = tableKind(firstRecord(text, delimiter));
    if (kind === 'event-viewer')
      return { format: delimiter === '\t' ? 'event-viewer-txt' : 'event-viewer-csv', delimiter };
    if (kind === 'powershell') return { format: 'powershell-csv', delimiter };
  }
  return null;
}

/** True when a few of the first lines are details-pane headers (source and event ID at least). */
function looksLikeDetails(text: string): boolean {
  const fields = new Set(
    text
      .slice(0, 8192)
      .split(/\r?\n/)
      .slice(0, 40)
      .map((line) => fieldOfLine(line)?.field),
  );
  return fields.has('source') && fields.has('eventId');
}

/** `text` is the start of the file decoded, without its byte order mark. */
export function detectFormat(head: Uint8Array, text: string): DetectedFormat | null {
  if (isEvtx(head)) return { format: 'evtx' };
  const start = text.trimStart();
  if (start.startsWith('<'))
    return /<(?:[\w.-]+:)?Event[\s>]/.test(start) ? { format: 'xml' } : null;
  if (start.startsWith('[') || start.startsWith('{'))
    return /"(ProviderName|Source)"\s*:/.test(start) && /"(Id|EventID)"\s*:/.test(start)
      ? { format: 'powershell-json' }
      : null;
  return detectTable(start) ?? (looksLikeDetails(start) ? { format: 'details-text' } : null);
}
