/**
 * EVTX binary XML (libevtx's "Windows XML Event Log (EVTX) format", section Binary XML), read
 * into the same element tree the text XML reader builds. A record is a fragment holding a
 * template instance: a template definition (stored inline the first time a chunk uses it, then
 * referred to by its offset) and the values for its substitutions. Templates are parsed once
 * per chunk and kept; names are read once per offset.
 *
 * Offsets in binary XML count from the start of the chunk, so the reader works on one chunk.
 */
import type { XElement, XNode } from '../xml';
import { decodeValue, valueTypes } from './values';

const token = {
  eof: 0x00,
  openStart: 0x01,
  closeStart: 0x02,
  closeEmpty: 0x03,
  end: 0x04,
  value: 0x05,
  attribute: 0x06,
  cdata: 0x07,
  charRef: 0x08,
  entityRef: 0x09,
  piTarget: 0x0a,
  piData: 0x0b,
  templateInstance: 0x0c,
  normalSubstitution: 0x0d,
  optionalSubstitution: 0x0e,
  fragmentHeader: 0x0f,
} as const;

/** Set on some tokens: more data follows (attributes, more value parts). */
const moreFlag = 0x40;

interface Substitution {
  kind: 'sub';
  index: number;
  optional: boolean;
}
interface TemplateElement {
  kind: 'element';
  name: string;
  attrs: { name: string; parts: TemplatePart[] }[];
  children: TemplateNode[];
}
type TemplatePart = string | Substitution;
/** A template's tree: elements, text, substitutions, and nodes already made concrete. */
type TemplateNode = TemplatePart | TemplateElement | { kind: 'nodes'; nodes: XNode[] };

interface Value {
  type: number;
  start: number;
  size: number;
}

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const utf16 = new TextDecoder('utf-16le');

export class BinXmlError extends Error {}

/** Nesting deeper than this is a corrupt or hostile file, not an event. */
const maxDepth = 64;

export class ChunkBinXml {
  private readonly view: DataView;
  private readonly names = new Map<number, string>();
  private readonly templates = new Map<number, TemplateNode[]>();
  private depth = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private check(position: number, length: number): void {
    if (position < 0 || position + length > this.bytes.length)
      throw new BinXmlError('out of bounds');
  }
  private u8(at: number) {
    this.check(at, 1);
    return this.bytes[at]!;
  }
  private u16(at: number) {
    this.check(at, 2);
    return this.view.getUint16(at, true);
  }
  private u32(at: number) {
    this.check(at, 4);
    return this.view.getUint32(at, true);
  }
  private utf16At(at: number, chars: number): string {
    this.check(at, chars * 2);
    return utf16.decode(this.bytes.subarray(at, at + chars * 2));
  }

  /** A name structure: 4 unknown bytes, hash, character count, UTF-16 text, terminator. */
  private name(offset: number): { name: string; size: number } {
    const count = this.u16(offset + 6);
    const size = 8 + count * 2 + 2;
    let name = this.names.get(offset);
    if (name === undefined) {
      name = this.utf16At(offset + 8, count);
      this.names.set(offset, name);
    }
    return { name, size };
  }

  /** Reads a name reference at `at`; the name follows inline when the offset points right after it. */
  private nameRef(at: number): { name: string; next: number } {
    const offset = this.u32(at);
    const { name, size } = this.name(offset);
    return { name, next: offset === at + 4 ? at + 4 + size : at + 4 };
  }

  /** A record's event: its binary XML from `start` to `end`, as an element tree. */
  readRecord(start: number, end: number): XElement | null {
    this.depth = 0;
    const nodes = this.instantiate(this.content(start, end, true).nodes, []);
    return nodes.find((n): n is XElement => typeof n !== 'string') ?? null;
  }

