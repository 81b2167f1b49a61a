/**
 * Writes legacy prose as Markdown that our validator accepts and renders as the text said. The
 * prose becomes an mdast tree and `mdast-util-to-markdown` (with its GFM extension) writes it,
 * escaping whatever Markdown would otherwise interpret. Before that, some tokens change kind:
 * command fragments holding `<placeholders>` become code (raw HTML is refused, and `<ServerName>`
 * would read as a tag), addresses that are not https become code (only https links are allowed),
 * https addresses become links.
 */
import type { InlineCode, Link, List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

export interface ParagraphNode {
  kind: 'paragraph';
  text: string;
}

export interface ListNode {
  kind: 'list';
  ordered: boolean;
  /** The number of the first item (ordered lists). */
  start: number;
  items: ItemNode[];
}

export interface ItemNode {
  text: string;
  /** Paragraphs and lists indented under the item. */
  children: BodyNode[];
}

export type BodyNode = ParagraphNode | ListNode;

// Tokens that need more than escaping, in order of precedence: a word holding a <placeholder>,
// a web address, an e-mail address (GFM would turn the last two into links).
const special =
  /(\S*<[^<>\s]+>\S*)|((?:https?:\/\/|www\.)[^\s<>"]+)|([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;
const trailingPunctuation = /[.,;:!?'"’”]+$/u;

/** One line of prose as phrasing content: text, code for special tokens, links for https. */
function phrasing(text: string): (Text | InlineCode | Link)[] {
  const nodes: (Text | InlineCode | Link)[] = [];
  const push = (node: Text | InlineCode | Link) => {
    const last = nodes.at(-1);
    if (node.type === 'link') nodes.push(node);
    // Two code spans side by side would fuse their fences: make them one.
    else if (last && last.type === node.type) last.value += node.value;
    else if (node.value !== '') nodes.push(node);
  };
  let last = 0;
  for (const match of text.matchAll(special)) {
    let token = match[0];
    // Sentence punctuation after a token stays outside it; so does a closing parenthesis the
    // token did not open.
    const tail = token.match(trailingPunctuation)?.[0] ?? '';
    token = token.slice(0, token.length - tail.length);
    let closing = '';
    if (token.endsWith(')') && !token.includes('(')) {
      closing = ')';
      token = token.slice(0, -1);
    }
    push({ type: 'text', value: text.slice(last, match.index) });
    if (match[2] !== undefined && /^https:\/\/[^\s/]+/u.test(token))
      push({ type: 'link', url: token, children: [{ type: 'text', value: token }] });
    else push({ type: 'inlineCode', value: token });
    push({ type: 'text', value: closing + tail });
    last = match.index + match[0].length;
  }
  push({ type: 'text', value: text.slice(last) });
  return nodes;
}

function paragraph(text: string): Paragraph {
  return { type: 'paragraph', children: phrasing(text) };
}

function toMdast(node: BodyNode): RootContent {
  return node.kind === 'paragraph' ? paragraph(node.text) : list(node);
}

function list(node: ListNode): List {
  // Items without nested paragraphs make a tight list; a nested paragraph makes it loose.
  const spread = node.items.some((item) => item.children.some((c) => c.kind === 'paragraph'));
  const items: ListItem[] = node.items.map((item) => ({
    type: 'listItem',
    spread,
    children: [paragraph(item.text), ...item.children.map(toMdast)] as ListItem['children'],
  }));
  return { type: 'list', ordered: node.ordered, start: node.start, spread, children: items };
}

/** Renders nodes as Markdown, as the project writes it (`-` bullets, `1.` numbers). */
export function renderNodes(nodes: readonly BodyNode[]): string {
  const root: Root = { type: 'root', children: nodes.map(toMdast) };
  return toMarkdown(root, {
    extensions: [gfmToMarkdown()],
    bullet: '-',
    listItemIndent: 'one',
    incrementListMarker: true,
  }).trimEnd();
}
