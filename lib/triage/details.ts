/**
 * Text copied from Event Viewer's details pane ("Copy details as text"), one event or many in a
 * row: header lines (`Log Name:`, `Source:`, `Event ID:` … in English, German or Russian), then
 * the description, then optionally the event's XML, whose insertion strings are used.
 */
import { parseLogDate } from './dates';
import { eventFromXml } from './eventXml';
import { parseLevel } from './levels';
import type { EventSink, TextParser } from './model';
import { parseEventId } from './table';
import { parseXmlElement } from './xml';

type Field = 'logName' | 'source' | 'date' | 'eventId' | 'level' | 'computer' | 'description';

const labels: Record<string, Field> = {
  'log name': 'logName',
  protokollname: 'logName',
  'имя журнала': 'logName',
  source: 'source',
  quelle: 'source',
  источник: 'source',
  date: 'date',
  datum: 'date',
  дата: 'date',
  'event id': 'eventId',
  'ereignis-id': 'eventId',
  'код события': 'eventId',
  'идентификатор события': 'eventId',
  level: 'level',
  ebene: 'level',
  stufe: 'level',
  уровень: 'level',
  computer: 'computer',
  компьютер: 'computer',
  description: 'description',
  beschreibung: 'description',
  описание: 'description',
};

const labelLine = /^\s*([^:\t]{2,40}?)\s*:[ \t]*(.*)$/;
const maxBlockLength = 1 << 20;

export function fieldOfLine(line: string): { field: Field; value: string } | null {
  const match = labelLine.exec(line);
  const field = match && labels[match[1]!.toLowerCase().replace(/\s+/g, ' ')];
  return field ? { field, value: match[2]!.trim() } : null;
}

export function createDetailsParser(sink: EventSink): TextParser {
  let pending = '';
  let fields: Partial<Record<Field, string>> | null = null;
  let state: 'headers' | 'description' | 'xml' = 'headers';
  let description: string[] = [];
  let xml: string[] = [];
  let length = 0;

  const flush = () => {
    if (!fields) return;
    const parsed = xml.length > 0 ? parseXmlElement(xml.join('\n')) : null;
    const fromXml = parsed ? eventFromXml(parsed) : null;
    const source = fields.source?.trim() || fromXml?.source;
    const eventId = parseEventId(fields.eventId) ?? fromXml?.eventId ?? null;
    if (source && eventId !== null)
      sink.event({
        source,
        eventId,
        level: parseLevel(fields.level) ?? fromXml?.level ?? null,
        time: parseLogDate(fields.date) ?? fromXml?.time ?? null,
        computer: fields.computer?.trim() || fromXml?.computer || null,
        values: fromXml?.values ?? null,
        message: description.join('\n').trim() || null,
      });
    else sink.malformed();
    fields = null;
    state = 'headers';
    description = [];
    xml = [];
    length = 0;
  };

  const line = (text: string) => {
    length += text.length;
    if (length > maxBlockLength) return;
    const labelled = fieldOfLine(text);
    if (labelled?.field === 'logName' || (!fields && labelled)) {
      flush();
      fields = {};
    }
    if (!fields) return;
    if (state === 'xml') {
      xml.push(text);
      if (text.includes('</Event>')) state = 'description';
      return;
    }
    if (state === 'description' && xml.length === 0 && /^\s*<Event[\s>]/.test(text)) {
      // The line before the XML is its label ("Event Xml:", "Ereignis-XML:" …), not description.
      if (/^\S.{0,40}:\s*$/.test(description.at(-1) ?? '')) description.pop();
      state = text.includes('</Event>') ? 'description' : 'xml';
      xml.push(text);
      return;
    }
    if (state === 'description') {
      if (xml.length === 0) description.push(text);
      return;
    }
    if (labelled) {
      fields[labelled.field] ??= labelled.value;
      if (labelled.field === 'description') {
        state = 'description';
        if (labelled.value) description.push(labelled.value);
      }
    }
  };

  return {
    push(text) {
      const lines = (pending + text).split('\n');
      pending = lines.pop()!;
      // A "line" this long is not part of a details paste: drop it rather than hold it.
      if (pending.length > maxBlockLength) pending = '';
      for (const l of lines) line(l.replace(/\r$/, ''));
    },
    end() {
      if (pending) line(pending.replace(/\r$/, ''));
      pending = '';
      const truncated = state === 'xml';
      flush();
      return { truncated };
    },
  };
}
