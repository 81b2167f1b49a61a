/**
 * Reads one content file: splits frontmatter (gray-matter) from the body, parses the YAML with
 * positions so that every schema problem points at its line, and parses the body into sections.
 */
import matter from 'gray-matter';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { type BodySection, type InternalLink, parseBody } from './markdown';
import type { Problem } from './problems';
import type { SectionKey } from './sections';

export interface ParsedFile<T> {
  frontmatter: T;
  sections: BodySection[];
  links: InternalLink[];
  /** Line of each top-level frontmatter key, for problems found later (cross-file checks). */
  keyLines: Map<string, number>;
}

/** `value` is there whenever the frontmatter is valid, so cross-file checks still see the file. */
export interface ParseResult<T> {
  value: ParsedFile<T> | null;
  problems: Problem[];
}

export function parseContentFile<T>(
  file: string,
  text: string,
  schema: z.ZodType<T>,
  headings: Record<SectionKey, string>,
): ParseResult<T> {
  const problems: Problem[] = [];
  const report = (line: number, message: string) => problems.push({ file, line, message });

  if (!/^---\r?\n/.test(text)) {
    report(
      1,
      'missing frontmatter: a file starts with a --- line, YAML facts, and another --- line',
    );
    return { value: null, problems };
  }
  // The engine is a no-op: gray-matter only splits; `yaml` parses so that positions are kept.
  const split = matter(text, { engines: { yaml: () => ({}) } });
  const bodyOffset = text.slice(0, text.length - split.content.length).split('\n').length - 1;

  const lineCounter = new LineCounter();
  const doc = parseDocument(split.matter, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // gray-matter's matter starts right after the opening `---` (its first line is that line's
  // rest), so a line of the matter is a line of the file once the lines before it are added.
  const linesBeforeMatter = text.slice(0, text.indexOf(split.matter)).split('\n').length - 1;
  const yamlLine = (offset: number) => linesBeforeMatter + lineCounter.linePos(offset).line;
  for (const error of doc.errors)
    report(yamlLine(error.pos[0]), `malformed YAML: ${error.message.split('\n')[0]}`);
  if (doc.errors.length > 0) return { value: null, problems };

  const keyLines = topLevelKeyLines(doc, yamlLine);
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // The parser accepts some documents that cannot become data (an alias used before its anchor).
    report(2, `malformed YAML: ${error instanceof Error ? error.message : String(error)}`);
    return { value: null, problems };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String);
      const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      const line = unknownKey ? (keyLines.get(unknownKey) ?? 1) : lineOfPath(doc, path, yamlLine);
      report(line, describeIssue(path, issue));
    }
  }

  const body = parseBody(split.content, headings, bodyOffset);
  for (const problem of body.problems) report(problem.line, problem.message);
  if (!parsed.success) return { value: null, problems };
  return {
    value: { frontmatter: parsed.data, sections: body.sections, links: body.links, keyLines },
    problems,
  };
}

function topLevelKeyLines(
  doc: Document,
  yamlLine: (offset: number) => number,
): Map<string, number> {
  const lines = new Map<string, number>();
  if (!isMap(doc.contents)) return lines;
  for (const pair of doc.contents.items) {
    const key = pair.key as { value?: unknown; range?: [number, number, number] } | null;
    if (!key?.range) continue;
    lines.set(String(key.value), yamlLine(key.range[0]));
    // Items of a top-level list get their own line (`related.0`), so a bad item is pinpointed.
    if (isSeq(pair.value)) {
      pair.value.items.forEach((item, index) => {
        const range = (item as { range?: [number, number, number] }).range;
        if (range) lines.set(`${String(key.value)}.${index}`, yamlLine(range[0]));
      });
    }
  }
  return lines;
}

function lineOfPath(doc: Document, path: string[], yamlLine: (offset: number) => number): number {
  for (let depth = path.length; depth > 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return yamlLine(node.range[0]);
  }
  return 1;
}

function describeIssue(path: string[], issue: z.core.$ZodIssue): string {
  const field = path.join('.') || 'frontmatter';
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined'))
    return `missing fact "${field}"`;
  if (issue.code === 'unrecognized_keys')
    return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return `${field}: ${issue.message}`;
}
