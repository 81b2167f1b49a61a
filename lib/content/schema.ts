/**
 * The frontmatter schemas. An original (in the default locale) carries every fact; a translation
 * carries its title and the `updated` date of the original it was translated from, and may repeat
 * facts, which must then agree with the original.
 */
import { z } from 'zod';
import { articleKinds } from './kinds';

export { articleKinds, type ArticleKind } from './kinds';

export const levels = ['error', 'warning', 'information'] as const;
export type Level = (typeof levels)[number];

/** Facts that the research could not confirm; the page marks them as unconfirmed. */
export const uncertainFacts = [
  'source',
  'level',
  'category',
  'symbolicName',
  'productVersions',
] as const;
export type UncertainFact = (typeof uncertainFacts)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const date = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
  }, 'not a real calendar date');

/** `msexchangetransport/2004`: the address of an event, as written in `related`. */
export const eventKeyPattern = /^[\p{Ll}\p{N}][\p{Ll}\p{N}._-]*\/\d{1,5}$/u;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const eventSource = z
  .string()
  .regex(/^\p{L}[\p{L}\p{N} ._-]*$/u, 'an event source is letters, digits, spaces, dots, dashes');

/** A public page the facts come from. Only https: the page shows these as References. */
export const sourceUrl = z
  .string()
  .url('a source is a full URL')
  .regex(/^https:\/\//, 'a source is an https:// URL of a public page');

/** Languages a server may log in, as two-letter tags (`de`, `ru`, `fr` …). */
export const languageTag = z
  .string()
  .regex(/^[a-z]{2}$/, 'a language is a two-letter tag such as de');

/** A template as the vendor localized it: the text a server in that language logs, verbatim. */
const localizedMessage = z.strictObject({ text: nonEmpty, source: sourceUrl });

export const factsShape = {
  kind: z.enum(articleKinds),
  source: eventSource,
  /** Sister sources that log the same ID and text (Front End Transport, Transport Delivery …). */
  alsoLoggedBy: z.array(eventSource),
  eventId: z.number().int().min(0).max(65535),
  level: z
    .union([z.enum(levels), z.array(z.enum(levels)).min(2)], {
      error:
        'level is error, warning or information, or a list of two or more of them when sources disagree',
    })
    .optional(),
  category: nonEmpty.optional(),
  symbolicName: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a symbolic name is one identifier')
    .optional(),
  messageText: nonEmpty.optional(),
  messageExample: nonEmpty.optional(),
  /** The template as servers installed in another language log it, keyed by language. */
  localizedMessageText: z.record(languageTag, localizedMessage).optional(),
  product: nonEmpty,
  productVersions: z.array(
    z.string().regex(/^\d+\.\d+( SP\d+)?$/, 'a product version looks like 14.0 or 8.0 SP1'),
  ),
  alert: z.strictObject({ type: nonEmpty, rulePath: nonEmpty, ruleName: nonEmpty }).optional(),
  analyzer: z.strictObject({ rule: nonEmpty }).optional(),
  uncertain: z.array(z.enum(uncertainFacts)),
};

export const originalSchema = z
  .strictObject({
    title: nonEmpty,
    updated: isoDate,
    related: z
      .array(z.string().regex(eventKeyPattern, 'a related event is written source-slug/id'))
      .default([]),
    ...factsShape,
    productVersions: factsShape.productVersions.default([]),
    uncertain: factsShape.uncertain.default([]),
    alsoLoggedBy: factsShape.alsoLoggedBy.default([]),
    /** The public pages the facts come from, shown as References. */
    sources: z.array(sourceUrl).min(1, 'list at least one public source'),
    /** Why no message text is given (never shown): where it was looked for. */
    missingMessageText: nonEmpty.optional(),
  })
  .superRefine((fm, ctx) => {
    if (fm.kind === 'alert' && !fm.alert)
      ctx.addIssue({
        code: 'custom',
        path: ['alert'],
        message: 'an alert article needs alert.type, alert.rulePath and alert.ruleName',
      });
    if (fm.kind !== 'alert' && fm.alert)
      ctx.addIssue({
        code: 'custom',
        path: ['alert'],
        message: `alert facts belong only to kind: alert (this is kind: ${fm.kind})`,
      });
    if (fm.kind === 'analyzer' && !fm.analyzer)
      ctx.addIssue({
        code: 'custom',
        path: ['analyzer'],
        message: 'an analyzer article needs analyzer.rule',
      });
    checkMessageTexts(fm, ctx);
    if (fm.kind !== 'analyzer' && fm.analyzer)
      ctx.addIssue({
        code: 'custom',
        path: ['analyzer'],
        message: `analyzer facts belong only to kind: analyzer (this is kind: ${fm.kind})`,
      });
  });

interface MessageFacts {
  source: string;
  alsoLoggedBy: string[];
  messageText?: string;
  messageExample?: string;
  missingMessageText?: string;
  localizedMessageText?: Record<string, { source: string }>;
  sources: string[];
}

/** A message text or a note saying why there is none; localized texts cite a listed source. */
function checkMessageTexts(fm: MessageFacts, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const hasText = fm.messageText !== undefined || fm.messageExample !== undefined;
  if (!hasText && !fm.missingMessageText)
    issue(
      ['messageText'],
      'give messageText or messageExample, or say in missingMessageText where it was looked for',
    );
  if (hasText && fm.missingMessageText)
    issue(['missingMessageText'], 'missingMessageText is only for an article without any text');
  for (const [language, { source }] of Object.entries(fm.localizedMessageText ?? {}))
    if (!fm.sources.includes(source))
      issue(
        ['localizedMessageText', language, 'source'],
        `the source of the ${language} text must also be listed in sources`,
      );
  if (fm.alsoLoggedBy.includes(fm.source))
    issue(['alsoLoggedBy'], 'alsoLoggedBy repeats the source itself');
}

const factsObject = z.strictObject(factsShape);

/** Fact names a translation may repeat (they must then equal the original's). */
export const factNames = factsObject.keyof().options;

export const translationSchema = factsObject.partial().extend({
  title: nonEmpty,
  /** The `updated` date of the original this translation was made from. */
  updated: isoDate,
  related: z.array(z.string()).optional(),
});

export type OriginalFrontmatter = z.infer<typeof originalSchema>;
export type TranslationFrontmatter = z.infer<typeof translationSchema>;
export type Facts = Omit<
  OriginalFrontmatter,
  'title' | 'updated' | 'related' | 'sources' | 'missingMessageText'
>;
