/**
 * SMTP statuses named in text: reply codes (`454`), enhanced status codes (`4.7.0`) and the two
 * together as a server writes them (`454 4.7.0`, `550-5.7.1`). Pure text work, used at build time
 * to link articles to the statuses they name and in the browser to read statuses out of a query.
 */

export interface StatusMention {
  reply: string | null;
  enhanced: string | null;
  /** Where the mention starts in the text. */
  index: number;
}

const pairPattern = /(?<![\d.])([2-5]\d\d)[ -]([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g;
const enhancedPattern = /(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)/g;
const replyPattern = /(?<![\d.,])([2-5]\d\d)(?![\d.,]*\d)/g;
/**
 * Words that make a lone three-digit number a reply code in prose ("SMTP response 421", "Fehler
 * 550", "код 452"); without them, 500 in "500 MB" would be one.
 */
const replyCue =
  /(?:smtp|response|reply|responded|code|status|error|fehler|antwort|statuscode|ответ\p{L}*|код|ошибк\p{L}*)[\s:#"“„«(]*$/iu;

export interface FindOptions {
  /** Accept a lone three-digit number as a reply code without a cue word (a typed query). */
  bareReplyCodes: boolean;
  isKnown: (code: string) => boolean;
}

const enhancedOf = (m: RegExpMatchArray, first: number) =>
  `${m[first]}.${Number(m[first + 1])}.${Number(m[first + 2])}`;

/** Statuses in order of appearance; a reply code and an enhanced code side by side are one. */
export function findStatuses(text: string, options: FindOptions): StatusMention[] {
  const sample = text.slice(0, 100_000);
  const found: StatusMention[] = [];
  const taken = new Set<number>();
  for (const m of sample.matchAll(pairPattern)) {
    const reply = options.isKnown(m[1]!) ? m[1]! : null;
    const enhanced = enhancedOf(m, 2);
    found.push({
      reply,
      enhanced: options.isKnown(enhanced) ? enhanced : null,
      index: m.index,
    });
    for (let i = m.index; i < m.index + m[0].length; i++) taken.add(i);
  }
  for (const m of sample.matchAll(enhancedPattern)) {
    if (taken.has(m.index)) continue;
    const enhanced = enhancedOf(m, 1);
    if (options.isKnown(enhanced)) found.push({ reply: null, enhanced, index: m.index });
  }
  for (const m of sample.matchAll(replyPattern)) {
    if (taken.has(m.index) || !options.isKnown(m[1]!)) continue;
    const cued = replyCue.test(sample.slice(Math.max(0, m.index - 24), m.index));
    if (options.bareReplyCodes || cued)
      found.push({ reply: m[1]!, enhanced: null, index: m.index });
  }
  return found
    .filter((s) => s.reply !== null || s.enhanced !== null)
    .sort((a, b) => a.index - b.index);
}

/** `4.7.0` → `x.7.0`: the detail of an enhanced code, whatever its class. */
export function detailOf(enhanced: string): string {
  return `x${enhanced.slice(1)}`;
}

/**
 * The status keys a mention stands for, most specific first: the pair, the enhanced code, its
 * detail in any class, the reply code.
 */
export function statusKeys(mention: Pick<StatusMention, 'reply' | 'enhanced'>): string[] {
  const keys: string[] = [];
  if (mention.reply && mention.enhanced) keys.push(`${mention.reply} ${mention.enhanced}`);
  if (mention.enhanced) keys.push(mention.enhanced, detailOf(mention.enhanced));
  if (mention.reply) keys.push(mention.reply);
  return keys;
}
