/**
 * Event IDs as readers type them. Event Viewer's XML and some tools log the full message ID with
 * its severity and facility bits (`0x400407D4`, `1074005972`); the event ID is the low 16 bits.
 */
export const maxEventId = 65535;

/** `2004`, `0x400407D4`, `1074005972` → 2004; anything else → null. */
export function decodeEventId(input: string): number | null {
  const text = input.trim();
  if (/^0x[0-9a-f]{1,8}$/i.test(text)) return Number.parseInt(text.slice(2), 16) & 0xffff;
  if (!/^\d{1,10}$/.test(text)) return null;
  const value = Number(text);
  if (value <= maxEventId) return value;
  return value <= 0xffffffff ? value & 0xffff : null;
}

export interface IdMention {
  id: number;
  /** Introduced by a word that says it is an event ID ("Event ID:", "Ereignis-ID", "Код события"). */
  cued: boolean;
  index: number;
}

/**
 * An ID as people write it: plain, with a thousands separator or locale grouping (`15.002`,
 * `15,002`, `15 002`), or as a logged message ID (`0x400407D4`, `1074005972`). Not part of a
 * version, date, time, address or longer number.
 */
const idPattern =
  /(?<![\p{L}\p{N}_.:/\\-])(0x[0-9a-f]{1,8}|\d{1,2}[.,\u00a0\u202f ]\d{3}(?!\d)|\d{1,10})(?![\p{L}\p{N}_:/\\-]|[.,]\d)/giu;
const idCue =
  /(?<![\p{L}])(?:event[\s_-]*id|eventid|event|ereignis-?id|ereigniskennung|ereignis(?:nummer)?|ereignisse?|id|код\s+событи[яй]|событи[еяю]|ид)\s*[:=#№]?\s*$/iu;
/** Numbers right after these words are versions, updates, ports or sizes, not event IDs. */
const notAnId =
  /(?<![\p{L}])(?:exchange|server|windows|version|версия|build|kb|sp|cu|rollup|update|port|порт|mb|gb|размер|größe)\s*$/iu;

/** Event IDs mentioned in a text, in order. */
export function findEventIds(text: string): IdMention[] {
  const found: IdMention[] = [];
  for (const match of text.slice(0, 2000).matchAll(idPattern)) {
    const raw = match[1]!;
    const grouped = /^\d{1,2}[.,\u00a0\u202f ]\d{3}$/.test(raw);
    const id = decodeEventId(grouped ? raw.replace(/\D/g, '') : raw);
    if (id === null) continue;
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const cued = idCue.test(before);
    if (!cued && notAnId.test(before)) continue;
    found.push({ id, cued, index: match.index });
  }
  return found;
}
