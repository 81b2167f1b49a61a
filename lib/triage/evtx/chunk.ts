/**
 * One EVTX chunk (64 KiB): a 512-byte header ("ElfChnk\0", record numbers, free space offset,
 * checksums) and event records ("**\0\0", size, record ID, written time, binary XML, size again).
 * A chunk cut short by the end of the file is read as far as it goes.
 */
import { eventFromXml } from '../eventXml';
import type { EventSink } from '../model';
import { BinXmlError, ChunkBinXml } from './binxml';
import { crc32 } from './crc32';
import { fileTimeToMs } from './values';

export const chunkSize = 65_536;
const headerSize = 512;
const chunkSignature = [0x45, 0x6c, 0x66, 0x43, 0x68, 0x6e, 0x6b, 0x00]; // "ElfChnk\0"
const recordSignature = 0x00002a2a;

export interface ChunkResult {
  /** False when the bytes are not a chunk at all (an unused, zeroed chunk is not reported). */
  valid: boolean;
  checksumsMatch: boolean;
  records: number;
}

const isZero = (bytes: Uint8Array) => bytes.every((b) => b === 0);

export function readChunk(chunk: Uint8Array, sink: EventSink): ChunkResult {
  if (chunk.length < headerSize || !chunkSignature.every((b, i) => chunk[i] === b))
    return { valid: isZero(chunk), checksumsMatch: true, records: 0 };
  const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const freeSpace = Math.min(view.getUint32(48, true), chunk.length);
  const headerSum = crc32(chunk.subarray(0, 120), chunk.subarray(128, headerSize));
  const recordsSum = crc32(chunk.subarray(headerSize, freeSpace));
  const complete = chunk.length === chunkSize;
  const checksumsMatch =
    headerSum === view.getUint32(124, true) &&
    (!complete || recordsSum === view.getUint32(52, true));
  const binXml = new ChunkBinXml(chunk);
  let records = 0;
  let at = headerSize;
  while (at + 24 <= freeSpace && view.getUint32(at, true) === recordSignature) {
    const size = view.getUint32(at + 4, true);
    if (size < 28 || at + size > chunk.length) break;
    if (view.getUint32(at + size - 4, true) !== size) {
      sink.malformed();
      break;
    }
    records++;
    try {
      const root = binXml.readRecord(at + 24, at + size - 4);
      const event = root ? eventFromXml(root) : null;
      if (event) sink.event({ ...event, time: event.time ?? fileTimeToMs(view, at + 16) });
      else sink.malformed();
    } catch (error) {
      if (!(error instanceof BinXmlError) && !(error instanceof RangeError)) throw error;
      sink.malformed();
    }
    at += size;
  }
  return { valid: true, checksumsMatch, records };
}
