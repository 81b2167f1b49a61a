/** Sizes and time spans as the triage page prints them, in the reader's locale. */

function unit(locale: string, name: string, value: number, digits = 0): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: name,
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  }).format(value);
}

export function formatBytes(bytes: number, locale: string): string {
  if (bytes < 1024) return unit(locale, 'byte', bytes);
  if (bytes < 1024 * 1024) return unit(locale, 'kilobyte', bytes / 1024);
  return unit(locale, 'megabyte', bytes / (1024 * 1024), 1);
}

export function formatSpan(ms: number, locale: string): string {
  const minutes = ms / 60_000;
  if (minutes < 90) return unit(locale, 'minute', Math.max(1, Math.round(minutes)));
  if (minutes < 48 * 60) return unit(locale, 'hour', minutes / 60, 1);
  return unit(locale, 'day', minutes / (24 * 60), 1);
}
