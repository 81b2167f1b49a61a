/**
 * `npm run audit:lighthouse`: Lighthouse over the built site (served here by the `npm start`
 * server) for the home page, an article, an ID page, the search page and the SMTP index, in
 * every locale, mobile and desktop; prints a table with Performance as the median of RUNS runs
 * (default 3) and the other categories as their worst run.
 *
 * `--check` (part of `npm test`): the five English pages, desktop, one run each, without
 * Performance; fails unless Accessibility, Best Practices and SEO are all 100, listing the
 * audits that cost points.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Flags, type RunnerResult } from 'lighthouse';
import { locales } from '../lib/i18n/config';
import { findChromium } from './chromium';
import { auditedPages, categories, table, type AuditRow, type Category } from './lighthouse-report';
import { startStaticServer } from './static-server';

const check = process.argv.includes('--check');
const runs = check ? 1 : Number(process.env.RUNS ?? 3);
const port = Number(process.env.LIGHTHOUSE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 3);
const origin = `http://localhost:${port}`;

const chromePath = findChromium();
if (!chromePath) {
  console.error('Lighthouse needs Chromium: run "npx tsx scripts/ensure-chromium.ts".');
  process.exit(1);
}

const server = await startStaticServer(process.env.OUT_DIR ?? 'out', port);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

const checkedCategories: Category[] = check
  ? ['accessibility', 'best-practices', 'seo']
  : [...categories];

async function audit(url: string, formFactor: 'mobile' | 'desktop'): Promise<RunnerResult> {
  const flags: Flags = {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: checkedCategories,
  };
  const config: Config | undefined = formFactor === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(url, flags, config);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result;
}

/** Audits in a category that did not score full marks: `id (score)`. */
function losses(result: RunnerResult, category: Category): string[] {
  const { lhr } = result;
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((item) => item.score !== null && item.score < 1)
    .map((item) => `${item.id} (${item.score}): ${item.title}`);
}

const rows: AuditRow[] = [];
const problems: string[] = [];
try {
  for (const locale of check ? ['en'] : locales) {
    for (const formFactor of check ? (['desktop'] as const) : (['mobile', 'desktop'] as const)) {
      for (const page of auditedPages) {
        const url = `${origin}${page.path.replace('{l}', locale)}`;
        const row: AuditRow = { page: page.name, locale, formFactor, runs: [] };
        for (let run = 0; run < runs; run++) {
          const result = await audit(url, formFactor);
          row.runs.push(
            Object.fromEntries(
              checkedCategories.map((category) => [
                category,
                Math.round((result.lhr.categories[category]?.score ?? 0) * 100),
              ]),
            ),
          );
          if (run === 0)
            for (const category of ['accessibility', 'best-practices', 'seo'] as const)
              for (const loss of losses(result, category))
                problems.push(`${url} (${formFactor}) ${category}: ${loss}`);
        }
        rows.push(row);
        console.log(`${page.name} ${locale} ${formFactor}: done`);
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
  server.closeAllConnections();
}

console.log(`\nLighthouse, ${runs} run(s) per row (performance: median)\n${table(rows)}`);
if (problems.length > 0) {
  console.error(`\nAudits below full marks:\n${[...new Set(problems)].join('\n')}`);
  process.exit(1);
}
