/**
 * `npm run test:scale`: 10,000 generated articles in a content folder given by KB_CONTENT_DIR
 * go through the same validation and search-index build as the real corpus. (A full static
 * export of that size takes far longer than a test run; `KB_CONTENT_DIR=… npm run build` does it.)
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { validateContent } from '../lib/content/corpus';
import { buildSearchFiles } from '../lib/search/build';
import { generateCorpus } from './generate-corpus';

const count = Number(process.env.SCALE_ARTICLES ?? 10_000);
const dir = path.resolve(process.env.KB_CONTENT_DIR ?? '.cache/scale-content');
rmSync(dir, { recursive: true, force: true });
generateCorpus(dir, count);

let started = performance.now();
const { corpus, problems } = validateContent(dir);
const validationMs = performance.now() - started;
started = performance.now();
const files = buildSearchFiles(corpus, 'en');
const indexMs = performance.now() - started;
const bytes = (value: unknown) => {
  const json = JSON.stringify(value);
  return `${Math.round(json.length / 1024)} KiB (${Math.round(gzipSync(json).length / 1024)} KiB gzip)`;
};
console.log(`${count} generated articles: ${corpus.articles.length} loaded, ${problems.length} problems`);
console.log(`validation ${Math.round(validationMs)} ms, search index ${Math.round(indexMs)} ms`);
console.log(`search files: core ${bytes(files.index)}, body ${bytes(files.body)}, texts ${bytes(files.texts)}`);
if (problems.length > 0 || corpus.articles.length !== count) {
  console.error('Scale check failed: every generated article must load without problems.');
  process.exit(1);
}
