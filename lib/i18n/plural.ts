/** Picking the plural form of a message for a count, by the locale's CLDR rules. */
import type { PluralMessage } from './dictionaries/en';

export function pluralForm(message: PluralMessage, count: number, locale: string): string {
  const form = new Intl.PluralRules(locale).select(count);
  return (message[form] ?? message.other).replace(
    '{count}',
    new Intl.NumberFormat(locale).format(count),
  );
}
