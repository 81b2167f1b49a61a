/**
 * SMTP statuses in placeholder values: a reply with its enhanced code (`454 4.7.0 …` →
 * `454 4.7.0`), a reply alone (`550 Relay denied` → `550`) or an enhanced code inside other text
 * (`… failed with #5.7.1 …` → `5.7.1`).
 */

const reply = /^\s*([245]\d\d)(?:[ -]+#?([245]\.\d{1,3}\.\d{1,3}))?(?![\d.])/;
const enhanced = /(?<![\d.])#?([245]\.\d{1,3}\.\d{1,3})(?![\d.]*\d)/;

const normalizeEnhanced = (code: string) =>
  code
    .split('.')
    .map((part) => String(Number(part)))
    .join('.');

export function smtpStatus(value: string): string | null {
  const answer = reply.exec(value);
  if (answer) return answer[2] ? `${answer[1]} ${normalizeEnhanced(answer[2])}` : answer[1]!;
  const code = enhanced.exec(value);
  return code ? normalizeEnhanced(code[1]!) : null;
}

/** The codes of a status, each of which may have a reference page. */
export const smtpStatusCodes = (status: string) => status.split(' ');
