/**
 * Steps on rendered (sanitised) Markdown that prepare it for reading on any screen: code a reader
 * will want to paste is marked for a copy button, and identifiers get word-break opportunities
 * between their words (no `MSExchangeTranspor|t`).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { identifierPieces } from '../text/identifierBreaks';
import { longWordPieces } from '../text/longWords';

/** The property (rendered as `data-copy`) that holds the text a copy button copies. */
export const copyProperty = 'dataCopy';

/**
 * Inline code worth its own copy button: at least 16 characters (typing that on a phone is a
 * chore) and shaped like something one pastes whole: a command line (has a space) or a path.
 * Names mentioned in a sentence (a cmdlet, a long property) are not: a button after each would
 * chop the sentence up.
 */
export function isWorthCopying(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 16 || trimmed.includes('\n')) return false;
  return /\s/.test(trimmed) || /[\\/]/.test(trimmed);
}

function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function* elements(node: Root | Element, parent?: Element): Generator<[Element, Element?]> {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    yield [child, parent];
    yield* elements(child, child);
  }
}

/** Marks every code block, and each inline command worth it, with the text to copy. */
export function markCopyableCode(tree: Root): void {
  for (const [element, parent] of elements(tree)) {
    if (element.tagName === 'pre') element.properties[copyProperty] = textOf(element);
    else if (element.tagName === 'code' && parent?.tagName !== 'pre') {
      const text = textOf(element);
      if (isWorthCopying(text)) element.properties[copyProperty] = text;
    }
  }
}

/**
 * Puts a `<wbr>` between the pieces of texts: every word of inline code (identifierPieces), and
 * the long words of running text (longWordPieces). Code blocks keep their lines as written.
 */
export function addWordBreaks(tree: Root): void {
  const visit = (node: Root | Element, inCode: boolean) => {
    if (node.type === 'element' && node.tagName === 'pre') return;
    node.children = node.children.flatMap((child): (typeof child)[] => {
      if (child.type === 'element') {
        visit(child, inCode || child.tagName === 'code');
        return [child];
      }
      if (child.type !== 'text') return [child];
      const pieces = inCode ? identifierPieces(child.value) : longWordPieces(child.value);
      return pieces.flatMap((piece, index) => [
        ...(index > 0 ? [wordBreak()] : []),
        { type: 'text', value: piece } as const,
      ]);
    }) as typeof node.children;
  };
  visit(tree, false);
}

function wordBreak(): Element {
  return { type: 'element', tagName: 'wbr', properties: {}, children: [] };
}
