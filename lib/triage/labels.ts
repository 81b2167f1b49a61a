/**
 * The UI strings of the triage page and its exports (a slice of the dictionary: `triage.*` and
 * `level.*`), and how one is filled: a plural message by the locale's rules, then `{name}` slots.
 */
import { fill } from '../i18n/fill';
import type { DictionarySlice } from '../i18n/slice';
import { pluralForm } from '../i18n/plural';
import type { TriageLevel } from './model';

export type TriageLabels = DictionarySlice<'triage.'> & DictionarySlice<'level.'>;
export type TriageLabelKey = keyof TriageLabels;

export function label(
  labels: TriageLabels,
  locale: string,
  key: TriageLabelKey,
  values: Record<string, string | number> = {},
): string {
  const message = labels[key];
  const count = typeof values.count === 'number' ? values.count : 0;
  const text = typeof message === 'string' ? message : pluralForm(message, count, locale);
  const numbers = new Intl.NumberFormat(locale);
  return fill(
    text,
    Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? numbers.format(v) : v]),
    ),
  );
}

export function levelLabel(labels: TriageLabels, level: TriageLevel | 'unknown' | null): string {
  switch (level) {
    case 'error':
    case 'warning':
    case 'information':
      return labels[`level.${level}`];
    case 'critical':
    case 'verbose':
      return labels[`triage.level.${level}`];
    default:
      return labels['triage.level.unknown'];
  }
}