  /**
   * Content tokens from `position` until an end-element token, end of stream or `end`.
   * `dependency`: element starts carry a 2-byte dependency identifier (not inside binary XML
   * substitution values).
   */
  private content(
    position: number,
    end: number,
    dependency: boolean,
  ): { nodes: TemplateNode[]; next: number } {
    if (++this.depth > maxDepth) throw new BinXmlError('nested too deep');
    const nodes: TemplateNode[] = [];
    let at = position;
    while (at < end) {
      const type = this.u8(at) & ~moreFlag;
      if (type === token.eof) {
        at++;
        break;
      }
      if (type === token.end) {
        at++;
        break;
      }
      switch (type) {
        case token.fragmentHeader:
          at += 4;
          break;
        case token.openStart: {
          const element = this.element(at, dependency);
          nodes.push(element.node);
          at = element.next;
          break;
        }
        case token.value:
        case token.cdata: {
          const chars = this.u16(at + (type === token.value ? 2 : 1));
          const textStart = at + (type === token.value ? 4 : 3);
          nodes.push(this.utf16At(textStart, chars));
          at = textStart + chars * 2;
          break;
        }
        case token.charRef:
          nodes.push(String.fromCharCode(this.u16(at + 1)));
          at += 3;
          break;
        case token.entityRef: {
          const ref = this.nameRef(at + 1);
          nodes.push(entities[ref.name] ?? `&${ref.name};`);
          at = ref.next;
          break;
        }
        case token.piTarget:
          at = this.nameRef(at + 1).next;
          break;
        case token.piData:
          at += 3 + this.u16(at + 1) * 2;
          break;
        case token.normalSubstitution:
        case token.optionalSubstitution:
          nodes.push({
            kind: 'sub',
            index: this.u16(at + 1),
            optional: type === token.optionalSubstitution,
          });
          at += 4;
          break;
        case token.templateInstance: {
          const instance = this.templateInstance(at);
          nodes.push({ kind: 'nodes', nodes: instance.nodes });
          at = instance.next;
          break;
        }
        default:
          throw new BinXmlError(`unexpected token 0x${type.toString(16)} at ${at}`);
      }
    }
    this.depth--;
    return { nodes, next: at };
  }

  /**
   * Where the element name offset is: after a dependency identifier or not. The layout the
   * caller expects is tried first; the other is taken when only it gives a sane name offset.
   */
  private nameOffsetPosition(at: number, dependency: boolean): number {
    const sane = (position: number) => {
      if (position + 4 > this.bytes.length) return false;
      const offset = this.u32(position);
      return offset === position + 4 || (offset >= 512 && offset < position);
    };
    const expected = at + (dependency ? 7 : 5);
    const other = at + (dependency ? 5 : 7);
    return sane(expected) || !sane(other) ? expected : other;
  }

  private element(at: number, dependency: boolean): { node: TemplateElement; next: number } {
    const hasAttributes = (this.u8(at) & moreFlag) !== 0;
    const ref = this.nameRef(this.nameOffsetPosition(at, dependency));
    const node: TemplateElement = { kind: 'element', name: ref.name, attrs: [], children: [] };
    let position = ref.next;
    if (hasAttributes) {
      const listEnd = position + 4 + this.u32(position);
      position += 4;
      while (position < listEnd && (this.u8(position) & ~moreFlag) === token.attribute) {
        const attr = this.nameRef(position + 1);
        const value = this.attributeValue(attr.next);
        node.attrs.push({ name: attr.name, parts: value.parts });
        position = value.next;
      }
    }
    const close = this.u8(position);
    if (close === token.closeEmpty) return { node, next: position + 1 };
    if (close !== token.closeStart) throw new BinXmlError(`element ${ref.name} not closed`);
    const content = this.content(position + 1, this.bytes.length, dependency);
    node.children = content.nodes;
    return { node, next: content.next };
  }

