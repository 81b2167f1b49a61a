/**
 * Assembles one imported article from a legacy file: its facts (all of them, whatever the
 * locale: a translation may repeat facts and the validator checks that they agree with the
 * original), its title and date, and its body under the locale's section headings.
 */
import { Document, isSeq } from 'yaml';
import { sectionHeadings } from '../content/sections';
import { sourceSlug } from '../content/paths';
import { originalSchema, translationSchema, type ArticleKind, type Level } from '../content/schema';
import { minimumActionSteps, sectionKeys, type SectionKey } from '../content/sections';
import { defaultLocale, isLocale, type Locale } from '../i18n/config';
import { getDictionary } from '../i18n/dictionary';
import type { Details } from './details';
import { ImportError } from './errors';
import {
  isNoValue,
  normaliseProduct,
  parseEventId,
  parseProductVersions,
  statedLevels,
} from './facts';
import { detectLanguage, type DetectedLanguage } from './language';
import { recogniseLayout, splitDocument, type LegacyDocument, type LegacyLayout } from './layout';
import { blockText, toBlocks, toLines } from './lines';
import { renderNodes, type BodyNode } from './markdown';
import { countSteps, numberBulletSteps, sectionBlocks, toNodes } from './sections';

/** The frontmatter we write, in the order the project's articles list their fields. */
export interface ImportedFrontmatter {
  title: string;
  kind: ArticleKind;
  source: string;
  eventId: number;
  level?: Level | Level[];
  category?: string;
  symbolicName?: string;
  messageText?: string;
  product: string;
  productVersions?: string[];
  updated: string;
  alert?: { type: string; rulePath: string; ruleName: string };
  analyzer?: { rule: string };
  sources?: string[];
  missingMessageText?: string;
}

export interface ConvertOptions {
  /** The public address the legacy page was saved from; an original lists it in `sources`. */
  sourceUrl?: string;
  /** The date given to an article whose export has no "last modified" line (YYYY-MM-DD). */
  today: string;
}

export interface ImportedArticle {
  locale: Locale;
  language: DetectedLanguage;
  sourceSlug: string;
  frontmatter: ImportedFrontmatter;
  /** Markdown body: the sections found, under the locale's headings. */
  body: string;
  /** Things check:content will flag, or facts left out, worth telling the user. */
  warnings: string[];
}

/** Converts the text of one legacy file; throws an ImportError saying why it cannot. */
export function convertLegacy(text: string, options: ConvertOptions): ImportedArticle {
  const lines = toLines(text);
  if (lines.length === 0) throw new ImportError('is empty');
  const doc = splitDocument(lines);
  const layout = recogniseLayout(doc);
  const language = languageOf(doc);
  const locale = language.code;
  if (!isLocale(locale))
    throw new ImportError(
      `detected ${language.name} (${locale}), which is not a configured locale; add it to lib/i18n/config.ts`,
    );
  if (!doc.title) throw new ImportError('found no title line at the top of the article');
  if (doc.lastModified && !doc.lastModified.date)
    throw new ImportError(`"${doc.lastModified.text}" does not hold a real calendar date`);

  const warnings: string[] = [];
  if (!doc.lastModified)
    warnings.push(
      `no "Topic Last Modified" line (or its translation): dated today, ${options.today}; correct updated: if you know the page's date`,
    );
  const blocks = sectionBlocks(doc, layout.kind);
  const nodes = Object.fromEntries(sectionKeys.map((key) => [key, toNodes(blocks[key])])) as Record<
    SectionKey,
    BodyNode[]
  >;
  nodes['user-action'] = numberBulletSteps(nodes['user-action'], minimumActionSteps);

  const proseForLevel = [
    blockText(toBlocks(doc.intro)),
    ...sectionKeys.map((key) => blockText(blocks[key])),
  ].join('\n');
  const facts = factsOf(doc, layout, proseForLevel, warnings);
  const title = titleOf(doc.title, facts, locale);
  const frontmatter: ImportedFrontmatter = {
    title,
    ...facts,
    updated: doc.lastModified?.date ?? options.today,
    ...alertOrAnalyzer(layout, doc.title, locale),
  };

  if (locale === defaultLocale) {
    if (!options.sourceUrl)
      throw new ImportError(
        'an export does not carry the address it was saved from: give the public page with --source-url https://…',
      );
    frontmatter.sources = [options.sourceUrl];
    if (!frontmatter.messageText) {
      frontmatter.missingMessageText = 'The imported legacy page gives no message text.';
      warnings.push(
        'no message text in the legacy page: add messageText if a public page shows it',
      );
    }
    warnings.push(...originalWarnings(nodes));
    if (isBareTitle(title, facts.source, facts.eventId))
      warnings.push(
        `the title "${title}" only names source and event ID; give it a short description of the situation`,
      );
  } else {
    dropEnglishSections(nodes, warnings);
    if (sectionKeys.every((key) => nodes[key].length === 0))
      warnings.push('no translated section text found: the translation carries only its title');
  }

  const headings = sectionHeadings(locale);
  const body = sectionKeys
    .filter((key) => nodes[key].length > 0)
    .map((key) => `## ${headings[key]}\n\n${renderNodes(nodes[key])}\n`)
    .join('\n');

  reorder(frontmatter);
  checkSchema(frontmatter, locale);
  return {
    locale,
    language,
    sourceSlug: sourceSlug(frontmatter.source),
    frontmatter,
    body,
    warnings,
  };
}

