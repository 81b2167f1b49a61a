/**
 * The explanatory texts of the SMTP reference: content/smtp/<locale>/*.yaml, keyed by reply code
 * (`'421'`) or registry code (`'X.4.2'`). English is complete; other locales translate it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { defaultLocale, locales, type Locale } from '../i18n/config';
import { displayPath } from '../content/files';
import type { Problem } from '../content/problems';
import { enhancedCodes, replyCodes } from './codes';

const entrySchema = z.strictObject({
  summary: z.string().trim().min(1),
  causes: z.array(z.string().trim().min(1)).min(1),
  checks: z.array(z.string().trim().min(1)).min(1),
  events: z.array(z.string().regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N}._-]*\/\d{1,5}$/u)).optional(),
});
export type SmtpText = z.infer<typeof entrySchema>;
export type SmtpTexts = Record<Locale, Map<string, SmtpText>>;

const knownKeys = new Set([...replyCodes.map((r) => r.code), ...enhancedCodes.map((e) => e.code)]);

/** Reads and checks every SMTP text file; `eventExists` validates the `events` references. */
export function loadSmtpTexts(
  contentRoot: string,
  eventExists: (key: string) => boolean,
): { texts: SmtpTexts; problems: Problem[] } {
  const texts = Object.fromEntries(
    locales.map((l) => [l, new Map<string, SmtpText>()]),
  ) as SmtpTexts;
  const problems: Problem[] = [];
  for (const locale of locales) {
    const dir = path.join(contentRoot, 'smtp', locale);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.yaml'))
      .sort()) {
      const relative = path.join('smtp', locale, name).split(path.sep).join('/');
      readFile(contentRoot, relative, locale, eventExists, texts[locale], problems);
    }
  }
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    for (const key of texts[locale].keys()) {
      if (!texts[defaultLocale].has(key))
        problems.push({
          file: displayPath(contentRoot, `smtp/${locale}`),
          line: 1,
          message: `SMTP text for ${key} has no English original`,
        });
    }
  }
  return { texts, problems };
}

function readFile(
  root: string,
  relative: string,
  locale: Locale,
  eventExists: (key: string) => boolean,
  into: Map<string, SmtpText>,
  problems: Problem[],
): void {
  const file = displayPath(root, relative);
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path.join(root, relative), 'utf8'), { lineCounter });
  const report = (offset: number | undefined, message: string) =>
    problems.push({
      file,
      line: offset === undefined ? 1 : lineCounter.linePos(offset).line,
      message,
    });
  for (const error of doc.errors)
    report(error.pos[0], `malformed YAML: ${error.message.split('\n')[0]}`);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return;
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as { value?: unknown; range?: [number, number, number] };
    const key = String(keyNode.value);
    const at = keyNode.range?.[0];
    if (!knownKeys.has(key)) report(at, `"${key}" is not a code in content/smtp/codes.json`);
    const parsed = entrySchema.safeParse(
      (pair.value as { toJSON?: () => unknown })?.toJSON?.() ?? pair.value,
    );
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        report(at, `${key}.${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    if (locale !== defaultLocale && parsed.data.events)
      report(at, `${key}: events are listed in the English file only`);
    for (const event of parsed.data.events ?? [])
      if (!eventExists(event)) report(at, `${key}: event ${event} does not exist`);
    into.set(key, parsed.data);
  }
}
