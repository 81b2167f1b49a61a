/** A problem found in content, reported as `file:line: message`. */
export interface Problem {
  /** Path relative to the project (or to the content root's parent), with forward slashes. */
  file: string;
  line: number;
  message: string;
}

export function formatProblem({ file, line, message }: Problem): string {
  return `${file}:${line}: ${message}`;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line;
}

/** Thrown by the corpus loader so that the build stops with every problem listed. */
export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} content problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
  }
}
