'use client';
import { useId, useMemo, useState } from 'react';
import {
  filterOptions,
  filterRows,
  initialTableState,
  parseTableState,
  serializeTableState,
  sortRows,
  type SortKey,
  type TableState,
} from '@/lib/content/tableState';
import type { EventRow } from '@/lib/content/views';
import type { Locale } from '@/lib/i18n/config';
import { fill } from '@/lib/i18n/fill';
import type { LevelLabels } from '@/lib/i18n/labels';
import { Breakable } from './Breakable';
import { LevelBadge } from './LevelBadge';
import { useBrowserValue } from './useBrowserValue';

export interface EventTableLabels {
  columns: Record<SortKey | 'title' | 'versions', string>;
  source: string;
  category: string;
  level: string;
  version: string;
  text: string;
  any: string;
  reset: string;
  /** The button that shows the drop-down filters on phones. */
  more: string;
  /** Contains `{shown}` and `{total}`. */
  shown: string;
  none: string;
  levels: LevelLabels;
  kinds: Record<string, string>;
  caption: string;
  english: string;
  englishTitle: string;
}

/** The events table: complete in the HTML, filtered and sorted in the browser, state in the URL. */
export function EventTable({
  rows,
  locale,
  labels,
  showSourceFilter = true,
}: {
  rows: EventRow[];
  /** The page's language: titles in another are marked. */
  locale: Locale;
  labels: EventTableLabels;
  showSourceFilter?: boolean;
}) {
  // The state the address asks for, until the reader changes a filter or the sort order.
  const search = useBrowserValue(() => window.location.search, '');
  const [edited, setEdited] = useState<TableState | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const state = useMemo(() => edited ?? parseTableState(search), [edited, search]);
  const id = useId();
  const update = (patch: Partial<TableState>) => {
    const next = { ...state, ...patch };
    setEdited(next);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${serializeTableState(next)}`,
    );
  };
  const options = useMemo(() => filterOptions(rows), [rows]);
  const shown = useMemo(
    () => sortRows(filterRows(rows, state), state.sort, state.descending),
    [rows, state],
  );
  const sortBy = (key: SortKey) =>
    update({ sort: key, descending: state.sort === key ? !state.descending : false });
  const ariaSort = (key: SortKey) =>
    state.sort === key ? (state.descending ? 'descending' : 'ascending') : undefined;
  const select = (
    name: 'source' | 'category' | 'level' | 'version',
    label: string,
    values: [string, string][],
  ) => (
    <div className="filter">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select
        id={`${id}-${name}`}
        value={state[name]}
        onChange={(e) => update({ [name]: e.target.value })}
      >
        <option value="">{labels.any}</option>
        {values.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  const activeFilters = (['source', 'category', 'level', 'version'] as const).filter(
    (name) => state[name] !== '',
  ).length;
  const panelId = `${id}-more`;

  return (
    <>
      {/* Sticks to the top while the reader scrolls the table; on phones the drop-downs fold
          behind one button so the bar stays one line high. */}
      <div className="filter-bar" role="group" aria-label={labels.caption}>
        <div className="filter-line">
          <div className="filter filter-text">
            <label htmlFor={`${id}-text`}>{labels.text}</label>
            <input
              id={`${id}-text`}
              type="search"
              placeholder={labels.text}
              value={state.text}
              onChange={(e) => update({ text: e.target.value })}
            />
          </div>
          <button
            type="button"
            className="secondary filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls={panelId}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {labels.more}
            {activeFilters > 0 ? ` (${activeFilters})` : ''}
          </button>
        </div>
        <div id={panelId} className="filter-panel" data-open={filtersOpen ? 'true' : undefined}>
          {showSourceFilter ? select('source', labels.source, options.sources) : null}
          {select(
            'category',
            labels.category,
            options.categories.map((c) => [c, c]),
          )}
          {select(
            'level',
            labels.level,
            options.levels.map((l) => [l, labels.levels[l]]),
          )}
          {select(
            'version',
            labels.version,
            options.versions.map((v) => [v, v]),
          )}
          <button type="button" className="secondary" onClick={() => update(initialTableState)}>
            {labels.reset}
          </button>
        </div>
        <p className="filter-count" role="status" aria-live="polite">
          {fill(labels.shown, { shown: String(shown.length), total: String(rows.length) })}
        </p>
      </div>
      <div className="table-wrap">
        <table className="event-table">
          <caption className="visually-hidden">{labels.caption}</caption>
          <thead>
            <tr>
              {(['id', 'source', 'category', 'level', 'symbolicName'] as const).map((key) => (
                <th key={key} scope="col" aria-sort={ariaSort(key)}>
                  <button type="button" onClick={() => sortBy(key)}>
                    {labels.columns[key]}
                    <span aria-hidden="true">
                      {state.sort === key ? (state.descending ? ' ▼' : ' ▲') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">{labels.columns.title}</th>
              <th scope="col">{labels.columns.versions}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.articleId}>
                <td className="col-id">
                  <a href={row.href}>{row.eventId}</a>
                </td>
                <td className="col-source">
                  <Breakable text={row.source} />
                </td>
                <td className="col-category">
                  {row.category ? <Breakable text={row.category} /> : ''}
                </td>
                <td className="col-level">
                  <LevelBadge levels={row.levels} labels={labels.levels} />
                </td>
                <td className="col-symbolic">
                  {row.symbolicName ? (
                    <code>
                      <Breakable text={row.symbolicName} />
                    </code>
                  ) : (
                    ''
                  )}
                </td>
                <td className="col-title">
                  {row.kind !== 'event' ? <strong>{labels.kinds[row.kind]}: </strong> : null}
                  <a href={row.href} lang={row.titleLang === locale ? undefined : row.titleLang}>
                    {row.title}
                  </a>
                  {row.titleLang === locale ? null : (
                    <>
                      {' '}
                      <abbr className="en-marker" title={labels.englishTitle}>
                        {labels.english}
                      </abbr>
                    </>
                  )}
                </td>
                <td className="col-versions">{row.versions.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 ? <p>{labels.none}</p> : null}
    </>
  );
}
