/**
 * `npm run build`: validates content (failing with every problem as file:line: message), builds
 * the static export, readies it for its servers and for offline reading (scripts/
 * prepare-delivery.ts), then counts the article pages emitted per locale and fails if any
 * article is missing. Nothing is dropped silently.
 */
import { spawnSync } from 'node:child_process';
import { validateSite } from '../lib/site/site';
import { formatProblem } from '../lib/content/problems';
import { countEmittedArticles } from '../lib/content/emitted';
import { locales } from '../lib/i18n/config';
import { siteUrlWarning } from '../lib/i18n/alternates';
import { prepareDelivery } from './prepare-delivery';

const {
  site: { corpus },
  problems,
} = validateSite();
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\nBuild stopped: ${problems.length} content problem(s).`);
  process.exit(1);
}

const next = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
if (next.status !== 0) process.exit(next.status ?? 1);

const outDir = process.env.KB_OUT_DIR ?? 'out';
const delivery = prepareDelivery(outDir);
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(
  [
    `\nBuild ${delivery.build}: ${delivery.pages} HTML files, ${delivery.inlineScripts} inline scripts hashed into their pages' Content-Security-Policy.`,
    `Pre-compressed ${delivery.compressed.files} files: ${mb(delivery.compressed.bytes)} → ${mb(delivery.compressed.brotli)} with brotli.`,
    `Offline download per locale: ${locales.map((locale) => `${locale} ${mb(delivery.offlineBytes[locale])}`).join(', ')}.`,
  ].join('\n'),
);
const warning = siteUrlWarning();
if (warning) console.warn(`\nWarning: ${warning}`);

const report = countEmittedArticles(outDir, corpus);
let missing = 0;
console.log('\nArticles emitted per locale:');
for (const locale of locales) {
  const { emitted, translated, expected } = report[locale];
  const fallback = emitted - translated;
  console.log(
    `  ${locale}: ${emitted} of ${expected} articles (${translated} in ${locale}, ${fallback} shown from the original); content files: ${corpus.fileCounts[locale]}`,
  );
  missing += expected - emitted;
}
if (missing > 0) {
  console.error(`Build incomplete: ${missing} article page(s) missing from ${outDir}/.`);
  process.exit(1);
}
