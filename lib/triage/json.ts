/**
 * PowerShell's `Get-WinEvent | ConvertTo-Json` (and `Get-EventLog`), read piece by piece: an
 * array of records, one record, or Windows PowerShell's `{"value": [...], "Count": n}` wrapper.
 * Each record object is cut out of the stream by counting brackets, parsed alone and let go.
 */
import { parseLogDate } from './dates';
import { parseLevel } from './levels';
import type { EventSink, LogEvent, TextParser, TriageLevel } from './model';
import { parseEventId } from './table';

const maxRecordLength = 4 << 20;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonRecord = { [key: string]: Json };

const entryTypes: { [key: string]: TriageLevel } = {
  '1': 'error',
  '2': 'warning',
  '4': 'information',
  '8': 'information',
  '16': 'warning',
};

const text = (value: Json | undefined): string | null =>
  value === null || value === undefined || typeof value === 'object' ? null : String(value);

/** `TimeCreated` is a string, or in Windows PowerShell sometimes `{ "value": …, "DateTime": … }`. */
function timeOf(value: Json | undefined): number | null {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return parseLogDate(text(value.value)) ?? parseLogDate(text(value.DateTime));
  return parseLogDate(text(value));
}

function valuesOf(record: JsonRecord): string[] | null {
  const properties = record.Properties ?? record.ReplacementStrings;
  if (!Array.isArray(properties)) return null;
  return properties.map((p) => {
    const value = p && typeof p === 'object' && !Array.isArray(p) ? p.Value : p;
    return text(value as Json) ?? (value === null ? '' : JSON.stringify(value));
  });
}

export function eventFromJson(record: JsonRecord): LogEvent | null {
  const source = text(record.ProviderName ?? record.Source)?.trim();
  const eventId = parseEventId(text(record.Id ?? record.EventID ?? record.EventId));
  if (!source || eventId === null) return null;
  const entryType = text(record.EntryType);
  return {
    source,
    eventId,
    level:
      parseLevel(text(record.Level)) ??
      parseLevel(text(record.LevelDisplayName)) ??
      (entryType ? (entryTypes[entryType] ?? parseLevel(entryType)) : null),
    time: timeOf(record.TimeCreated ?? record.TimeGenerated),
    computer: text(record.MachineName)?.trim() || null,
    values: valuesOf(record),
    message: text(record.Message),
  };
}

export function createJsonParser(sink: EventSink): TextParser {
  let buffer = '';
  let position = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** Depth at which record objects open: 1 in an array, 2 inside the wrapper, 0 for one record. */
  let recordDepth: number | null = null;
  let recordStart = -1;

  const emit = (json: string) => {
    let parsed: Json;
    try {
      parsed = JSON.parse(json) as Json;
    } catch {
      return sink.malformed();
    }
    const event =
      parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? eventFromJson(parsed) : null;
    if (event) sink.event(event);
    else sink.malformed();
  };

  const scan = () => {
    if (recordDepth === null) {
      const head = buffer.trimStart();
      if (head.length < 32 && !/^\[|^\{\s*"/.test(head)) return;
      recordDepth = head.startsWith('[') ? 1 : /^\{\s*"value"\s*:\s*\[/.test(head) ? 2 : 0;
    }
    for (; position < buffer.length; position++) {
      const c = buffer[position];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (c === '"') inString = true;
      else if (c === '{' || c === '[') {
        if (c === '{' && depth === recordDepth) recordStart = position;
        depth++;
      } else if (c === '}' || c === ']') {
        depth--;
        if (c === '}' && depth === recordDepth && recordStart >= 0) {
          emit(buffer.slice(recordStart, position + 1));
          recordStart = -1;
        }
      }
    }
    // Let go of what is read: keep only the record being cut out.
    const keep = recordStart >= 0 ? recordStart : buffer.length;
    if (recordStart >= 0 && buffer.length - recordStart > maxRecordLength) {
      sink.malformed();
      recordStart = -1;
      buffer = '';
      position = 0;
      return;
    }
    buffer = buffer.slice(keep);
    position -= keep;
    if (recordStart >= 0) recordStart = 0;
  };

  return {
    push(piece) {
      buffer += piece;
      scan();
    },
    end() {
      if (recordDepth === null && buffer.trim()) {
        recordDepth = buffer.trimStart().startsWith('[') ? 1 : 0;
        scan();
      }
      return { truncated: depth > 0 || inString };
    },
  };
}
