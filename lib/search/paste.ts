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
  eventId: ['event id', 'eventid', 'id', 'ereignis-id', 'ereigniskennung', 'код события'],
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
  const lines = text.split(/\r?\n/);
  const found: Partial<Record<keyof typeof headerNames, string>> = {};
  let descriptionStart = -1;
  for (const [index, line] of lines.entries()) {
    const match = headerLine.exec(line);
    if (!match) continue;
    const name = match[1]!.trim().toLowerCase();
    const field = (Object.keys(headerNames) as (keyof typeof headerNames)[]).find((key) =>
      headerNames[key].includes(name),
    );
    if (!field || found[field] !== undefined) continue;
    found[field] = match[2]!.trim();
    if (field === 'description') {
      descriptionStart = index;
      break;
    }
  }
  if (descriptionStart < 0 || (found.source === undefined && found.eventId === undefined))
    return null;
  const description = [found.description ?? '', ...lines.slice(descriptionStart + 1)]
    .join('\n')
    .trim();
  const id = found.eventId ? decodeEventId(found.eventId) : null;
  return {
    source: found.source || null,
    eventId: id,
    level: found.level || null,
    category: found.category || null,
    description,
  };
}
