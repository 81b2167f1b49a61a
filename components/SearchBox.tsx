'use client';
import { fill } from '@/lib/i18n/fill';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { SearchLabels } from '@/lib/i18n/labels';
import { paths } from '@/lib/i18n/paths';
import { isSearchEngineReady, loadSearchEngine } from '@/lib/search/client';
import type { SearchEngine, SearchOutcome } from '@/lib/search/engine';
import { presentOutcome, type ResultView } from '@/lib/search/present';
import { ResultFacts } from './ResultFacts';
import { Snippet } from './Snippet';
import { useBrowserValue } from './useBrowserValue';

interface Option {
  id: string;
  href: string;
  result?: ResultView;
  smtpCode?: string;
}

const maxOptions = 8;

/**
 * The header search box: an ARIA combobox with instant results. The index is fetched the first
 * time the box gets focus; `/` anywhere on the page focuses it. `data-hydrated` tells tests (and
 * anyone else) that the box reacts to keys.
 */
export function SearchBox({ locale, labels }: { locale: Locale; labels: SearchLabels }) {
  const baseId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  // True once hydrated (the static HTML says false): the box then reacts to keys.
  const hydrated = useBrowserValue(() => true, false);
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [shared, setShared] = useState<SearchOutcome['sharedId']>(null);
  /** The query the options answer (the reader may have typed on since). */
  const [answered, setAnswered] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<'idle' | 'loading' | 'failed'>('idle');

  const toOptions = useCallback(
    (engine: SearchEngine, outcome: SearchOutcome): Option[] => {
      const smtp = outcome.smtpCodes.slice(0, 2).map((code) => ({
        id: `${baseId}-smtp-${code}`,
        href: paths.smtp(locale, code),
        smtpCode: code,
      }));
      const results = presentOutcome(outcome, {
        locale,
        isHit: engine.matcher(outcome.terms),
        textsOf: (doc) => engine.textsOf(doc),
      })
        .slice(0, maxOptions - smtp.length)
        .map((result) => ({
          id: `${baseId}-${result.key.replace(/[^\w-]/g, '-')}`,
          href: result.href,
          result,
        }));
      return [...results, ...smtp];
    },
    [baseId, locale],
  );

  const run = useCallback(
    async (text: string) => {
      const ticket = ++latest.current;
      const current = () => ticket === latest.current;
      if (!text.trim()) {
        setOptions([]);
        setShared(null);
        return;
      }
      // "Loading" only while the index is on its way, not on every keystroke.
      if (!isSearchEngineReady(locale)) setStatus('loading');
      try {
        const engine = await loadSearchEngine(locale);
        const outcome = await engine.search(text, { limit: maxOptions });
        if (!current()) return;
        setStatus('idle');
        setOptions(toOptions(engine, outcome));
        setShared(outcome.sharedId);
        setAnswered(text);
        setActive(-1);
        await engine.loadTexts(outcome.hits.map((hit) => hit.doc));
        if (current()) setOptions(toOptions(engine, outcome));
      } catch {
        if (current()) setStatus('failed');
      }
    },
    [locale, toOptions],
  );

  useEffect(() => {
    const focusOnSlash = (event: globalThis.KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (
        target &&
        (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
      )
        return;
      event.preventDefault();
      inputRef.current?.focus();
    };
    document.addEventListener('keydown', focusOnSlash);
    return () => document.removeEventListener('keydown', focusOnSlash);
  }, []);

  const allResultsHref = paths.search(locale, query.trim());
  const expanded = open && query.trim() !== '';
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) =>
        options.length === 0 ? -1 : (current + step + options.length) % options.length,
      );
    } else if (event.key === 'Escape' && expanded) {
      // The first Escape closes the list; only a second one clears the box (the browser's default).
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Only an option the reader can see is opened; otherwise Enter searches.
      const chosen = expanded ? options[active] : undefined;
      if (chosen) window.location.assign(chosen.href);
      else if (query.trim()) window.location.assign(allResultsHref);
    }
  };

  const listId = `${baseId}-list`;
  return (
    <form
      className="search-box"
      data-hydrated={hydrated ? 'true' : undefined}
      role="search"
      aria-label={labels.label}
      action={paths.search(locale)}
      onSubmit={(e) => e.preventDefault()}
    >
      <label htmlFor={`${baseId}-input`} className="visually-hidden">
        {labels.label}
      </label>
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        name="q"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={labels.placeholder}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? options[active]?.id : undefined}
        value={query}
        onFocus={() => {
          void loadSearchEngine(locale).catch(() => setStatus('failed'));
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          void run(event.target.value);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="search-popup" hidden={!expanded}>
        <ul id={listId} role="listbox" aria-label={labels.label}>
          {options.map((option, index) => (
            <li
              key={option.id}
              id={option.id}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => window.location.assign(option.href)}
            >
              {option.result ? (
                <ResultLine result={option.result} labels={labels} />
              ) : (
                <span>{fill(labels.smtpOption, { code: option.smtpCode ?? '' })}</span>
              )}
            </li>
          ))}
        </ul>
        <p className="search-popup-status" role="status" aria-live="polite">
          {status === 'loading'
            ? labels.loading
            : status === 'failed'
              ? labels.loadFailed
              : options.length === 0 && query.trim() && answered === query
                ? fill(labels.noResults, { query: query.trim() })
                : shared
                  ? fill(labels.sharedId, {
                      id: String(shared.eventId),
                      sources: shared.sources.join(', '),
                    })
                  : ''}
        </p>
        {query.trim() ? (
          <a className="search-all" href={allResultsHref}>
            {labels.allResults}
          </a>
        ) : null}
      </div>
    </form>
  );
}

function ResultLine({ result, labels }: { result: ResultView; labels: SearchLabels }) {
  return (
    <>
      <span className="result-head">
        <ResultFacts
          result={result}
          english={labels.english}
          englishTitle={labels.englishTitle}
          loggedAs={labels.loggedAs}
        />
      </span>
      <span className="result-title">{result.title}</span>
      <span className="result-snippet">
        <Snippet segments={result.snippet} />
      </span>
    </>
  );
}
