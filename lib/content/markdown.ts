/**
 * Markdown bodies: parsing into sections with their problems, and rendering to a sanitised HTML
 * tree (hast) that components turn into React elements. Raw HTML is refused at validation and,
 * should any reach rendering, removed by the sanitiser.
 */
import type { Element, ElementContent, Root as HtmlRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { addWordBreaks, markCopyableCode } from './codeMarks';
import { type SectionKey } from './sections';

export interface BodySection {
  key: SectionKey;
  heading: string;
  /** The section's Markdown without its heading. */
  markdown: string;
  /** Plain text of the section, for search and word counts. */
  text: string;
  /** 1-based line in the file where the heading stands. */
  line: number;
  /** 1-based line in the file where `markdown` begins (the heading's line when the section is empty). */
  markdownLine: number;
  /** Numbered list items at the top level of the section. */
  steps: number;
}

export type InternalLink =
  | { kind: 'event'; key: string; article?: string; line: number }
  | { kind: 'smtp'; code: string; line: number };

export interface ParsedBody {
  sections: BodySection[];
  links: InternalLink[];
  problems: { line: number; message: string }[];
}

type LineOf = (node: { position?: { start: { line: number } } }) => number;

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/**
 * Splits a body into its `##` sections. `headings` maps each section key to the heading text used
 * in the file's locale; `lineOffset` is the number of file lines above the body.
 */
export function parseBody(
  markdown: string,
  headings: Record<SectionKey, string>,
  lineOffset: number,
): ParsedBody {
  const tree = parseMarkdown(markdown);
  const problems: ParsedBody['problems'] = [];
  const lineOf: LineOf = (node) => (node.position?.start.line ?? 1) + lineOffset;
  const keyByHeading = new Map(
    Object.entries(headings).map(([key, text]) => [text.toLowerCase(), key as SectionKey]),
  );

  visit(tree, 'html', (node) => {
    problems.push({
      line: lineOf(node),
      message: `raw HTML is not allowed in Markdown: ${JSON.stringify(node.value.slice(0, 60))}`,
    });
  });
  const links = collectLinks(tree, lineOf, problems);

  const sections: BodySection[] = [];
  let current = null as OpenSection | null;
  const close = () => {
    if (current) sections.push(toSection(current, markdown, lineOf));
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      const heading = toString(node).trim();
      const key = keyByHeading.get(heading.toLowerCase());
      if (node.depth === 1)
        problems.push({
          line: lineOf(node),
          message: 'no level-1 heading in a body: the page shows the title',
        });
      else if (!key)
        problems.push({
          line: lineOf(node),
          message: `unknown section "${heading}"; expected ${Object.values(headings)
            .map((h) => `"${h}"`)
            .join(', ')}`,
        });
      else if (sections.some((s) => s.key === key) || current?.key === key)
        problems.push({ line: lineOf(node), message: `section "${heading}" appears twice` });
      else {
        close();
        current = { key, heading, line: lineOf(node), nodes: [] };
        continue;
      }
    }
    if (current) current.nodes.push(node);
    else if (node.type !== 'heading')
      problems.push({ line: lineOf(node), message: 'text before the first section heading' });
  }
  close();
  return { sections, links, problems };
}

interface OpenSection {
  key: SectionKey;
  heading: string;
  line: number;
  nodes: RootContent[];
}

/** Container blocks whose children are blocks of their own: each starts a new line. */
const containers = new Set(['list', 'listItem', 'blockquote', 'table', 'tableRow']);

/**
 * A block's plain text with a line break between its inner blocks (list items, a code block after
 * a paragraph), so the last word of one never runs into the first of the next in snippets and
 * the search index.
 */
function blockText(node: RootContent): string {
  if (containers.has(node.type) && 'children' in node)
    return (node.children as RootContent[])
      .map(blockText)
      .join(node.type === 'tableRow' ? ' ' : '\n');
  return toString(node);
}

