import { decodeEventId } from './eventId';

/**
 * Event details copied as text: Event Viewer's "Copy details as text" (header lines `Source:`,
 * `Event ID:` … then `Description:` and the message), the older Event Viewer's layout (`Event
 * Source:`, `Event ID:`), and PowerShell's list output (`ProviderName :`, `Id :`, `Message :`).
 * Event Viewer localizes its labels, so they are recognised in English, German and Russian.
 */
export interface EventPaste {
  source: string | null;
  eventId: number | null;
  level: string | null;
  category: string | null;
  description: string;
}

const headerNames: Record<Exclude<keyof EventPaste, 'description'> | 'description', string[]> = {
  source: [
    'source',
    'event source',
    'providername',
    'quelle',
    'ereignisquelle',
    'источник',
    'источник события',
  ],
  eventId: [
    'event id',
    'eventid',
    'id',
    'instanceid',
    'ereignis-id',
    'ereigniskennung',
    'код события',
  ],
  level: [
    'level',
    'event type',
    'leveldisplayname',
    'entrytype',
    'ebene',
    'ereignistyp',
    'уровень',
    'тип события',
  ],
  category: [
    'task category',
    'event category',
    'category',
    'aufgabenkategorie',
    'ereigniskategorie',
    'kategorie',
    'категория задачи',
    'категория события',
    'категория',
  ],
  description: ['description', 'message', 'beschreibung', 'описание'],
};

const headerLine = /^\s*([\p{L}][\p{L} -]{1,30}):[ \t]*(.*)$/u;

/** Null when the text does not look like a copied event (needs a source or ID, and a description). */
export function parseEventPaste(text: string): EventPaste | null {
  const found: Partial<Record<keyof typeof headerNames, string>> = {};
  const description: string[] = [];
  let inDescription = false;
  for (const line of text.split(/\r?\n/)) {
    const field = headerField(line, found);
    if (field) {
      found[field.name] = field.value;
      // PowerShell lists the message before other fields; Event Viewer puts it last.
      inDescription = field.name === 'description';
      if (inDescription) description.push(field.value);
    } else if (inDescription) description.push(line);
  }
  if (
    found.description === undefined ||
    (found.source === undefined && found.eventId === undefined)
  )
    return null;
  return {
    source: found.source || null,
    eventId: found.eventId ? decodeEventId(found.eventId) : null,
    level: found.level || null,
    category: found.category || null,
    description: description.join('\n').trim(),
  };
}

/** A header line of a field not seen yet (a repeated label belongs to the description). */
function headerField(
  line: string,
  found: Partial<Record<keyof typeof headerNames, string>>,
): { name: keyof typeof headerNames; value: string } | null {
  const match = headerLine.exec(line);
  if (!match) return null;
  const label = match[1]!.trim().toLowerCase();
  const name = (Object.keys(headerNames) as (keyof typeof headerNames)[]).find((key) =>
    headerNames[key].includes(label),
  );
  return name && found[name] === undefined ? { name, value: match[2]!.trim() } : null;
}
