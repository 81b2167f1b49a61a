/**
 * `npm run test:scale`: 10,000 generated articles, handed to the build as its KB_CONTENT_DIR, go
 * through the same validation, search-index build and full static export (`scripts/build.ts`,
 * which fails if any article page is missing) as the real corpus. The export (~48,000 HTML
 * pages, ~3.6 GB) is deleted afterwards. SCALE_ARTICLES sets another size.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statfsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { validateContent } from '../lib/content/corpus';
import { buildSearchIndex } from '../lib/search/build/index';
import { generateCorpus } from './generate-corpus';

const count = Number(process.env.SCALE_ARTICLES ?? 10_000);
// Its own folder, deleted and regenerated on every run, handed to the build as KB_CONTENT_DIR.
const dir = path.resolve('.cache/scale-content');
rmSync(dir, { recursive: true, force: true });
generateCorpus(dir, count);

let started = performance.now();
const { corpus, problems } = validateContent(dir);
const validationMs = performance.now() - started;
started = performance.now();
const { files } = buildSearchIndex(corpus, 'en');
const indexMs = performance.now() - started;
const gzipKiB = (value: unknown) => Math.round(gzipSync(JSON.stringify(value)).length / 1024);
const shardSizes = [...files].filter(([p]) => p.startsWith('t/')).map(([, v]) => gzipKiB(v));
console.log(
  `${count} generated articles: ${corpus.articles.length} loaded, ${problems.length} problems`,
);
console.log(`validation ${Math.round(validationMs)} ms, search index ${Math.round(indexMs)} ms`);
console.log(
  `search files: ${files.size}; manifest ${gzipKiB(files.get('manifest.json'))} KiB gzip; ${shardSizes.length} term shards, largest ${Math.max(...shardSizes)} KiB gzip`,
);
if (problems.length > 0 || corpus.articles.length !== count) {
  console.error('Scale check failed: every generated article must load without problems.');
  process.exit(1);
}

// Interim, until the full export moves to `npm run bench:build`: export only on request.
if (!process.env.SCALE_EXPORT) process.exit(0);

// About 0.4 MB of export per generated article, measured at 10,000.
const outDir = '.cache/scale-site';
const neededBytes = count * 400_000;
const free = statfsSync('.');
if (free.bavail * free.bsize < neededBytes) {
  console.error(
    `Scale check needs about ${Math.round(neededBytes / 1e9)} GB free disk for the export; only ${Math.round((free.bavail * free.bsize) / 1e9)} GB are free.`,
  );
  process.exit(1);
}
rmSync(outDir, { recursive: true, force: true });
started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts'], {
  stdio: 'inherit',
  env: { ...process.env, KB_CONTENT_DIR: dir, KB_OUT_DIR: outDir },
});
const buildMinutes = (performance.now() - started) / 60_000;
if (build.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(
    `Scale check failed: the build of ${count} generated articles exited with ${build.status}.`,
  );
  process.exit(1);
}
const pages = readdirSync(outDir, { recursive: true }).filter((name) =>
  String(name).endsWith('index.html'),
).length;
rmSync(outDir, { recursive: true, force: true });
console.log(
  `\nfull build of ${count} generated articles: ${pages} HTML pages in ${buildMinutes.toFixed(1)} min (export deleted)`,
);
