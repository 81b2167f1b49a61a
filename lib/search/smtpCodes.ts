/** SMTP reply codes (`421`) and enhanced status codes (`4.2.2`) mentioned in a query or a paste. */

const enhancedPattern = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g;
const replyPattern = /(?<![\d.])([2-5]\d\d)(?![\d.]*\d)/g;

/** Codes in order of appearance, without duplicates, that `isKnown` accepts. */
export function findSmtpCodes(text: string, isKnown: (code: string) => boolean): string[] {
  const sample = text.slice(0, 100_000);
  const found = new Map<number, string>();
  for (const m of sample.matchAll(enhancedPattern))
    found.set(m.index, `${m[1]}.${Number(m[2])}.${Number(m[3])}`);
  for (const m of sample.matchAll(replyPattern)) found.set(m.index, m[1]!);
  const ordered = [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, code]) => code);
  return [...new Set(ordered)].filter(isKnown);
}
