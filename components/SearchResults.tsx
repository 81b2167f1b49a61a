'use client';
import { fill } from '@/lib/i18n/fill';
import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { SearchPageLabels } from '@/lib/i18n/labels';
import { paths } from '@/lib/i18n/paths';
import { pluralForm } from '@/lib/i18n/plural';
import { loadSearchEngine, onSearchDataLoaded } from '@/lib/search/client';
import type { SearchEngine, SearchFilters, SearchOutcome } from '@/lib/search/engine';
import { IdBox } from './IdBox';
import { ResultFacts } from './ResultFacts';
import { useBrowserValue } from './useBrowserValue';

type FilterName = keyof SearchFilters;
const filterNames: FilterName[] = ['source', 'category', 'level', 'version'];

function readUrl(search: string) {
  const params = new URLSearchParams(search);
  const filters: SearchFilters = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return {
    query: params.get('q') ?? '',
    filters,
    undocumented: params.get('undocumented') === '1',
  };
}

function writeUrl(query: string, filters: SearchFilters) {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const name of filterNames) if (filters[name]) params.set(name, filters[name]!);
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${params.size ? `?${params}` : ''}`,
  );
}

/** The full results page: linkable (`?q=…&level=…`), with filters, counts and a helpful empty state. */
export function SearchResults({ locale, labels }: { locale: Locale; labels: SearchPageLabels }) {
  const id = useId();
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  // What the address asked for, until the reader changes the query or a filter.
  const search = useBrowserValue(() => window.location.search, '');
  const fromUrl = useMemo(() => readUrl(search), [search]);
  const [edited, setEdited] = useState<{ query: string; filters: SearchFilters } | null>(null);
  const { query, filters } = edited ?? fromUrl;
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    loadSearchEngine(locale).then(setEngine, () => setFailed(true));
    return onSearchDataLoaded(() => setRevision((r) => r + 1));
  }, [locale]);

  // `revision` re-runs the search when the body index or the snippet texts arrive.
  const outcome: SearchOutcome | null = useMemo(
    () => (engine && query.trim() && revision >= 0 ? engine.search(query, filters) : null),
    [engine, query, filters, revision],
  );
  const update = useCallback((nextQuery: string, nextFilters: SearchFilters) => {
    setEdited({ query: nextQuery, filters: nextFilters });
    writeUrl(nextQuery, nextFilters);
  }, []);
  const undocumented = fromUrl.undocumented && edited === null;

  return (
    <>
      <h1>
        {query.trim()
          ? fill(labels.resultsFor, { query: query.trim().slice(0, 80) })
          : labels.title}
      </h1>
      <form
        role="search"
        aria-label={labels.title}
        className="search-form"
        onSubmit={(e: FormEvent) => e.preventDefault()}
      >
        <label htmlFor={`${id}-q`}>{labels.label}</label>
        <textarea
          id={`${id}-q`}
          name="q"
          rows={query.includes('\n') ? 6 : 1}
          value={query}
          placeholder={labels.empty}
          onChange={(e) => update(e.target.value, filters)}
        />
      </form>
      {undocumented ? (
        <p className="notice" role="note">
          {fill(labels.undocumented, { query })}
        </p>
      ) : null}
      {failed ? <p role="alert">{labels.loadFailed}</p> : null}
      {!engine && !failed ? <p role="status">{labels.loading}</p> : null}
      {engine ? (
        <Filters
          engine={engine}
          labels={labels}
          filters={filters}
          onChange={(next) => update(query, next)}
        />
      ) : null}
      {engine && outcome ? (
        <Outcome engine={engine} outcome={outcome} query={query} locale={locale} labels={labels} />
      ) : null}
      {engine && !query.trim() ? <p>{labels.empty}</p> : null}
    </>
  );
}

function Filters({
  engine,
  labels,
  filters,
  onChange,
}: {
  engine: SearchEngine;
  labels: SearchPageLabels;
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
}) {
  const id = useId();
  const articles = engine.file.articles;
  const distinct = (values: string[]) =>
    [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const options: Record<FilterName, [string, string][]> = {
    source: [...new Map(articles.map((a) => [a.sourceSlug, a.source])).entries()].sort((a, b) =>
      a[1].localeCompare(b[1]),
    ),
    category: distinct(articles.flatMap((a) => (a.category ? [a.category] : []))).map((c) => [
      c,
      c,
    ]),
    level: ['error', 'warning', 'information'].map((l) => [
      l,
      labels.table.levels[l as 'error'] ?? l,
    ]),
    version: distinct(articles.flatMap((a) => a.versions)).map((v) => [v, v]),
  };
  const names: Record<FilterName, string> = {
    source: labels.table.source,
    category: labels.table.category,
    level: labels.table.level,
    version: labels.table.version,
  };
  return (
    <div className="filters" role="group" aria-label={labels.filters}>
      {filterNames.map((name) => (
        <div key={name} className="filter">
          <label htmlFor={`${id}-${name}`}>{names[name]}</label>
          <select
            id={`${id}-${name}`}
            value={filters[name] ?? ''}
            onChange={(e) => onChange({ ...filters, [name]: e.target.value || undefined })}
          >
            <option value="">{labels.table.any}</option>
            {options[name].map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}

function Outcome({
  engine,
  outcome,
  query,
  locale,
  labels,
}: {
  engine: SearchEngine;
  outcome: SearchOutcome;
  query: string;
  locale: Locale;
  labels: SearchPageLabels;
}) {
  const paste = outcome.eventPaste;
  return (
    <>
      {paste && (paste.source || paste.eventId !== null) ? (
        <p className="notice" role="note">
          {fill(labels.eventViewerPaste, {
            source: paste.source ?? '',
            id: paste.eventId === null ? '' : String(paste.eventId),
          })}
        </p>
      ) : null}
      {outcome.smtpCodes.length > 0 ? (
        <p className="smtp-codes">
          {labels.smtpCodes}{' '}
          {outcome.smtpCodes.map((code) => (
            <a key={code} className="smtp-chip" href={paths.smtp(locale, code)}>
              {code}
            </a>
          ))}
        </p>
      ) : null}
      <p role="status" aria-live="polite">
        {pluralForm(labels.count, outcome.hits.length, locale)}
      </p>
      {outcome.hits.length === 0 ? (
        <NoResults query={query} locale={locale} labels={labels} />
      ) : null}
      <ol className="results">
        {outcome.hits.slice(0, 50).map((hit) => {
          const result = engine.present(hit, outcome.terms);
          return (
            <li key={result.key} className="result">
              <p className="result-head">
                <a href={result.href}>
                  <ResultFacts
                    result={result}
                    english={labels.english}
                    englishTitle={labels.englishTitle}
                  />
                </a>
                {result.reason === 'exact' ? <span className="badge">{labels.exact}</span> : null}
                {result.values ? <span className="badge">{labels.template}</span> : null}
              </p>
              <p className="result-title">
                <a href={result.href}>{result.title}</a>
              </p>
              <p
                className="result-snippet"
                dangerouslySetInnerHTML={{ __html: result.snippetHtml }}
              />
              {result.values && result.values.length > 0 ? (
                <table className="values">
                  <caption>{labels.valuesCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{labels.placeholderCol}</th>
                      <th scope="col">{labels.valueCol}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.values.map((v) => (
                      <tr key={v.placeholder}>
                        <th scope="row">
                          <code>%{v.placeholder}</code>
                        </th>
                        <td>
                          <code>{v.value}</code>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function NoResults({
  query,
  locale,
  labels,
}: {
  query: string;
  locale: Locale;
  labels: SearchPageLabels;
}) {
  const words = query.trim().split(/\s+/);
  const suggestions = [
    ...new Set(
      [words.length > 1 ? words.slice(0, -1).join(' ') : null, ...labels.popular].filter(
        (s): s is string => Boolean(s),
      ),
    ),
  ].slice(0, 6);
  return (
    <div className="no-results">
      <p>
        <strong>{fill(labels.noResults, { query: query.trim().slice(0, 80) })}</strong>
      </p>
      <p>{labels.noResultsHelp}</p>
      <IdBox locale={locale} labels={labels.idBox} />
      <p>{labels.suggestions}</p>
      <ul className="suggestions">
        {suggestions.map((s) => (
          <li key={s}>
            <a href={paths.search(locale, s)}>{s}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
