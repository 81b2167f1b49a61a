/**
 * Builds the corpus from the loaded files and applies the rules that span files: duplicates,
 * translations without an original or contradicting a fact, broken related events and event
 * links, required sections. The site (lib/site) adds the SMTP reference on top.
 */
import { isDeepStrictEqual } from 'node:util';
import { defaultLocale, locales, type Locale } from '../i18n/config';
import { contentRoot } from './files';
import { loadFiles, type LoadedFiles } from './load';
import type { Article, Corpus, EventEntry, Original, SourceEntry } from './model';
import { eventKey, sourceSlug } from './paths';
import { compareProblems, type Problem } from './problems';
import type { Facts } from './schema';
import type { BodySection } from './markdown';
import { minimumActionSteps, requiredSections, sectionHeadings } from './sections';
import { findWorkingNotes } from './workingNotes';

export interface ValidationResult {
  corpus: Corpus;
  problems: Problem[];
}

export function validateContent(root: string = contentRoot()): ValidationResult {
  const loaded = loadFiles(root);
  const problems = [...loaded.problems];
  const report = (file: string, line: number, message: string) =>
    problems.push({ file, line, message });

  for (const file of [...loaded.originals, ...loaded.translations]) checkWorkingNotes(file, report);
  const articles = collectArticles(loaded.originals, report);
  attachTranslations(articles, loaded.translations, report);
  const corpus = assemble(articles, loaded);
  checkReferences(corpus, report);
  for (const article of articles) checkSections(article.original, report);
  return { corpus, problems: problems.sort(compareProblems) };
}

type Report = (file: string, line: number, message: string) => void;

const kindOrder: Record<Facts['kind'], number> = { event: 0, alert: 1, analyzer: 2 };

function collectArticles(originals: Original[], report: Report): Article[] {
  const byIdentity = new Map<string, Original>();
  const byId = new Map<string, Original>();
  const articles: Article[] = [];
  // The main file of an event (no variant) claims its identity before any variant does.
  const mainFirst = [...originals].sort(
    (a, b) => Number(a.path.variant !== null) - Number(b.path.variant !== null),
  );
  for (const original of mainFirst) {
    const { facts, path } = original;
    const identity = [
      path.sourceSlug,
      facts.eventId,
      facts.kind,
      [...facts.productVersions].sort().join(','),
    ].join('|');
    const twin = byIdentity.get(identity);
    if (twin) {
      report(
        original.file,
        1,
        `duplicate original: ${twin.file} already documents ${facts.source} ${facts.eventId} (${facts.kind}, versions ${facts.productVersions.join(', ') || 'none'})`,
      );
      continue;
    }
    byIdentity.set(identity, original);
    const key = eventKey(path.sourceSlug, path.eventId);
    const slug = path.variant ?? facts.kind;
    const id = `${key}/${slug}`;
    const clash = byId.get(id);
    if (clash) {
      report(
        original.file,
        1,
        `article address ${id} is already taken by ${clash.file}; name the file ${path.eventId}-<variant>.md`,
      );
      continue;
    }
    byId.set(id, original);
    articles.push({ id, eventKey: key, slug, original, translations: {} });
  }
  return articles;
}

function attachTranslations(
  articles: Article[],
  translations: LoadedFiles['translations'],
  report: Report,
): void {
  const byRelative = new Map(
    articles.map((a) => [`${a.original.path.sourceSlug}/${a.original.file.split('/').at(-1)}`, a]),
  );
  for (const translation of translations) {
    const [, ...rest] = translation.relative.split('/');
    const article = byRelative.get(rest.join('/'));
    if (!article) {
      report(
        translation.file,
        1,
        `translation without an original: no ${defaultLocale}/${rest.join('/')}`,
      );
      continue;
    }
    for (const [name, value] of Object.entries(translation.facts)) {
      const originalValue = (article.original.facts as Record<string, unknown>)[name];
      if (value !== undefined && !isDeepStrictEqual(value, originalValue)) {
        report(
          translation.file,
          translation.keyLines.get(name) ?? 1,
          `translation contradicts the original's ${name}: ${JSON.stringify(value)} ≠ ${JSON.stringify(originalValue)}`,
        );
      }
    }
    const { facts: _facts, keyLines: _lines, relative: _relative, ...kept } = translation;
    article.translations[translation.locale] = kept;
  }
}

