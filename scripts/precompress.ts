/**
 * Writes .br and .gz beside the files worth compressing ahead of time (search data, scripts,
 * styles), so that a static host (and `npm start`) can send them without compressing per request.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const worthIt = /\.(json|js|css|xml|html|txt)$/;

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* walk(full);
    else yield full;
  }
}

export function precompress(dirs: string[]): { files: number; bytes: number; brotli: number } {
  const totals = { files: 0, bytes: 0, brotli: 0 };
  for (const dir of dirs) {
    for (const file of walk(dir)) {
      if (!worthIt.test(file)) continue;
      const data = readFileSync(file);
      const brotli = brotliCompressSync(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      });
      writeFileSync(`${file}.br`, brotli);
      writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      totals.files++;
      totals.bytes += data.length;
      totals.brotli += brotli.length;
    }
  }
  return totals;
}
