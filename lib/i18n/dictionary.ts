/** UI strings per locale, with English for any key a locale lacks. */
import type { Locale } from './config';
import de from './dictionaries/de';
import en, { type Dictionary, type MessageKey } from './dictionaries/en';
import ru from './dictionaries/ru';

export type { Dictionary, MessageKey };

/** Every locale must be listed here: the type makes a missing one a compile error. */
const partialDictionaries: Record<Locale, Partial<Dictionary>> = { en, de, ru };

const cache = new Map<Locale, Dictionary>();

export function getDictionary(locale: Locale): Dictionary {
  let dictionary = cache.get(locale);
  if (!dictionary) {
    dictionary = { ...en, ...partialDictionaries[locale] };
    cache.set(locale, dictionary);
  }
  return dictionary;
}

/** Keys of the English dictionary that a locale does not translate. */
export function missingKeys(locale: Locale): MessageKey[] {
  const own = partialDictionaries[locale];
  return (Object.keys(en) as MessageKey[]).filter((key) => own[key] === undefined);
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * A `t(key, values)` function for one locale. Number values are formatted with the locale's
 * rules (pass identifiers such as event IDs as strings); a plural message picks its form by
 * `values.count`.
 */
export function translator(locale: Locale): Translate {
  const dictionary = getDictionary(locale);
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  return (key, values) => {
    const message = dictionary[key];
    const count = values?.count;
    const text =
      typeof message === 'string'
        ? message
        : (message[plurals.select(typeof count === 'number' ? count : 0)] ?? message.other);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}
