/**
 * The report the page shows: cells merged into groups by (source, event ID) under the reader's
 * filters, sorted errors first, then warnings, then by count; the filter choices; and the time
 * histogram of one group.
 */
import type { Cell } from './aggregate';
import { sourceMatchKey } from '../content/paths';
import { levelRank, worseLevel } from './levels';
import type { TriageLevel } from './model';

export interface ReportFilter {
  /** Levels to show; empty shows all. `unknown` stands for events without a level. */
  levels: (TriageLevel | 'unknown')[];
  /** A source key (see sourceMatchKey), or null for all. */
  source: string | null;
  /** A computer name in lower case, or null for all. */
  server: string | null;
}

export const noFilter: ReportFilter = { levels: [], source: null, server: null };

export interface Counted {
  value: string;
  count: number;
}

export interface Group {
  /** `<source key>/<event ID>`. */
  key: string;
  source: string;
  eventId: number;
  catalogKey: string | null;
  /** The most severe level seen. */
  level: TriageLevel | null;
  levels: { level: TriageLevel | 'unknown'; count: number }[];
  count: number;
  first: number | null;
  last: number | null;
  servers: Counted[];
  values: { placeholder: number; values: Counted[]; distinct: number; other: number }[];
  smtp: Counted[];
  sample: string | null;
  cells: Cell[];
}

const byCount = (a: Counted, b: Counted) => b.count - a.count || a.value.localeCompare(b.value);
const counted = (map: Map<string, number>): Counted[] =>
  [...map].map(([value, count]) => ({ value, count })).sort(byCount);
const add = (map: Map<string, number>, key: string, n: number) =>
  map.set(key, (map.get(key) ?? 0) + n);

export function cellMatches(cell: Cell, filter: ReportFilter): boolean {
  if (filter.levels.length > 0 && !filter.levels.includes(cell.level ?? 'unknown')) return false;
  if (filter.source !== null && sourceMatchKey(cell.source) !== filter.source) return false;
  if (filter.server !== null && (cell.computer?.toLowerCase() ?? '') !== filter.server)
    return false;
  return true;
}

function mergeGroup(key: string, cells: Cell[]): Group {
  const levels = new Map<string, number>();
  const servers = new Map<string, number>();
  const smtp = new Map<string, number>();
  const values = new Map<number, { counts: Map<string, number>; other: number }>();
  let level: TriageLevel | null = cells[0]!.level;
  let first: number | null = null;
  let last: number | null = null;
  for (const cell of cells) {
    level = worseLevel(level, cell.level);
    add(levels, cell.level ?? 'unknown', cell.count);
    if (cell.computer) add(servers, cell.computer, cell.count);
    for (const [status, n] of cell.smtp) add(smtp, status, n);
    for (const slot of cell.values) {
      let merged = values.get(slot.placeholder);
      if (!merged) values.set(slot.placeholder, (merged = { counts: new Map(), other: 0 }));
      for (const [value, n] of slot.counts) add(merged.counts, value, n);
      merged.other += slot.other;
    }
    if (cell.first !== null && (first === null || cell.first < first)) first = cell.first;
    if (cell.last !== null && (last === null || cell.last > last)) last = cell.last;
  }
  return {
    key,
    source: cells[0]!.source,
    eventId: cells[0]!.eventId,
    catalogKey: cells.find((c) => c.catalogKey)?.catalogKey ?? null,
    level,
    levels: [...levels]
      .map(([l, count]) => ({ level: l as TriageLevel | 'unknown', count }))
      .sort(
        (a, b) =>
          levelRank(a.level === 'unknown' ? null : a.level) -
          levelRank(b.level === 'unknown' ? null : b.level),
      ),
    count: cells.reduce((sum, c) => sum + c.count, 0),
    first,
    last,
    servers: counted(servers),
    values: [...values]
      .sort((a, b) => a[0] - b[0])
      .map(([placeholder, slot]) => ({
        placeholder,
        values: counted(slot.counts),
        distinct: slot.counts.size,
        other: slot.other,
      })),
    smtp: counted(smtp),
    sample: cells.find((c) => c.sample)?.sample ?? null,
    cells,
  };
}

/** Errors (and critical) first, then warnings, then the rest; within each, most events first. */
function severityClass(level: TriageLevel | null): number {
  return level === 'critical' || level === 'error' ? 0 : level === 'warning' ? 1 : 2;
}

export function buildGroups(cells: Cell[], filter: ReportFilter = noFilter): Group[] {
  const byKey = new Map<string, Cell[]>();
  for (const cell of cells) {
    if (!cellMatches(cell, filter)) continue;
    const key = `${sourceMatchKey(cell.source)}/${cell.eventId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), cell]);
  }
  return [...byKey]
    .map(([key, group]) => mergeGroup(key, group))
    .sort(
      (a, b) =>
        severityClass(a.level) - severityClass(b.level) ||
        b.count - a.count ||
        a.source.localeCompare(b.source) ||
        a.eventId - b.eventId,
    );
}

export interface FilterOptions {
  sources: { key: string; name: string; count: number }[];
  servers: { key: string; name: string; count: number }[];
  levels: { level: TriageLevel | 'unknown'; count: number }[];
}

export function filterOptions(cells: Cell[]): FilterOptions {
  const sources = new Map<string, { key: string; name: string; count: number }>();
  const servers = new Map<string, { key: string; name: string; count: number }>();
  const levels = new Map<string, number>();
  for (const cell of cells) {
    const source = sources.get(sourceMatchKey(cell.source)) ?? {
      key: sourceMatchKey(cell.source),
      name: cell.source,
      count: 0,
    };
    source.count += cell.count;
    sources.set(source.key, source);
    if (cell.computer) {
      const server = servers.get(cell.computer.toLowerCase()) ?? {
        key: cell.computer.toLowerCase(),
        name: cell.computer,
        count: 0,
      };
      server.count += cell.count;
      servers.set(server.key, server);
    }
    add(levels, cell.level ?? 'unknown', cell.count);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    sources: [...sources.values()].sort(byName),
    servers: [...servers.values()].sort(byName),
    levels: [...levels]
      .map(([level, count]) => ({ level: level as TriageLevel | 'unknown', count }))
      .sort(
        (a, b) =>
          levelRank(a.level === 'unknown' ? null : a.level) -
          levelRank(b.level === 'unknown' ? null : b.level),
      ),
  };
}

export interface Histogram {
  start: number;
  /** Bin width in milliseconds. */
  width: number;
  counts: number[];
}

/** Events of a group over time in `bins` equal bins from its first to its last event. */
export function histogram(group: Group, bins = 24): Histogram | null {
  if (group.first === null || group.last === null) return null;
  const span = Math.max(group.last - group.first, 60_000);
  const width = Math.ceil(span / bins);
  const counts = new Array<number>(bins).fill(0);
  for (const cell of group.cells)
    for (const [start, count] of cell.times.buckets) {
      const at = Math.max(start, group.first);
      counts[Math.min(bins - 1, Math.floor((at - group.first) / width))]! += count;
    }
  return { start: group.first, width, counts };
}
