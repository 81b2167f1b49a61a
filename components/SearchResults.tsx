'use client';
import { fill } from '@/lib/i18n/fill';
import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { SearchPageLabels } from '@/lib/i18n/labels';
import { paths } from '@/lib/i18n/paths';
import { shorten } from '@/lib/text/shorten';
import { pluralForm } from '@/lib/i18n/plural';
import { loadSearchEngine } from '@/lib/search/client';
import type { SearchEngine, SearchFilters, SearchOutcome } from '@/lib/search/engine';
import type { Facets } from '@/lib/search/format';
import { presentOutcome } from '@/lib/search/present';
import { IdBox } from './IdBox';
import { ResultFacts } from './ResultFacts';
import { Snippet } from './Snippet';
import { useBrowserValue } from './useBrowserValue';

type FilterName = keyof SearchFilters;
const filterNames: FilterName[] = ['source', 'category', 'level', 'version'];
const maxResults = 50;

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
  const [answer, setAnswer] = useState<{ key: string; outcome: SearchOutcome } | null>(null);
  const [textsLoaded, setTextsLoaded] = useState(0);
  const key = JSON.stringify([query, filters]);

  useEffect(() => {
    loadSearchEngine(locale).then(setEngine, () => setFailed(true));
  }, [locale]);

  useEffect(() => {
    if (!engine || !query.trim()) return;
    let current = true;
    engine
      .search(query, { filters, limit: maxResults })
      .then(async (outcome) => {
        if (!current) return;
        setAnswer({ key, outcome });
        await engine.loadTexts(outcome.hits.map((hit) => hit.doc));
        if (current) setTextsLoaded((n) => n + 1);
      })
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [engine, query, filters, key]);
  const outcome = answer?.key === key && query.trim() ? answer.outcome : null;

  const update = useCallback((nextQuery: string, nextFilters: SearchFilters) => {
    setEdited({ query: nextQuery, filters: nextFilters });
    writeUrl(nextQuery, nextFilters);
  }, []);
  const undocumented = fromUrl.undocumented && edited === null;

  return (
    <>
      <h1>
        {query.trim() ? fill(labels.resultsFor, { query: shorten(query, 80) }) : labels.title}
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
      <div className="search-output">
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
          <Outcome
            engine={engine}
            outcome={outcome}
            query={query}
            locale={locale}
            labels={labels}
            textsLoaded={textsLoaded}
          />
        ) : null}
        {engine && !query.trim() ? <p>{labels.empty}</p> : null}
      </div>
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
  const [facets, setFacets] = useState<Facets | null>(null);
  useEffect(() => {
    engine.facets().then(setFacets, () => setFacets(null));
  }, [engine]);
  const options: Record<FilterName, [string, string][]> = {
    source: facets?.sources ?? [],
    category: (facets?.categories ?? []).map((c) => [c, c]),
    level: ['error', 'warning', 'information'].map((l) => [
      l,
      labels.table.levels[l as 'error'] ?? l,
    ]),
    version: (facets?.versions ?? []).map((v) => [v, v]),
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
  textsLoaded,
}: {
  engine: SearchEngine;
  outcome: SearchOutcome;
  query: string;
  locale: Locale;
  labels: SearchPageLabels;
  /** Changes when snippet texts arrive, so the rows show them. */
  textsLoaded: number;
}) {
  const paste = outcome.eventPaste;
  const results = useMemo(
    () =>
      textsLoaded >= 0
        ? presentOutcome(outcome, {
            locale,
            isHit: engine.matcher(outcome.terms),
            textsOf: (doc) => engine.textsOf(doc),
          })
        : [],
    [engine, outcome, locale, textsLoaded],
  );
  const count = outcome.total - (outcome.hits.length - results.length);
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
      {outcome.sharedId ? (
        <p className="notice shared-id" role="note">
          {fill(labels.sharedId, {
            id: String(outcome.sharedId.eventId),
            sources: outcome.sharedId.sources.join(', '),
          })}{' '}
          <a href={paths.ids(locale, outcome.sharedId.eventId)}>{labels.sharedIdLink}</a>
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
        {pluralForm(labels.count, count, locale)}
      </p>
      {results.length === 0 ? <NoResults query={query} locale={locale} labels={labels} /> : null}
      <ol className="results">
        {results.map((result) => (
          <li key={result.key} className="result">
            <p className="result-head">
              <a href={result.href}>
                <ResultFacts
                  result={result}
                  english={labels.english}
                  englishTitle={labels.englishTitle}
                  loggedAs={labels.loggedAs}
                />
              </a>
              {result.reason === 'exact' ? <span className="badge">{labels.exact}</span> : null}
              {result.values ? <span className="badge">{labels.template}</span> : null}
            </p>
            <p className="result-title">
              <a href={result.href}>{result.title}</a>
            </p>
            <p className="result-snippet">
              <Snippet segments={result.snippet} />
            </p>
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
        ))}
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
        <strong>{fill(labels.noResults, { query: shorten(query, 80) })}</strong>
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
