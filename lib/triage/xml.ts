/**
 * A small XML reader for one event element (the browser's DOMParser is not available in a Web
 * Worker). It builds a tree of elements and text, decodes the predefined and numeric entities,
 * skips comments, processing instructions and doctypes, keeps CDATA as text, and tolerates
 * mismatched or missing end tags. Namespace prefixes are dropped from names.
 */

export interface XElement {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
}
export type XNode = XElement | string;

const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (whole, body: string) => {
    if (body[0] !== '#') return named[body] ?? whole;
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Reads the attributes of a start tag between `from` and its `>`; returns them and the end. */
function readStartTag(
  text: string,
  from: number,
): { name: string; attrs: Record<string, string>; end: number; empty: boolean } | null {
  let i = from;
  while (i < text.length && !isSpace(text[i]) && text[i] !== '>' && text[i] !== '/') i++;
  const name = localName(text.slice(from, i));
  const attrs: Record<string, string> = {};
  while (i < text.length) {
    while (isSpace(text[i])) i++;
    if (text[i] === '>') return { name, attrs, end: i + 1, empty: false };
    if (text[i] === '/' && text[i + 1] === '>') return { name, attrs, end: i + 2, empty: true };
    const nameStart = i;
    while (i < text.length && !isSpace(text[i]) && text[i] !== '=' && text[i] !== '>') i++;
    const attrName = localName(text.slice(nameStart, i));
    while (isSpace(text[i])) i++;
    if (text[i] !== '=') {
      if (i === nameStart) i++; // a stray character: skip it
      continue;
    }
    i++;
    while (isSpace(text[i])) i++;
    const quote = text[i];
    if (quote !== '"' && quote !== "'") return null;
    const close = text.indexOf(quote, i + 1);
    if (close < 0) return null;
    attrs[attrName] = decodeEntities(text.slice(i + 1, close));
    i = close + 1;
  }
  return null;
}

/** The first element of `text` with everything inside it, or null when there is none. */
export function parseXmlElement(text: string): XElement | null {
  const root: XElement = { name: '#root', attrs: {}, children: [] };
  const stack: XElement[] = [root];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('<', i);
    const top = stack[stack.length - 1]!;
    if (open < 0 || open > i) {
      const raw = text.slice(i, open < 0 ? undefined : open);
      if (stack.length > 1) top.children.push(decodeEntities(raw));
      if (open < 0) break;
    }
    i = open;
    if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i);
      if (stack.length > 1) top.children.push(text.slice(i + 9, end < 0 ? undefined : end));
      i = end < 0 ? text.length : end + 3;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i);
      i = end < 0 ? text.length : end + 3;
    } else if (text[i + 1] === '?' || text[i + 1] === '!') {
      const end = text.indexOf('>', i);
      i = end < 0 ? text.length : end + 1;
    } else if (text[i + 1] === '/') {
      const end = text.indexOf('>', i);
      const name = localName(text.slice(i + 2, end < 0 ? undefined : end).trim());
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
      i = end < 0 ? text.length : end + 1;
    } else {
      const tag = readStartTag(text, i + 1);
      if (!tag) break;
      const element: XElement = { name: tag.name, attrs: tag.attrs, children: [] };
      top.children.push(element);
      if (!tag.empty) stack.push(element);
      i = tag.end;
    }
    if (stack.length === 1 && root.children.some((c) => typeof c !== 'string')) break;
  }
  return root.children.find((c): c is XElement => typeof c !== 'string') ?? null;
}

export function childElement(element: XElement | undefined, name: string): XElement | undefined {
  return element?.children.find((c): c is XElement => typeof c !== 'string' && c.name === name);
}

export function childElements(element: XElement | undefined, name?: string): XElement[] {
  return (element?.children ?? []).filter(
    (c): c is XElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

/** All text inside an element, in document order. */
export function textOf(node: XNode | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node;
  return node.children.map(textOf).join('');
}
