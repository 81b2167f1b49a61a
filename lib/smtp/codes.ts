/**
 * SMTP reply codes (`421`) and enhanced status codes (`4.2.2`): the facts in
 * content/smtp/codes.json. The registry lists enhanced codes with an `X` class; the site gives
 * each detail code one page per real class (4.y.z transient, 5.y.z permanent, 2.y.z success).
 */
import data from '../../content/smtp/codes.json';

export interface ReplyCode {
  code: string;
  class: string;
  meaning: string;
  reference: string;
}

export interface EnhancedCode {
  /** The registry form, `X.2.2`. */
  code: string;
  name: string | null;
  reference: string | null;
}

export const replyCodes: readonly ReplyCode[] = data.replyCodes;
export const enhancedCodes: readonly EnhancedCode[] = data.enhancedCodes;
export const enhancedClasses = data.enhancedClasses;
export const enhancedSubjects = data.enhancedSubjects;
export const exchangeNdrTexts: ReadonlyMap<string, string> = new Map(
  data.exchangeNdrTexts.map((e) => [e.code, e.text]),
);

export const enhancedClassDigits = ['2', '4', '5'] as const;

const replyByCode = new Map(replyCodes.map((r) => [r.code, r]));
const enhancedByDetail = new Map(enhancedCodes.map((e) => [e.code.slice(2), e]));

export type SmtpCodeEntry =
  | { type: 'reply'; code: string; reply: ReplyCode }
  | {
      type: 'enhanced';
      code: string;
      classDigit: (typeof enhancedClassDigits)[number];
      enhanced: EnhancedCode;
      ndrText: string | undefined;
    };

/** Looks up `421`, `4.2.2` or `X.2.2` (any case); null when the reference has no such code. */
export function findSmtpCode(code: string): SmtpCodeEntry | null {
  const normalized = code.trim().toUpperCase();
  const reply = replyByCode.get(normalized);
  if (reply) return { type: 'reply', code: normalized, reply };
  const match = /^([245])\.(\d{1,3}\.\d{1,3})$/.exec(normalized);
  const enhanced = match ? enhancedByDetail.get(match[2]!) : undefined;
  const classDigit = match?.[1] as (typeof enhancedClassDigits)[number] | undefined;
  if (!match || !enhanced || !classDigit || !hasClass(enhanced, classDigit)) return null;
  return {
    type: 'enhanced',
    code: normalized,
    classDigit,
    enhanced,
    ndrText: exchangeNdrTexts.get(normalized),
  };
}

export function isKnownSmtpCode(code: string): boolean {
  return findSmtpCode(code) !== null;
}

/**
 * Success (2.y.z) only makes sense for some subjects: other (2.0.0), addressing (2.1.5 "recipient
 * OK") and content (2.6.0 "queued for delivery"). Failures (4 and 5) exist for every detail code.
 */
const successSubjects = new Set(['0', '1', '6']);

function hasClass(enhanced: EnhancedCode, digit: (typeof enhancedClassDigits)[number]): boolean {
  return digit !== '2' || successSubjects.has(enhanced.code.split('.')[1] ?? '');
}

/** Every code that has a page: reply codes, then each enhanced detail code in its classes. */
export function allSmtpCodes(): string[] {
  const enhanced = enhancedCodes.flatMap((e) =>
    enhancedClassDigits
      .filter((digit) => hasClass(e, digit))
      .map((digit) => `${digit}${e.code.slice(1)}`),
  );
  return [...replyCodes.map((r) => r.code), ...enhanced];
}