  private attributeValue(position: number): { parts: TemplatePart[]; next: number } {
    const parts: TemplatePart[] = [];
    let at = position;
    for (;;) {
      const type = this.u8(at) & ~moreFlag;
      if (type === token.value) {
        const chars = this.u16(at + 2);
        parts.push(this.utf16At(at + 4, chars));
        at += 4 + chars * 2;
      } else if (type === token.normalSubstitution || type === token.optionalSubstitution) {
        parts.push({
          kind: 'sub',
          index: this.u16(at + 1),
          optional: type === token.optionalSubstitution,
        });
        at += 4;
      } else if (type === token.charRef) {
        parts.push(String.fromCharCode(this.u16(at + 1)));
        at += 3;
      } else if (type === token.entityRef) {
        const ref = this.nameRef(at + 1);
        parts.push(entities[ref.name] ?? `&${ref.name};`);
        at = ref.next;
      } else return { parts, next: at };
    }
  }

  /** A template definition at `offset`: next offset, GUID, data size, then its fragment. */
  private template(offset: number): { nodes: TemplateNode[]; end: number } {
    const size = this.u32(offset + 20);
    const start = offset + 24;
    this.check(start, size);
    let nodes = this.templates.get(offset);
    if (!nodes) {
      // Mark it while it is read: a template that refers to itself is corrupt, not endless.
      this.templates.set(offset, []);
      try {
        nodes = this.content(start, start + size, true).nodes;
      } catch (error) {
        this.templates.delete(offset);
        throw error;
      }
      this.templates.set(offset, nodes);
    }
    return { nodes, end: start + size };
  }

  private templateInstance(at: number): { nodes: XNode[]; next: number } {
    const definition = this.u32(at + 6);
    let position = at + 10;
    const template = this.template(definition);
    if (definition === position) position = template.end;
    const count = this.u32(position);
    if (count > 4096) throw new BinXmlError('too many substitution values');
    position += 4;
    const values: Value[] = [];
    let data = position + count * 4;
    for (let i = 0; i < count; i++) {
      const size = this.u16(position + i * 4);
      const type = this.u8(position + i * 4 + 2);
      this.check(data, size);
      values.push({ type, start: data, size });
      data += size;
    }
    return { nodes: this.instantiate(template.nodes, values), next: data };
  }

  /** Text items of a substitution value, or nodes for binary XML. */
  private valueNodes(value: Value | undefined): XNode[][] {
    if (!value || value.type === valueTypes.null) return [];
    if (value.type === valueTypes.binXml) {
      const content = this.content(value.start, value.start + value.size, false);
      return [this.instantiate(content.nodes, [])];
    }
    return decodeValue(value.type, this.bytes, this.view, value.start, value.size).map((t) => [t]);
  }

  private instantiate(nodes: TemplateNode[], values: Value[]): XNode[] {
    const out: XNode[] = [];
    for (const node of nodes) {
      if (typeof node === 'string') out.push(node);
      else if (node.kind === 'nodes') out.push(...node.nodes);
      else if (node.kind === 'sub') out.push(...this.valueNodes(values[node.index]).flat());
      else out.push(...this.instantiateElement(node, values));
    }
    return out;
  }

  /** An element whose only content is an array substitution is repeated once per item. */
  private instantiateElement(node: TemplateElement, values: Value[]): XElement[] {
    const attrs: Record<string, string> = {};
    for (const attr of node.attrs) {
      const optionalNull = attr.parts.every(
        (p) =>
          typeof p !== 'string' && p.optional && (values[p.index]?.type ?? 0) === valueTypes.null,
      );
      if (attr.parts.length > 0 && optionalNull) continue;
      attrs[attr.name] = attr.parts
        .map((p) =>
          typeof p === 'string'
            ? p
            : this.valueNodes(values[p.index])
                .flat()
                .filter((n) => typeof n === 'string')
                .join(' '),
        )
        .join('');
    }
    const only = node.children.length === 1 ? node.children[0] : undefined;
    const arrayValue =
      only && typeof only !== 'string' && only.kind === 'sub' ? values[only.index] : undefined;
    if (arrayValue && arrayValue.type & valueTypes.array) {
      const items = this.valueNodes(arrayValue);
      return (items.length > 0 ? items : [[]]).map((children) => ({
        name: node.name,
        attrs,
        children,
      }));
    }
    return [{ name: node.name, attrs, children: this.instantiate(node.children, values) }];
  }
}
