/**
 * A typed slice of one locale's dictionary: the messages whose keys start with a prefix, for a
 * client component that needs many of them (it gets plain data, not a translate function).
 */
import type { Locale } from './config';
import { getDictionary, type Dictionary, type MessageKey } from './dictionary';

export type DictionarySlice<P extends string> = Pick<
  Dictionary,
  Extract<MessageKey, `${P}${string}`>
>;

export function dictionarySlice<P extends string>(locale: Locale, prefix: P): DictionarySlice<P> {
  const dictionary = getDictionary(locale);
  return Object.fromEntries(
    Object.entries(dictionary).filter(([key]) => key.startsWith(prefix)),
  ) as DictionarySlice<P>;
}
