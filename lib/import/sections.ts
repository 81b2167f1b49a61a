/**
 * Maps the prose of a legacy article to our three sections and turns it into Markdown nodes:
 * the vendor's help is dropped, lists stay lists (nested by indentation), and User action gets
 * numbered steps where the legacy text used bullets, because our originals need at least two.
 */
import type { ArticleKind } from '../content/schema';
import { sectionKeys, type SectionKey } from '../content/sections';
import { dropVendorHelp } from './chrome';
import type { LegacyDocument } from './layout';
import { toBlocks, type Block } from './lines';
import type { BodyNode, ItemNode, ListNode } from './markdown';

export type SectionBlocks = Record<SectionKey, Block[]>;

// The sentence that opens the user action in an article without headings (analyzer rules):
// "To address this warning, …", "Um dieses Problem zu beheben, …", "Чтобы устранить …".
const actionCue =
  /^(?:to\s+(?:address|resolve|correct|fix|remedy|troubleshoot|work\s+around)\b|do\s+(?:one\s+or\s+more\s+of\s+)?the\s+following|perform\s+the\s+following|um\s+(?:dies\p{L}*|d\p{L}{2})\s+.*\s+zu\s+(?:beheben|lösen|korrigieren)|gehen\s+sie\s+(?:wie\s+folgt|folgendermaßen)\s+vor|чтобы\s+(?:устранить|решить|исправить)|для\s+(?:устранения|решения|исправления)|выполните\s+(?:одно\s+или\s+несколько|следующ))/iu;
const moreCue =
  /^(?:for\s+more\s+information|more\s+information|weitere\s+informationen|zusätzliche\s+informationen|дополнительные\s+сведения|для\s+получения\s+дополнительных\s+сведений|дополнительную\s+информацию)/iu;

/**
 * Splits an article without headings at its cues: the user action starts at its opening
 * sentence (or, without one, at the first numbered list), more information at "For more
 * information"; what precedes is the explanation.
 */
export function splitByCues(blocks: readonly Block[]): SectionBlocks {
  let action = blocks.findIndex((b) => b.kind === 'paragraph' && actionCue.test(b.text));
  if (action === -1) action = blocks.findIndex((b) => b.kind === 'item' && b.ordered);
  const more = blocks.findIndex(
    (b, i) => i > Math.max(action, 0) && b.kind === 'paragraph' && moreCue.test(b.text),
  );
  const end = (index: number) => (index === -1 ? blocks.length : index);
  const explanationEnd = Math.min(end(action), end(more));
  return {
    explanation: blocks.slice(0, explanationEnd),
    'user-action': action === -1 ? [] : blocks.slice(action, end(more)),
    'more-information': more === -1 ? [] : blocks.slice(more),
  };
}

/**
 * The blocks of each section. Text before the first section (an alert's or analyzer rule's
 * introduction, which says what raises it) opens the explanation; an event's introduction is
 * page boilerplate ("This page explains one event …") and is left out.
 */
export function sectionBlocks(doc: LegacyDocument, kind: ArticleKind): SectionBlocks {
  const lead = [...(kind === 'event' ? [] : toBlocks(doc.intro)), ...toBlocks(doc.unheaded)];
  const split: SectionBlocks =
    doc.sections.length === 0
      ? splitByCues(lead)
      : {
          explanation: lead,
          'user-action': [],
          'more-information': [],
        };
  for (const section of doc.sections) split[section.key].push(...toBlocks(section.lines));
  for (const key of sectionKeys) split[key] = withoutVendorHelp(split[key]);
  return split;
}

function withoutVendorHelp(blocks: readonly Block[]): Block[] {
  return blocks
    .map((block) => ({ ...block, text: dropVendorHelp(block.text) }))
    .filter((block) => block.text !== '');
}

interface OpenList {
  list: ListNode;
  indent: number;
  /** Where the list sits: the section's top level or an item's children. */
  container: BodyNode[];
}

/**
 * Builds Markdown nodes from blocks. Items form a list while they follow each other; an item
 * indented deeper than the one before (by two columns or more) starts a nested list, and a
 * paragraph indented deeper than the list's items belongs to the last item. Exports indent
 * unevenly, so a difference of one column counts as the same level.
 */
export function toNodes(blocks: readonly Block[]): BodyNode[] {
  const root: BodyNode[] = [];
  const open: OpenList[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      while (open.length > 0 && block.indent <= open.at(-1)!.indent + 1) open.pop();
      const top = open.at(-1);
      (top ? top.list.items.at(-1)!.children : root).push({ kind: 'paragraph', text: block.text });
      continue;
    }
    while (open.length > 0 && block.indent < open.at(-1)!.indent - 1) open.pop();
    const item: ItemNode = { text: block.text, children: [] };
    const top = open.at(-1);
    if (top && block.indent <= top.indent + 1 && top.list.ordered === block.ordered) {
      top.list.items.push(item);
      continue;
    }
    let container = root;
    if (top && block.indent > top.indent + 1) container = top.list.items.at(-1)!.children;
    else if (top) {
      // Same level, other kind of list (bullets after numbers): a sibling list.
      container = top.container;
      open.pop();
    }
    const list: ListNode = {
      kind: 'list',
      ordered: block.ordered,
      start: block.ordered ? (block.number ?? 1) : 1,
      items: [item],
    };
    container.push(list);
    open.push({ list, indent: block.indent, container });
  }
  return root;
}

/** Numbered items at the top level of a section: what the validator counts as steps. */
export function countSteps(nodes: readonly BodyNode[]): number {
  return nodes.reduce(
    (sum, node) => sum + (node.kind === 'list' && node.ordered ? node.items.length : 0),
    0,
  );
}

/**
 * Turns the top-level bullet lists of a User action into numbered lists when it has fewer than
 * `minimum` numbered steps: legacy articles often list their steps as bullets.
 */
export function numberBulletSteps(nodes: readonly BodyNode[], minimum: number): BodyNode[] {
  if (countSteps(nodes) >= minimum) return [...nodes];
  return nodes.map((node) =>
    node.kind === 'list' && !node.ordered ? { ...node, ordered: true, start: 1 } : node,
  );
}
