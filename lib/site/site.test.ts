import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../content/corpus';
import { compareProblems, formatProblem } from '../content/problems';
import { validateSite } from './site';

const fixtures = path.join(import.meta.dirname, '..', 'content', 'fixtures');
const shortPath = (problem: string) => problem.replace(/^.*fixtures\/[a-z]+\//, '');

describe('validateSite', () => {
  const invalid = path.join(fixtures, 'invalid');
  const { problems } = validateSite(invalid);

  it('adds the SMTP reference checks to the content checks', () => {
    const content = validateContent(invalid).problems.map(formatProblem);
    const added = problems.map(formatProblem).filter((problem) => !content.includes(problem));
    expect(added.map(shortPath)).toEqual([
      'en/msexchangetransport/1002.md:24: link to SMTP code 999, which the SMTP reference does not have',
    ]);
  });

  it('reports the problems of both in file and line order', () => {
    expect(problems).toEqual([...problems].sort(compareProblems));
  });

  it('finds nothing wrong with valid content', () => {
    expect(validateSite(path.join(fixtures, 'valid')).problems).toEqual([]);
  });
});
