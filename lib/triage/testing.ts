/** Helpers for the triage tests: run bytes through the pipeline the way the worker does. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Aggregator } from './aggregate';
import { CatalogIndex, type TriageCatalog } from './catalog';
import catalogJson from './fixtures/catalog.json';
import { triageInput } from './pipeline';
import { buildGroups } from './report';

export const testCatalog = new CatalogIndex(catalogJson as TriageCatalog);

export const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures', name)));

/** UTF-16 little-endian with a byte order mark, as Windows writes "Unicode" text. */
export function utf16le(bytes: Uint8Array): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

/** The bytes in pieces of the given sizes (cycled), as a stream delivers them. */
export async function* pieces(bytes: Uint8Array, sizes: number[] = [65_536]) {
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length]!);
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

export async function triageBytes(name: string, bytes: Uint8Array, sizes?: number[]) {
  const aggregator = new Aggregator(testCatalog);
  const result = await triageInput(
    { name, size: bytes.length, chunks: pieces(bytes, sizes) },
    aggregator,
  );
  return { result, groups: buildGroups(aggregator.snapshot()), cells: aggregator.snapshot() };
}
