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
