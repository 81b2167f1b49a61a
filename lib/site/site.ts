/**
 * The site's composition: the validated articles (lib/content) and the SMTP reference
 * (lib/smtp), checked against each other. Pages, the build and the checker load the site from
 * here; neither leaf imports the other.
 */
import { validateContent } from '../content/corpus';
import { contentRoot } from '../content/files';
import type { Corpus } from '../content/model';
import { compareProblems, ContentError, type Problem } from '../content/problems';
import { isKnownSmtpCode } from '../smtp/codes';
import { loadSmtpTexts, type SmtpTexts } from '../smtp/texts';

export interface Site {
  corpus: Corpus;
  /** Texts of the SMTP code reference, per locale. */
  smtpTexts: SmtpTexts;
}

export interface SiteValidation {
  site: Site;
  problems: Problem[];
}

/** Every problem of the content folder at `root`, articles and SMTP texts, sorted by file and line. */
export function validateSite(root: string = contentRoot()): SiteValidation {
  const { corpus, problems } = validateContent(root);
  const smtp = loadSmtpTexts(root, (key) => corpus.eventByKey.has(key));
  const all = [...problems, ...smtpLinkProblems(corpus), ...smtp.problems];
  return { site: { corpus, smtpTexts: smtp.texts }, problems: all.sort(compareProblems) };
}

/** Links written `[4.4.2](smtp:4.4.2)` must name a code the SMTP reference has. */
function smtpLinkProblems(corpus: Corpus): Problem[] {
  return corpus.articles.flatMap((article) =>
    [article.original, ...Object.values(article.translations)].flatMap((file) =>
      file.links.flatMap((link) =>
        link.kind === 'smtp' && !isKnownSmtpCode(link.code)
          ? [
              {
                file: file.file,
                line: link.line,
                message: `link to SMTP code ${link.code}, which the SMTP reference does not have`,
              },
            ]
          : [],
      ),
    ),
  );
}

let cached: Site | undefined;

/** The validated site; throws a ContentError listing every problem. Cached per process. */
export function loadSite(): Site {
  if (!cached) {
    const { site, problems } = validateSite();
    if (problems.length > 0) throw new ContentError(problems);
    cached = site;
  }
  return cached;
}

/** The validated articles alone, for pages that show no SMTP reference text. */
export function loadCorpus(): Corpus {
  return loadSite().corpus;
}
