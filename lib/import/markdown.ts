/**
 * Writes legacy prose as Markdown that our validator accepts and renders as the text said:
 * characters with a meaning in Markdown are escaped, command fragments holding `<placeholders>`
 * become code spans (raw HTML is refused, and `<ServerName>` would read as a tag), addresses that
 * are not https become code spans (only https links are allowed), lists become Markdown lists.
 */

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

/** A code span holding `text` verbatim, with a fence longer than any backtick run inside. */
export function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/gu) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

const asciiPunctuation = /[!-/:-@[-`{-~]/u;
const alphanumeric = /[\p{L}\p{N}]/u;

/** Escapes the characters of plain text that Markdown (with GFM) would otherwise interpret. */
export function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1] ?? '';
    const previous = text[i - 1] ?? '';
    if (char === '\\') out += next === '' || asciiPunctuation.test(next) ? '\\\\' : '\\';
    // `@` too: GFM links some text around an @ as an e-mail address even where the token
    // pattern below sees none (`a@.a`).
    else if ('`*[]<~@'.includes(char)) out += `\\${char}`;
    // `_` inside a word (SMTP_Send) never starts emphasis; elsewhere it might.
    else if (char === '_')
      out += alphanumeric.test(previous) && alphanumeric.test(next) ? '_' : '\\_';
    else if (char === '&' && /^#?[\p{L}\p{N}]+;/u.test(text.slice(i + 1))) out += '\\&';
    else out += char;
  }
  return out;
}

// Tokens that need more than escaping, in order of precedence: a word holding a <placeholder>,
// a web address, an e-mail address (GFM would turn the last two into links).
const special =
  /(\S*<[^<>\s]+>\S*)|((?:https?:\/\/|www\.)[^\s<>"]+)|([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/gu;
const trailingPunctuation = /[.,;:!?'"’”]+$/u;

type Segment = { kind: 'text' | 'code' | 'link'; value: string };

/** Escapes one line of prose for use inside a paragraph or list item. */
export function escapeInline(text: string): string {
  const segments: Segment[] = [];
  const push = (kind: Segment['kind'], value: string) => {
    if (value === '') return;
    const last = segments.at(-1);
    // Two code spans side by side would fuse their fences (`a``b`): make them one span.
    if (last && last.kind === kind && kind !== 'link') last.value += value;
    else segments.push({ kind, value });
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
    push('text', text.slice(last, match.index));
    push(match[2] !== undefined && /^https:\/\/[^\s/]+/u.test(token) ? 'link' : 'code', token);
    push('text', closing + tail);
    last = match.index + match[0].length;
  }
  push('text', text.slice(last));
  return segments
    .map((s) =>
      s.kind === 'text'
        ? escapeText(s.value)
        : s.kind === 'code'
          ? codeSpan(s.value)
          : `<${s.value}>`,
    )
    .join('');
}

/**
 * Escapes what would change the meaning of a block's first characters: a heading (`#`), a quote
 * (`>`), a list marker (`-`, `+`, `1.`), a thematic break (`---`).
 */
export function escapeBlockStart(markdown: string): string {
  if (/^[#>+-]/u.test(markdown)) return `\\${markdown}`;
  const numbered = /^(\d{1,9})([.)])(\s|$)/u.exec(markdown);
  if (numbered) return `${numbered[1]}\\${markdown.slice(numbered[1]!.length)}`;
  return markdown;
}

function inline(text: string): string {
  return escapeBlockStart(escapeInline(text));
}

/** Renders nodes as Markdown, every line prefixed with `indent` (for nodes nested in an item). */
export function renderNodes(nodes: readonly BodyNode[], indent = ''): string {
  return nodes
    .map((node) =>
      node.kind === 'paragraph' ? `${indent}${inline(node.text)}` : renderList(node, indent),
    )
    .join('\n\n');
}

function renderList(list: ListNode, indent: string): string {
  // Items without nested content make a tight list; a nested paragraph makes all items loose.
  const loose = list.items.some((item) =>
    item.children.some((child) => child.kind === 'paragraph'),
  );
  return list.items
    .map((item, index) => {
      const marker = list.ordered ? `${list.start + index}.` : '-';
      const first = `${indent}${marker} ${inline(item.text)}`;
      if (item.children.length === 0) return first;
      const childIndent = indent + ' '.repeat(marker.length + 1);
      const separator = item.children[0]?.kind === 'list' && !loose ? '\n' : '\n\n';
      return `${first}${separator}${renderNodes(item.children, childIndent)}`;
    })
    .join(loose ? '\n\n' : '\n');
}
