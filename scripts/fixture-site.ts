/**
 * `npm run test:fixture-site`: builds a second, small site from test content that the real
 * corpus does not exercise, and runs its end-to-end tests: legacy files imported with the
 * importer, an empty locale, a 5,000-character message text, a source name with spaces and
 * non-ASCII letters. Every page its routes promise must be in the export. Content goes to
 * .cache/fixture-content, the site to .cache/fixture-site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { locales } from '../lib/i18n/config';
import { importPaths } from '../lib/import/importer';
import { allPaths, localizedDataPages } from '../lib/site/routes';
import { validateSite } from '../lib/site/site';

const content = path.resolve('.cache/fixture-content');
const site = '.cache/fixture-site';

function article(
  frontmatter: string[],
  steps = ['Check the first thing.', 'Check the second thing.'],
): string {
  return [
    '---',
    ...frontmatter,
    '---',
    '## Explanation',
    '',
    'Explanation text.',
    '',
    '## User action',
    '',
    ...steps.map((s, i) => `${i + 1}. ${s}`),
    '',
    '## More information',
    '',
    'More text.',
    '',
  ].join('\n');
}

rmSync(content, { recursive: true, force: true });
cpSync('lib/content/fixtures/valid', content, { recursive: true });
// An empty locale: the folder exists, nothing is translated.
rmSync(path.join(content, 'ru'), { recursive: true, force: true });
mkdirSync(path.join(content, 'ru'));

const unicodeSource = 'MSExchange Тестовый Источник Ärger';
const unicodeDir = path.join(content, 'en', unicodeSource.toLowerCase().replace(/\s+/g, '-'));
mkdirSync(unicodeDir, { recursive: true });
writeFileSync(
  path.join(unicodeDir, '77.md'),
  article([
    'title: Source with spaces and non-ASCII letters',
    'kind: event',
    `source: ${unicodeSource}`,
    'eventId: 77',
    'level: warning',
    'product: Exchange',
    'updated: 2026-11-01',
    "sources: ['https://technet.example.org/library/77']",
    "missingMessageText: 'A test article without a message text.'",
  ]),
);

const longMessage =
  `Long message %1: ${'the transport service reported a very long description; '.repeat(90)}end %2.`.slice(
    0,
    5000,
  );
writeFileSync(
  path.join(content, 'en', 'msexchangetransport', '4242.md'),
  article([
    'title: An event with a 5000-character message text',
    'kind: event',
    'source: MSExchangeTransport',
    'eventId: 4242',
    'level: error',
    `messageText: '${longMessage}'`,
    'product: Exchange',
    'updated: 2026-11-01',
    "sources: ['https://technet.example.org/library/4242']",
  ]),
);

const imported = importPaths(
  [
    'lib/import/fixtures/en',
    'lib/import/fixtures/de',
    'lib/import/fixtures/other/MSExchange-Sample-9904.txt',
  ],
  { outDir: content, sourceUrl: 'https://technet.example.org/library/legacy' },
);
console.log(
  `imported ${imported.created} legacy files into the fixture content (${imported.failed} failed)`,
);
if (imported.failed > 0) process.exit(1);

const env = { ...process.env, KB_CONTENT_DIR: content, KB_OUT_DIR: site };
const run = (command: string, args: string[], extra: Record<string, string> = {}) => {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extra } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts']);

// Every page the routes promise for this content must be in the export.
const expected = locales.flatMap((locale) =>
  allPaths(localizedDataPages(validateSite(content).site.corpus, locale)),
);
const missing = expected.filter((page) => !existsSync(path.join(site, page, 'index.html')));
console.log(
  `export: ${expected.length - missing.length} of ${expected.length} routed pages present${missing.length ? `; missing e.g. ${missing.slice(0, 3).join(', ')}` : ''}`,
);
if (missing.length > 0) process.exit(1);

run(
  process.execPath,
  ['node_modules/@playwright/test/cli.js', 'test', '--config', 'playwright.fixture.config.ts'],
  { OUT_DIR: site },
);
