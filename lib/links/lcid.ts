/** Windows language IDs (LCID) as Event Viewer sends them, mapped to the site's locales. */
import type { Locale } from '../i18n/config';

// Primary language IDs (the low 10 bits of an LCID): 0x07 German, 0x09 English, 0x19 Russian.
const byPrimaryLanguage: Record<number, Locale> = { 0x07: 'de', 0x09: 'en', 0x19: 'ru' };

/** `1031` → de, `2055` (de-CH) → de, `1049` → ru, `1033` → en; anything else → null. */
export function localeForLcid(value: string | null): Locale | null {
  if (value === null) return null;
  const text = value.trim();
  const lcid = /^0x[0-9a-f]{1,8}$/i.test(text)
    ? Number.parseInt(text, 16)
    : /^\d{1,10}$/.test(text)
      ? Number(text)
      : NaN;
  if (!Number.isFinite(lcid) || lcid <= 0 || lcid > 0xffff) return null;
  return byPrimaryLanguage[lcid & 0x3ff] ?? null;
}
