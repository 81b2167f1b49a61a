/** The Lighthouse matrix and its table: which pages, and how results are summed up. */
export const auditedPages = [
  { name: 'home', path: '/{l}/' },
  { name: 'article', path: '/{l}/events/msexchangetransport/2004/' },
  { name: 'ID page', path: '/{l}/ids/1018/' },
  { name: 'search', path: '/{l}/search/?q=certificate' },
  { name: 'SMTP index', path: '/{l}/smtp/' },
] as const;

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof categories)[number];

export interface AuditRow {
  page: string;
  locale: string;
  formFactor: 'mobile' | 'desktop';
  /** Scores 0–100 of every run, per category that was run. */
  runs: Partial<Record<Category, number>>[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]!
    : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** Performance as the median of the runs; the other categories as their worst run. */
export function summary(row: AuditRow): Partial<Record<Category, number>> {
  const result: Partial<Record<Category, number>> = {};
  for (const category of categories) {
    const scores = row.runs.flatMap((run) => (run[category] === undefined ? [] : [run[category]]));
    if (scores.length === 0) continue;
    result[category] = category === 'performance' ? median(scores) : Math.min(...scores);
  }
  return result;
}

export function table(rows: AuditRow[]): string {
  const header = [
    'page',
    'locale',
    'form',
    'performance',
    'accessibility',
    'best practices',
    'SEO',
  ];
  const lines = rows.map((row) => {
    const scores = summary(row);
    return [
      row.page,
      row.locale,
      row.formFactor,
      ...categories.map((category) => String(scores[category] ?? '–')),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [
    format(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...lines.map(format),
  ].join('\n');
}