function assemble(articles: Article[], loaded: LoadedFiles): Corpus {
  const eventByKey = new Map<string, EventEntry>();
  for (const article of articles) {
    const { facts, path } = article.original;
    let entry = eventByKey.get(article.eventKey);
    if (!entry) {
      entry = {
        key: article.eventKey,
        sourceSlug: path.sourceSlug,
        source: facts.source,
        eventId: facts.eventId,
        articles: [],
        alsoLoggedBy: [],
      };
      eventByKey.set(article.eventKey, entry);
    }
    entry.articles.push(article);
    for (const sister of facts.alsoLoggedBy)
      if (!entry.alsoLoggedBy.includes(sister)) entry.alsoLoggedBy.push(sister);
  }
  const events = [...eventByKey.values()].sort(
    (a, b) => a.eventId - b.eventId || a.sourceSlug.localeCompare(b.sourceSlug),
  );
  for (const event of events) event.articles.sort(compareArticles);
  const sources = new Map<string, SourceEntry>();
  for (const event of events) {
    const source = sources.get(event.sourceSlug) ?? {
      slug: event.sourceSlug,
      name: event.source,
      events: [],
    };
    source.events.push(event);
    sources.set(event.sourceSlug, source);
  }
  const fileCounts = Object.fromEntries(
    locales.map((l) => [l, loaded.fileCounts[l] ?? 0]),
  ) as Record<Locale, number>;
  return {
    articles: events.flatMap((e) => e.articles),
    events,
    sources: [...sources.values()].sort((a, b) => a.name.localeCompare(b.name)),
    eventByKey,
    aliases: aliasesOf(events, eventByKey),
    fileCounts,
  };
}

/** The addresses of events as their sister sources log them; an event of its own wins. */
function aliasesOf(
  events: EventEntry[],
  eventByKey: Map<string, EventEntry>,
): Map<string, EventEntry> {
  const aliases = new Map<string, EventEntry>();
  for (const event of events)
    for (const sister of event.alsoLoggedBy) {
      const key = eventKey(sourceSlug(sister), event.eventId);
      if (!eventByKey.has(key)) aliases.set(key, event);
    }
  return aliases;
}

function newestVersion(article: Article): number {
  return Math.max(0, ...article.original.facts.productVersions.map((v) => Number.parseFloat(v)));
}

function compareArticles(a: Article, b: Article): number {
  return (
    kindOrder[a.original.facts.kind] - kindOrder[b.original.facts.kind] ||
    newestVersion(b) - newestVersion(a) ||
    a.slug.localeCompare(b.slug)
  );
}

function checkReferences(corpus: Corpus, report: Report): void {
  for (const article of corpus.articles) {
    const { original } = article;
    const relatedLine = (index: number) =>
      original.keyLines.get(`related.${index}`) ?? original.keyLines.get('related') ?? 1;
    for (const [index, key] of original.related.entries()) {
      if (key === article.eventKey)
        report(original.file, relatedLine(index), `related lists the article's own event ${key}`);
      else if (!corpus.eventByKey.has(key))
        report(original.file, relatedLine(index), `related event ${key} does not exist`);
    }
    for (const [index, sister] of original.facts.alsoLoggedBy.entries()) {
      const own = corpus.eventByKey.get(eventKey(sourceSlug(sister), original.facts.eventId));
      if (own)
        report(
          original.file,
          original.keyLines.get(`alsoLoggedBy.${index}`) ??
            original.keyLines.get('alsoLoggedBy') ??
            1,
          `alsoLoggedBy names ${sister}, which has its own article for ${own.eventId} (${own.articles[0]!.original.file}); link it in related instead`,
        );
    }
    const files = [original, ...Object.values(article.translations)];
    for (const file of files) {
      for (const link of file.links) {
        if (link.kind === 'event') {
          const problem = eventLinkProblem(corpus, link.key, link.article);
          if (problem) report(file.file, link.line, problem);
        }
      }
    }
  }
}

interface ReaderText {
  file: string;
  title: string;
  sections: BodySection[];
  keyLines: Map<string, number>;
}

/** Titles and sections speak to the reader: an author's working notes are reported at their line. */
function checkWorkingNotes({ file, title, sections, keyLines }: ReaderText, report: Report): void {
  const notes = [
    ...findWorkingNotes(title).map((note) => ({ ...note, line: keyLines.get('title') ?? 1 })),
    ...sections.flatMap((section) =>
      findWorkingNotes(section.markdown).map((note) => ({
        ...note,
        line: section.markdownLine + note.line - 1,
      })),
    ),
  ];
  for (const { line, phrase } of notes)
    report(file, line, `working note "${phrase}" — write for the reader and cite public sources`);
}

/** Why an `event:` link cannot be followed, or null when it can. */
function eventLinkProblem(corpus: Corpus, key: string, article?: string): string | null {
  const event = corpus.eventByKey.get(key);
  if (!event) return `link to event ${key}, which does not exist`;
  if (article === undefined) return null;
  if (!event.articles.some((a) => a.slug === article))
    return `link to ${key}/${article}: the event has no such article (${event.articles.map((a) => a.slug).join(', ')})`;
  if (event.articles.length === 1)
    return `link to ${key}/${article}: the event has only this article; link event:${key}`;
  return null;
}

function checkSections(original: Original, report: Report): void {
  const present = new Set(original.sections.map((s) => s.key));
  const headings = sectionHeadings(defaultLocale);
  for (const key of requiredSections) {
    if (!present.has(key))
      report(
        original.file,
        1,
        `missing section "## ${headings[key]}" (every original has ${requiredSections.map((k) => headings[k]).join(', ')})`,
      );
  }
  const action = original.sections.find((s) => s.key === 'user-action');
  if (action && action.steps < minimumActionSteps)
    report(
      original.file,
      action.line,
      `User action has ${action.steps} numbered step(s); give at least ${minimumActionSteps}`,
    );
}
