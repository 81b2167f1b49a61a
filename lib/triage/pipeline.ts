/**
 * One file through triage: its bytes arrive piece by piece (File.stream() in the browser, a file
 * stream in the benchmark, arrays in tests); the first 64 KiB decide encoding and format; the
 * parser for that format feeds the aggregator. Whatever the bytes, the result is a FileResult
 * with notes the page words for the reader; nothing here throws.
 */
import type { Aggregator } from './aggregate';
import { detectFormat } from './detect';
import { createDetailsParser } from './details';
import { sniffEncoding } from './encoding';
import { createEvtxReader } from './evtx/reader';
import { createJsonParser } from './json';
import type { EventSink, FileNote, FileResult, TextParser } from './model';
import { createTableParser } from './table';
import { createXmlParser } from './xmlStream';

export interface TriageInput {
  name: string;
  size: number;
  chunks: AsyncIterable<Uint8Array>;
}

export interface TriageHooks {
  /** Checked between pieces; true stops reading (the file is marked cancelled). */
  cancelled?: () => boolean;
  /** Bytes read so far of this file. */
  progress?: (bytes: number) => void;
}

const headSize = 64 * 1024;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function textParser(
  format: FileResult['format'],
  delimiter: ',' | ';' | '\t' | undefined,
  sink: EventSink,
): TextParser {
  switch (format) {
    case 'xml':
      return createXmlParser(sink);
    case 'powershell-json':
      return createJsonParser(sink);
    case 'details-text':
      return createDetailsParser(sink);
    default:
      return createTableParser(delimiter ?? ',', sink);
  }
}

interface Consumer {
  push(bytes: Uint8Array): void;
  end(): FileNote[];
}

function textConsumer(result: FileResult, parser: TextParser, bomLength: number): Consumer {
  const decoder = new TextDecoder(result.encoding ?? 'utf-8');
  let skip = bomLength;
  let replaced = false;
  const feed = (text: string) => {
    if (!replaced && result.encoding === 'utf-8' && text.includes('\uFFFD')) replaced = true;
    parser.push(text);
  };
  return {
    push(bytes) {
      const body = skip > 0 ? bytes.subarray(skip) : bytes;
      skip = Math.max(0, skip - bytes.length);
      feed(decoder.decode(body, { stream: true }));
    },
    end() {
      feed(decoder.decode());
      const notes: FileNote[] = [];
      if (parser.end().truncated) notes.push({ code: 'truncated' });
      if (replaced) notes.push({ code: 'undecodable-characters' });
      return notes;
    },
  };
}

async function* readAll(chunks: AsyncIterable<Uint8Array>, hooks: TriageHooks, result: FileResult) {
  let bytes = 0;
  for await (const chunk of chunks) {
    if (hooks.cancelled?.()) {
      result.notes.push({ code: 'cancelled' });
      return;
    }
    bytes += chunk.length;
    yield chunk;
    hooks.progress?.(bytes);
  }
}

/** Detects encoding and format from the first bytes; null when the file is not a known export. */
function startConsumer(bytes: Uint8Array, result: FileResult, sink: EventSink): Consumer | null {
  const { encoding, bomLength } = sniffEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes.subarray(bomLength, headSize));
  const detected = detectFormat(bytes, text);
  if (!detected) return null;
  result.format = detected.format;
  if (detected.format === 'evtx') return createEvtxReader(sink);
  result.encoding = encoding;
  if (encoding === 'windows-1251' || encoding === 'windows-1252')
    result.notes.push({ code: 'legacy-encoding', encoding });
  return textConsumer(result, textParser(detected.format, detected.delimiter, sink), bomLength);
}

export async function triageInput(
  input: TriageInput,
  aggregator: Aggregator,
  hooks: TriageHooks = {},
): Promise<FileResult> {
  const result: FileResult = {
    name: input.name,
    size: input.size,
    format: null,
    encoding: null,
    events: 0,
    ok: false,
    notes: [],
  };
  let malformed = 0;
  const sink: EventSink = {
    event(event) {
      result.events++;
      aggregator.add(event);
    },
    malformed: () => void malformed++,
  };
  const cancelled = () => result.notes.some((n) => n.code === 'cancelled');
  try {
    const head: Uint8Array[] = [];
    let headLength = 0;
    let decided = false;
    let consumer: Consumer | null = null;
    const decide = () => {
      decided = true;
      const bytes = concat(head);
      consumer = startConsumer(bytes, result, sink);
      consumer?.push(bytes);
    };
    for await (const chunk of readAll(input.chunks, hooks, result)) {
      if (consumer) {
        (consumer as Consumer).push(chunk);
        continue;
      }
      head.push(chunk);
      headLength += chunk.length;
      if (headLength >= headSize) {
        decide();
        if (!consumer) break;
      }
    }
    if (!decided && headLength > 0 && !cancelled()) decide();
    if (cancelled()) {
      // What was read so far stays in the report; the parser is not asked to finish.
    } else if (headLength === 0) result.notes.push({ code: 'empty' });
    else if (!consumer) result.notes.push({ code: 'not-a-log' });
    else result.notes.push(...(consumer as Consumer).end());
  } catch {
    result.notes.push({ code: 'unreadable' });
  }
  if (malformed > 0) result.notes.push({ code: 'malformed', count: malformed });
  if (result.format && result.events === 0 && !cancelled())
    result.notes.push({ code: 'no-events' });
  result.ok = result.events > 0;
  return result;
}
