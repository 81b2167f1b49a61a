/**
 * `npm run import -- [--out DIR] [--force] [--dry-run] FILE_OR_DIR…`: imports legacy article
 * exports (plain text saved from the vendor's pages) as articles of this project. See
 * lib/import/ for the conversion; this file only parses arguments and prints the report.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importPaths, type FileResult } from '../lib/import/importer';

const usage =
  'usage: npm run import -- --source-url URL [--out DIR] [--force] [--dry-run] FILE_OR_DIR…';
const help = `${usage}

Imports legacy event, alert and analyzer articles saved as text. Directories are searched
recursively for .txt files. Each article is written to DIR/<locale>/<source>/<id>[-variant].md
(DIR defaults to content), under the locale of the article's own language.

  -s, --source-url URL  the public page the files were saved from (https); every English
                  article lists it in sources (an export does not carry its address)
  -o, --out DIR   content root to write into (default: content)
  -f, --force     replace files that already exist
  -n, --dry-run   write nothing; report what would be done
  -h, --help      show this help`;

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o', default: 'content' },
        'source-url': { type: 'string', short: 's' },
        force: { type: 'boolean', short: 'f', default: false },
        'dry-run': { type: 'boolean', short: 'n', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    console.error(`import: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(help);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(`import: no file or directory given\n${usage}`);
    return 2;
  }
  if (values.out.trim() === '') {
    console.error(`import: --out needs a directory\n${usage}`);
    return 2;
  }

  const dryRun = values['dry-run'];
  const report = importPaths(positionals, {
    outDir: values.out,
    force: values.force,
    dryRun,
    sourceUrl: values['source-url'],
    onProgress: (done, total) => console.log(`${dryRun ? 'checked' : 'imported'} ${done}/${total}`),
  });
  for (const result of report.results) print(result, dryRun);

  const summary = `created ${report.created + report.overwritten}, skipped ${report.skipped}, failed ${report.failed}`;
  const replaced =
    report.overwritten === 0
      ? ''
      : ` (${report.overwritten} of them ${dryRun ? 'would replace' : 'replaced'} an existing file)`;
  console.log(
    dryRun ? `dry run, nothing written: would have ${summary}${replaced}` : `${summary}${replaced}`,
  );
  return report.failed > 0 ? 1 : 0;
}

/** Paths as the user would type them: relative to the working directory when inside it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

const verbs = {
  created: { done: 'created', dryRun: 'would create' },
  overwritten: { done: 'overwrote', dryRun: 'would overwrite' },
} as const;

function print(result: FileResult, dryRun: boolean): void {
  if (result.status === 'failed') {
    console.error(`failed ${shown(result.input)}: ${result.reason}`);
    return;
  }
  const from = `(from ${shown(result.input)})`;
  if (result.status === 'skipped')
    console.log(`skipped ${shown(result.target)} ${from}: ${result.reason}`);
  else
    console.log(
      `${verbs[result.status][dryRun ? 'dryRun' : 'done']} ${shown(result.target)} ${from}`,
    );
  for (const warning of result.warnings) console.warn(`warning ${shown(result.input)}: ${warning}`);
}

process.exitCode = main(process.argv.slice(2));
