/**
 * An EVTX file read piece by piece: the 4 KiB file header ("ElfFile\0", header block size,
 * checksum), then one 64 KiB chunk at a time; only the chunk being filled is held. A file cut
 * short is read up to its last complete record and reported as truncated.
 */
import type { EventSink, FileNote } from '../model';
import { chunkSize, readChunk } from './chunk';
import { crc32 } from './crc32';

const fileHeaderSize = 4096;

export interface ByteConsumer {
  push(bytes: Uint8Array): void;
  end(): FileNote[];
}

export function createEvtxReader(sink: EventSink): ByteConsumer {
  const header = new Uint8Array(fileHeaderSize);
  let headerFill = 0;
  let headerBlockSize = fileHeaderSize;
  let skip = 0;
  const chunk = new Uint8Array(chunkSize);
  let chunkFill = 0;
  let checksumProblems = 0;

  const readHeader = () => {
    const view = new DataView(header.buffer);
    if (crc32(header.subarray(0, 120)) !== view.getUint32(124, true)) checksumProblems++;
    const declared = view.getUint16(40, true);
    // The header block is 4096 bytes in every file seen; anything else is taken as 4096.
    headerBlockSize = declared >= 128 && declared <= fileHeaderSize ? declared : fileHeaderSize;
    skip = fileHeaderSize - headerBlockSize;
  };

  const finishChunk = (bytes: Uint8Array) => {
    const result = readChunk(bytes, sink);
    if (!result.valid) sink.malformed();
    else if (!result.checksumsMatch) checksumProblems++;
  };

  return {
    push(bytes) {
      let at = 0;
      if (headerFill < fileHeaderSize) {
        const take = Math.min(fileHeaderSize - headerFill, bytes.length);
        header.set(bytes.subarray(0, take), headerFill);
        headerFill += take;
        at = take;
        if (headerFill === fileHeaderSize) readHeader();
        if (skip > 0) {
          // Chunks start at the header block size: put the bytes after it back in line.
          chunk.set(header.subarray(headerBlockSize), 0);
          chunkFill = skip;
          skip = 0;
        }
      }
      while (at < bytes.length) {
        const take = Math.min(chunkSize - chunkFill, bytes.length - at);
        chunk.set(bytes.subarray(at, at + take), chunkFill);
        chunkFill += take;
        at += take;
        if (chunkFill === chunkSize) {
          finishChunk(chunk);
          chunkFill = 0;
        }
      }
    },
    end() {
      const ended: FileNote[] = [];
      if (headerFill < fileHeaderSize) ended.push({ code: 'truncated' });
      else if (chunkFill > 0) {
        finishChunk(chunk.subarray(0, chunkFill));
        ended.push({ code: 'truncated' });
      }
      if (checksumProblems > 0) ended.push({ code: 'checksum', count: checksumProblems });
      return ended;
    },
  };
}