function toSection(part: OpenSection, markdown: string, lineOf: LineOf): BodySection {
  const first = part.nodes[0]?.position?.start.offset;
  const last = part.nodes.at(-1)?.position?.end.offset;
  const slice = first === undefined || last === undefined ? '' : markdown.slice(first, last);
  const steps = part.nodes
    .filter((node) => node.type === 'list' && node.ordered)
    .reduce((sum, node) => sum + (node.type === 'list' ? node.children.length : 0), 0);
  return {
    key: part.key,
    heading: part.heading,
    markdown: slice,
    text: part.nodes.map(blockText).join('\n'),
    line: part.line,
    markdownLine: part.nodes[0] ? lineOf(part.nodes[0]) : part.line,
    steps,
  };
}

function collectLinks(
  tree: Root,
  lineOf: (node: { position?: { start: { line: number } } }) => number,
  problems: ParsedBody['problems'],
): InternalLink[] {
  const links: InternalLink[] = [];
  visit(tree, 'link', (node) => {
    const target = parseLinkTarget(node.url);
    if (typeof target === 'string') problems.push({ line: lineOf(node), message: target });
    else if (target) links.push({ ...target, line: lineOf(node) } as InternalLink);
  });
  visit(tree, 'definition', (node) => {
    problems.push({
      line: lineOf(node),
      message: 'use inline links [text](event:…), not reference definitions',
    });
  });
  return links;
}

type LinkTarget =
  { kind: 'event'; key: string; article?: string } | { kind: 'smtp'; code: string } | null;

/**
 * Internal links use `event:<source-slug>/<id>` (or `…/<id>/<variant>` for one of several
 * articles of an event) and `smtp:<code>`; external ones must be https.
 */
export function parseLinkTarget(url: string): LinkTarget | string {
  const event =
    /^event:([\p{Ll}\p{N}][\p{Ll}\p{N}._-]*\/\d{1,5})(?:\/([\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*))?$/u.exec(
      url,
    );
  if (event)
    return event[2]
      ? { kind: 'event', key: event[1]!, article: event[2] }
      : { kind: 'event', key: event[1]! };
  const smtp = /^smtp:(\d{3}|[245]\.\d{1,3}\.\d{1,3})$/.exec(url);
  if (smtp) return { kind: 'smtp', code: smtp[1]! };
  if (/^https:\/\/[^\s/]+/.test(url)) return null;
  return `link "${url}" must be event:<source-slug>/<id>, smtp:<code> or an https:// address`;
}

/** Where internal links point, for the locale being rendered. */
export interface LinkResolver {
  /** `article` names one of several articles of the event. */
  event(key: string, article?: string): string;
  smtp(code: string): string;
}

const renderer = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(() => (tree: HtmlRoot) => {
    markCopyableCode(tree);
    addWordBreaks(tree);
  });

/**
 * The sanitised HTML tree of a Markdown fragment, internal links pointing where `resolve` says,
 * code marked for copying (`data-copy`) and identifiers given word-break opportunities.
 */
export function renderMarkdown(markdown: string, resolve: LinkResolver): HtmlRoot {
  const tree = renderer.parse(markdown);
  rewriteLinks(tree, resolve);
  return renderer.runSync(tree);
}

/** The content of a fragment that is a single paragraph, without the paragraph (for inline use). */
export function unwrapParagraph(tree: HtmlRoot): HtmlRoot {
  const elements = tree.children.filter((node): node is Element => node.type === 'element');
  const only = elements.length === 1 ? elements[0] : undefined;
  if (only?.tagName !== 'p') return tree;
  return { ...tree, children: only.children as ElementContent[] };
}

function rewriteLinks(tree: Root, resolve: LinkResolver): void {
  visit(tree, 'link', (node) => {
    const target = parseLinkTarget(node.url);
    if (target && typeof target !== 'string')
      node.url =
        target.kind === 'event'
          ? resolve.event(target.key, target.article)
          : resolve.smtp(target.code);
  });
}