/**
 * Half-translated pages kept whole sections in English. A translation must not pass them off as
 * its own language: such a section is left out, so the site shows the original's text there,
 * marked lang="en" and labelled as untranslated.
 */
function dropEnglishSections(nodes: Record<SectionKey, BodyNode[]>, warnings: string[]): void {
  for (const key of sectionKeys) {
    if (nodes[key].length === 0) continue;
    const text = renderNodes(nodes[key]);
    if (detectLanguage({ title: '', lastModifiedLabel: null, intro: text })?.code !== 'en')
      continue;
    nodes[key] = [];
    warnings.push(
      `section "${key}" is still in English in the legacy file; left out, so the site shows the original's text there as untranslated`,
    );
  }
}

function languageOf(doc: LegacyDocument): DetectedLanguage {
  // The opening paragraphs only: further down, translated pages often fall back to English.
  const intro = toBlocks(doc.intro)
    .slice(0, 3)
    .map((b) => b.text);
  const header = { title: doc.title ?? '', lastModifiedLabel: doc.lastModified?.label ?? null };
  // A page with a bare title and no introduction gives no evidence up there; its body then must.
  const body = () =>
    doc.sections
      .flatMap((s) => toBlocks(s.lines))
      .slice(0, 5)
      .map((b) => b.text);
  const detected =
    detectLanguage({ ...header, intro: [doc.note ?? '', ...intro].join('\n') }) ??
    detectLanguage({ ...header, intro: body().join('\n') });
  if (!detected)
    throw new ImportError(
      'could not tell the language of the article from its title, "last modified" line, introduction or text',
    );
  return detected;
}

type Facts = Pick<
  ImportedFrontmatter,
  | 'kind'
  | 'source'
  | 'eventId'
  | 'level'
  | 'category'
  | 'symbolicName'
  | 'messageText'
  | 'product'
  | 'productVersions'
>;

function factsOf(
  doc: LegacyDocument,
  layout: LegacyLayout,
  prose: string,
  warnings: string[],
): Facts {
  const stated = statedLevels(prose);
  if (layout.kind === 'analyzer') {
    const { watched } = layout;
    const levels = watched.level ? [...new Set([watched.level, ...stated])] : stated;
    return {
      kind: 'analyzer',
      source: watched.source,
      eventId: watched.eventId,
      ...levelFact(levels),
      product: 'Exchange',
      ...versionsFact(doc.appliesTo ?? undefined, warnings),
    };
  }
  const { details } = layout;
  const source = details.source!.trim();
  if (!/^\p{L}[\p{L}\p{N} ._-]*$/u.test(source))
    throw new ImportError(
      `Event Source ${JSON.stringify(source)} is not an event source name (letters, digits, spaces, dots, dashes)`,
    );
  return {
    kind: layout.kind,
    source,
    eventId: parseEventId(details.eventId!),
    ...levelFact(stated),
    ...optionalFacts(details, warnings),
    // Every article here is about Exchange; a table without Product Name still is.
    product:
      details.product && !isNoValue(details.product)
        ? normaliseProduct(details.product)
        : 'Exchange',
    ...versionsFact(details.productVersion ?? doc.appliesTo ?? undefined, warnings),
  };
}

function levelFact(levels: Level[]): Pick<Facts, 'level'> {
  if (levels.length === 0) return {};
  return { level: levels.length === 1 ? levels[0]! : levels };
}

function optionalFacts(
  details: Details,
  warnings: string[],
): Pick<Facts, 'category' | 'symbolicName' | 'messageText'> {
  const facts: Pick<Facts, 'category' | 'symbolicName' | 'messageText'> = {};
  if (!isNoValue(details.category)) facts.category = details.category!.trim();
  if (!isNoValue(details.symbolicName)) {
    const name = details.symbolicName!.trim();
    if (/^[A-Za-z_][A-Za-z0-9_]*$/u.test(name)) facts.symbolicName = name;
    else warnings.push(`Symbolic Name ${JSON.stringify(name)} is not one identifier; left out`);
  }
  // The message template is kept exactly as written: it is matched against pasted log text.
  if (!isNoValue(details.messageText)) facts.messageText = details.messageText;
  return facts;
}

function versionsFact(
  value: string | undefined,
  warnings: string[],
): Pick<Facts, 'productVersions'> {
  if (value === undefined || isNoValue(value)) return {};
  const versions = parseProductVersions(value);
  if (versions.length === 0)
    warnings.push(
      `Product Version ${JSON.stringify(value)} names no version as major.minor; left out`,
    );
  return versions.length > 0 ? { productVersions: versions } : {};
}

