/** What the SMTP reference pages show, derived from the facts and the texts of one locale. */
import type { Corpus } from '../content/model';
import { defaultLocale, type Locale } from '../i18n/config';
import {
  enhancedClassDigits,
  enhancedCodes,
  findSmtpCode,
  isKnownSmtpCode,
  replyCodes,
  type SmtpCodeEntry,
} from './codes';
import type { SmtpText, SmtpTexts } from './texts';

export interface SmtpPageData {
  entry: SmtpCodeEntry;
  /** First digit: 2 success, 3 intermediate, 4 transient, 5 permanent. */
  classDigit: string;
  /** Subject digit of an enhanced code, or null for a reply code. */
  subject: string | null;
  text: SmtpText | null;
  /** Language of the text (the original's when the locale lacks it). */
  textLang: Locale;
  events: string[];
  /** The same enhanced detail in the other classes that have a page. */
  siblings: string[];
}

/** The key of a code's text: the reply code, or the registry form `X.y.z`. */
export function textKey(entry: SmtpCodeEntry): string {
  return entry.type === 'reply' ? entry.code : entry.enhanced.code;
}

export function smtpPageData(
  corpus: Corpus,
  smtpTexts: SmtpTexts,
  code: string,
  locale: Locale,
): SmtpPageData | null {
  const entry = findSmtpCode(code);
  if (!entry) return null;
  const key = textKey(entry);
  const own = smtpTexts[locale].get(key);
  const original = smtpTexts[defaultLocale].get(key) ?? null;
  const detail = entry.type === 'enhanced' ? entry.code.slice(1) : '';
  return {
    entry,
    classDigit: entry.code[0]!,
    subject: entry.type === 'enhanced' ? (entry.code.split('.')[1] ?? null) : null,
    text: own ?? original,
    textLang: own ? locale : defaultLocale,
    events: (original?.events ?? []).filter((k) => corpus.eventByKey.has(k)),
    siblings:
      entry.type === 'enhanced'
        ? enhancedClassDigits
            .map((d) => `${d}${detail}`)
            .filter((c) => c !== entry.code && isKnownSmtpCode(c))
        : [],
  };
}

/** Reply codes grouped by first digit, for the index page. */
export function replyCodeGroups(): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const reply of [...replyCodes].sort((a, b) => a.code.localeCompare(b.code)))
    groups.set(reply.code[0]!, [...(groups.get(reply.code[0]!) ?? []), reply.code]);
  return [...groups.entries()];
}

/** Enhanced detail codes grouped by subject: for each, the pages it has (4.y.z, 5.y.z …). */
export function enhancedCodeGroups(): [
  string,
  { registry: string; name: string | null; codes: string[] }[],
][] {
  const groups = new Map<string, { registry: string; name: string | null; codes: string[] }[]>();
  for (const enhanced of enhancedCodes) {
    const subject = enhanced.code.split('.')[1]!;
    const codes = enhancedClassDigits
      .map((d) => `${d}${enhanced.code.slice(1)}`)
      .filter(isKnownSmtpCode);
    groups.set(subject, [
      ...(groups.get(subject) ?? []),
      { registry: enhanced.code, name: enhanced.name, codes },
    ]);
  }
  return [...groups.entries()];
}
