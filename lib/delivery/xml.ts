/** A small XML writer: elements and comments in, an indented document with escaped values out. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | { comment: string };

export function el(
  name: string,
  attributes: Record<string, string> = {},
  children: XmlNode[] = [],
): XmlElement {
  return { name, attributes, children };
}

export function comment(text: string): XmlNode {
  return { comment: text };
}

function escape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function render(node: XmlNode, indent: string): string {
  if ('comment' in node) return `${indent}<!-- ${node.comment.replace(/--/g, '- -')} -->`;
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${escape(value)}"`)
    .join('');
  if (node.children.length === 0) return `${indent}<${node.name}${attributes} />`;
  const children = node.children.map((child) => render(child, `${indent}  `)).join('\n');
  return `${indent}<${node.name}${attributes}>\n${children}\n${indent}</${node.name}>`;
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${render(root, '')}\n`;
}