function alertOrAnalyzer(
  layout: LegacyLayout,
  title: string,
  locale: Locale,
): Pick<ImportedFrontmatter, 'alert' | 'analyzer'> {
  // An analyzer rule is named by the page title. A translated page translates its title, so it
  // does not give the rule's name: the translation leaves the fact to its original.
  if (layout.kind === 'analyzer')
    return locale === defaultLocale ? { analyzer: { rule: title } } : {};
  if (layout.kind === 'event') return {};
  const { alertType, rulePath, ruleName } = layout.details;
  const missing = [
    alertType === undefined && 'Alert Type',
    rulePath === undefined && 'MOM Rule Path',
    ruleName === undefined && 'MOM Rule Name',
  ].filter(Boolean);
  if (missing.length > 0)
    throw new ImportError(`the alert's Details table has no ${missing.join(', ')}`);
  return {
    alert: { type: alertType!.trim(), rulePath: rulePath!.trim(), ruleName: ruleName!.trim() },
  };
}

/**
 * The title. Event pages were often titled only "MSExchangeTransport 9901", which our pages show
 * anyway; an English original then takes the first sentence of its message text, which says what
 * happened. A translation keeps the legacy title, which at least is not in the wrong language.
 */
export function titleOf(
  legacyTitle: string,
  facts: Pick<Facts, 'source' | 'eventId' | 'messageText'>,
  locale: Locale,
): string {
  const title = legacyTitle.trim();
  if (
    locale !== defaultLocale ||
    !facts.messageText ||
    !isBareTitle(title, facts.source, facts.eventId)
  )
    return title;
  const sentence = facts.messageText
    .split('\n')[0]!
    .split(/(?<=[.!?])\s/u)[0]!
    .replace(/[.\s]+$/u, '');
  if (sentence.length <= 120) return sentence;
  return `${sentence.slice(0, 117).replace(/\s+\S*$/u, '')}…`;
}

/** True for a title that names only the source and the event ID ("MSExchangeTransport 9901"). */
export function isBareTitle(title: string, source: string, eventId: number): boolean {
  const rest = title
    .toLowerCase()
    .replace(source.toLowerCase(), ' ')
    .replace(new RegExp(`(?<!\\d)${eventId}(?!\\d)`, 'u'), ' ')
    .replace(
      /(?<!\p{L})(?:event|events|id|ereignis|ereignis-id|событие|код|события)(?!\p{L})/giu,
      ' ',
    )
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return rest === '';
}

function originalWarnings(nodes: Record<SectionKey, BodyNode[]>): string[] {
  const dictionary = getDictionary(defaultLocale);
  const warnings: string[] = [];
  const missing = sectionKeys.filter((key) => nodes[key].length === 0);
  if (missing.length > 0)
    warnings.push(
      `no ${missing.map((key) => `"${dictionary[`section.${key}`]}"`).join(', ')} section: check:content requires Explanation, User action and More information`,
    );
  const steps = countSteps(nodes['user-action']);
  if (nodes['user-action'].length > 0 && steps < minimumActionSteps)
    warnings.push(
      `User action has ${steps} numbered step(s); check:content requires at least ${minimumActionSteps}`,
    );
  return warnings;
}

/** Puts the fields in the project's order (title, kind, source, eventId, … updated, alert). */
function reorder(frontmatter: ImportedFrontmatter): void {
  const order: (keyof ImportedFrontmatter)[] = [
    'title',
    'kind',
    'source',
    'eventId',
    'level',
    'category',
    'symbolicName',
    'messageText',
    'product',
    'productVersions',
    'updated',
    'alert',
    'analyzer',
    'sources',
    'missingMessageText',
  ];
  const copy = { ...frontmatter };
  for (const key of Object.keys(frontmatter) as (keyof ImportedFrontmatter)[])
    delete frontmatter[key];
  for (const key of order)
    if (copy[key] !== undefined) Object.assign(frontmatter, { [key]: copy[key] });
}

/** The validator's own schema is the last check: nothing is written that it would refuse. */
function checkSchema(frontmatter: ImportedFrontmatter, locale: Locale): void {
  const result = (locale === defaultLocale ? originalSchema : translationSchema).safeParse(
    frontmatter,
  );
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue) => `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`,
    );
    throw new ImportError(
      `the facts found would not pass the content schema: ${issues.join('; ')}`,
    );
  }
}

/** The file's text: YAML frontmatter (strings quoted where YAML needs it) and the body. */
export function renderArticleFile(article: Pick<ImportedArticle, 'frontmatter' | 'body'>): string {
  const doc = new Document(article.frontmatter);
  // Short lists in flow style, as the project writes them: productVersions: ['14.0'].
  for (const key of ['productVersions', 'level']) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  const yaml = doc.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false });
  return `---\n${yaml}---\n${article.body === '' ? '' : `\n${article.body}`}`;
}
