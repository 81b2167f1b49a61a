/**
 * The report as a reader takes it away: Markdown for a ticket (a table of the groups, then each
 * group's values and SMTP statuses) and CSV (one row per group). Links are absolute, on the
 * site's own address, in the reader's locale.
 */
import type { Locale } from '../i18n/config';
import { groupLink } from './articles';
import type { CatalogIndex } from './catalog';
import { placeholderLabels } from './catalog';
import { formatLogDate } from './dates';
import { label, levelLabel, type TriageLabels } from './labels';
import type { FileResult } from './model';
import type { Counted, Group } from './report';

export interface ReportContext {
  labels: TriageLabels;
  locale: Locale;
  /** The site's address, e.g. `https://kb.example.org`. */
  origin: string;
  index: CatalogIndex;
  files: FileResult[];
  /** When the report was made (milliseconds since 1970). */
  made: number;
}

/** Values shown per placeholder in exports. */
const valuesShown = 10;

const time = (t: number | null) => (t === null ? '' : formatLogDate(t));
const counts = (list: Counted[]) => list.map((c) => `${c.value} (${c.count})`).join(', ');

/** `%1 Send connector: Outbound (3), Internet (1)` for each placeholder of a group. */
export function valueLines(group: Group, index: CatalogIndex): string[] {
  const entry = group.catalogKey ? index.byKey.get(group.catalogKey) : undefined;
  const names = entry?.templates[0]
    ? placeholderLabels(entry.templates[0])
    : new Map<number, string>();
  return group.values.map((slot) => {
    const name = names.get(slot.placeholder);
    const shown = counts(slot.values.slice(0, valuesShown));
    const more = slot.distinct - Math.min(slot.distinct, valuesShown);
    return `%${slot.placeholder}${name ? ` ${name}` : ''}: ${shown}${more > 0 ? ` …(+${more})` : ''}`;
  });
}

function summary(groups: Group[], ctx: ReportContext): string {
  const { labels, locale } = ctx;
  const events = groups.reduce((n, g) => n + g.count, 0);
  return label(labels, locale, 'triage.summary', {
    events: label(labels, locale, 'triage.count.events', { count: events }),
    groups: label(labels, locale, 'triage.count.groups', { count: groups.length }),
    files: label(labels, locale, 'triage.count.files', { count: ctx.files.length }),
  });
}

/** The columns both reports start with, one row per event group. */
const groupColumns = [
  'triage.col.level',
  'triage.col.source',
  'triage.col.eventId',
  'triage.col.count',
  'triage.group.first',
  'triage.group.last',
  'triage.group.servers',
  'triage.col.article',
] as const;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function reportMarkdown(groups: Group[], ctx: ReportContext): string {
  const { labels, locale, origin, index } = ctx;
  const lines = [
    `# ${labels['triage.report.title']}`,
    '',
    `${summary(groups, ctx)} ${label(labels, locale, 'triage.report.generated', {
      date: formatLogDate(ctx.made),
      files: ctx.files.map((f) => f.name).join(', '),
    })}`,
    '',
    labels['triage.times'],
    '',
    `| ${groupColumns.map((key) => labels[key]).join(' | ')} |`,
    '| --- | --- | ---: | ---: | --- | --- | --- | --- |',
  ];
  for (const group of groups) {
    const link = groupLink(index, group, locale);
    const article = link.documented
      ? `[${cell(link.title ?? '')}](${origin}${link.href})`
      : `${labels['triage.group.undocumented']} [${cell(label(labels, locale, 'triage.group.search', { event: `${group.source} ${group.eventId}` }))}](${origin}${link.href})`;
    lines.push(
      `| ${[
        levelLabel(labels, group.level),
        cell(group.source),
        String(group.eventId),
        String(group.count),
        time(group.first),
        time(group.last),
        cell(counts(group.servers)),
        article,
      ].join(' | ')} |`,
    );
  }
  for (const group of groups) {
    const values = valueLines(group, index);
    if (values.length === 0 && group.smtp.length === 0) continue;
    lines.push('', `## ${group.source} ${group.eventId}`, '');
    for (const line of values) lines.push(`- ${line}`);
    if (group.smtp.length > 0)
      lines.push(`- ${labels['triage.group.smtp']}: ${counts(group.smtp)}`);
  }
  return `${lines.join('\n')}\n`;
}

const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function reportCsv(groups: Group[], ctx: ReportContext): string {
  const { labels, locale, origin, index } = ctx;
  const header = [
    ...groupColumns.map((key) => labels[key]),
    labels['triage.col.address'],
    labels['triage.col.values'],
    labels['triage.group.smtp'],
  ];
  const rows = groups.map((group) => {
    const link = groupLink(index, group, locale);
    return [
      levelLabel(labels, group.level),
      group.source,
      String(group.eventId),
      String(group.count),
      time(group.first),
      time(group.last),
      counts(group.servers),
      link.title ?? '',
      `${origin}${link.href}`,
      valueLines(group, index).join('\n'),
      counts(group.smtp),
    ];
  });
  // A byte order mark so that spreadsheet programs read the file as UTF-8.
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
