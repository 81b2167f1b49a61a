/**
 * Filtering and sorting of the events table, kept in the URL (`?source=…&level=…&sort=…`) so a
 * filtered list can be linked. Pure functions: the component only wires them to the page.
 */
import type { EventRow } from './views';

export const sortKeys = ['id', 'source', 'category', 'level', 'symbolicName'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface TableState {
  source: string;
  category: string;
  level: string;
  version: string;
  text: string;
  sort: SortKey;
  descending: boolean;
}

export const initialTableState: TableState = {
  source: '',
  category: '',
  level: '',
  version: '',
  text: '',
  sort: 'id',
  descending: false,
};

export function parseTableState(search: string): TableState {
  const query = new URLSearchParams(search);
  const sort = query.get('sort') ?? '';
  return {
    source: query.get('source') ?? '',
    category: query.get('category') ?? '',
    level: query.get('level') ?? '',
    version: query.get('version') ?? '',
    text: query.get('q') ?? '',
    sort: (sortKeys as readonly string[]).includes(sort) ? (sort as SortKey) : 'id',
    descending: query.get('order') === 'desc',
  };
}

export function serializeTableState(state: TableState): string {
  const query = new URLSearchParams();
  const set = (name: string, value: string) => value && query.set(name, value);
  set('source', state.source);
  set('category', state.category);
  set('level', state.level);
  set('version', state.version);
  set('q', state.text.trim());
  if (state.sort !== 'id') query.set('sort', state.sort);
  if (state.descending) query.set('order', 'desc');
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function filterRows(rows: readonly EventRow[], state: TableState): EventRow[] {
  const text = state.text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!state.source || row.sourceSlug === state.source) &&
      (!state.category || row.category === state.category) &&
      (!state.level || row.levels.includes(state.level as EventRow['levels'][number])) &&
      (!state.version || row.versions.includes(state.version)) &&
      (!text ||
        [String(row.eventId), row.symbolicName ?? '', row.title, row.source].some((v) =>
          v.toLowerCase().includes(text),
        )),
  );
}

const levelRank: Record<string, number> = { error: 0, warning: 1, information: 2 };

function sortValue(row: EventRow, key: SortKey): string | number {
  switch (key) {
    case 'id':
      return row.eventId;
    case 'level':
      return row.levels.length ? Math.min(...row.levels.map((l) => levelRank[l] ?? 3)) : 9;
    case 'source':
      return row.source.toLowerCase();
    case 'category':
      return (row.category ?? '\uffff').toLowerCase();
    case 'symbolicName':
      return (row.symbolicName ?? '\uffff').toLowerCase();
  }
}

export function sortRows(rows: readonly EventRow[], key: SortKey, descending: boolean): EventRow[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    const primary =
      typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sign * primary || a.eventId - b.eventId || a.articleId.localeCompare(b.articleId);
  });
}

/** The distinct values each filter offers, sorted. */
export function filterOptions(rows: readonly EventRow[]) {
  const distinct = (values: string[]) =>
    [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return {
    sources: [...new Map(rows.map((r) => [r.sourceSlug, r.source])).entries()].sort((a, b) =>
      a[1].localeCompare(b[1]),
    ),
    categories: distinct(rows.flatMap((r) => (r.category ? [r.category] : []))),
    levels: (['error', 'warning', 'information'] as const).filter((l) =>
      rows.some((r) => r.levels.includes(l)),
    ),
    versions: distinct(rows.flatMap((r) => r.versions)),
  };
}
