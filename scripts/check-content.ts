/** `npm run check:content`: validates all content without building; prints file:line: message. */
import { validateSite } from '../lib/site/site';
import { formatProblem } from '../lib/content/problems';
import { locales } from '../lib/i18n/config';

const {
  site: { corpus },
  problems,
} = validateSite();
for (const problem of problems) console.error(formatProblem(problem));
const counts = locales.map((locale) => `${locale} ${corpus.fileCounts[locale]}`).join(', ');
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in content (files read: ${counts}).`);
  process.exit(1);
}
console.log(
  `Content OK: ${corpus.articles.length} articles, ${corpus.events.length} events (files: ${counts}).`,
);
