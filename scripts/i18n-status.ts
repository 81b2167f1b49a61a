/**
 * `npm run i18n:status`: the translation status table in the terminal. Exits non-zero when a
 * translation is broken (no original, contradicts a fact, or otherwise invalid).
 */
import { validateSite } from '../lib/site/site';
import { formatProblem } from '../lib/content/problems';
import { percent, reportedStatuses, summarize } from '../lib/content/translationReport';
import { defaultLocale } from '../lib/i18n/config';

const {
  site: { corpus },
  problems,
} = validateSite();
const rows = summarize(corpus).map(({ locale, total, counts }) => [
  locale,
  ...reportedStatuses.map((s) => `${counts[s]} (${percent(counts[s], total)} %)`),
  String(total),
]);
const header = ['locale', ...reportedStatuses, 'articles'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

const broken = problems.filter((p) => !p.file.includes(`/${defaultLocale}/`));
if (broken.length > 0) {
  console.error(`\n${broken.length} broken translation problem(s):`);
  for (const problem of broken) console.error(formatProblem(problem));
  process.exit(1);
}
