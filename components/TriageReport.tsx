'use client';
import { useId, useMemo, useState } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { CatalogIndex } from '@/lib/triage/catalog';
import { formatLogDate } from '@/lib/triage/dates';
import { reportCsv, reportMarkdown } from '@/lib/triage/exportReport';
import { label, levelLabel, type TriageLabels } from '@/lib/triage/labels';
import type { FileNote } from '@/lib/triage/model';
import { buildGroups, filterOptions, noFilter, type ReportFilter } from '@/lib/triage/report';
import { CopyButton } from './CopyButton';
import { download } from './download';
import { TriageGroup } from './TriageGroup';
import { useBrowserValue } from './useBrowserValue';
import type { Outcome } from './useTriageWorker';

const encodingNames = { 'windows-1251': 'Windows-1251', 'windows-1252': 'Windows-1252' } as Record<
  string,
  string
>;

function noteText(labels: TriageLabels, locale: Locale, note: FileNote): string {
  switch (note.code) {
    case 'malformed':
    case 'checksum':
    case 'too-many-kinds':
      return label(labels, locale, `triage.note.${note.code}`, { count: note.count });
    case 'legacy-encoding':
      return label(labels, locale, 'triage.note.legacy-encoding', {
        encoding: encodingNames[note.encoding] ?? note.encoding,
      });
    default:
      return labels[`triage.note.${note.code}`];
  }
}

export function TriageReport({
  outcome,
  index,
  labels,
  locale,
}: {
  outcome: Outcome;
  index: CatalogIndex;
  labels: TriageLabels;
  locale: Locale;
}) {
  const id = useId();
  const [filter, setFilter] = useState<ReportFilter>(noFilter);
  const [timeline, setTimeline] = useState<string | null | undefined>(undefined);
  const origin = useBrowserValue(() => location.origin, '');
  const all = useMemo(() => buildGroups(outcome.cells), [outcome]);
  const options = useMemo(() => filterOptions(outcome.cells), [outcome]);
  const groups = useMemo(() => buildGroups(outcome.cells, filter), [outcome, filter]);
  const smtpCodes = useMemo(() => new Set(index.catalog.smtpCodes), [index]);
  const context = useMemo(
    () => ({
      labels,
      locale,
      origin,
      index,
      files: outcome.files,
      made: outcome.finished,
    }),
    [labels, locale, origin, index, outcome],
  );
  const markdown = useMemo(() => reportMarkdown(groups, context), [groups, context]);
  const events = all.reduce((n, g) => n + g.count, 0);
  const open = timeline === undefined ? groups[0]?.key : timeline;
  const stamp = formatLogDate(context.made).replace(/[-: ]/g, '').slice(0, 12);

  return (
    <section className="triage-report" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{labels['triage.report']}</h2>
      {outcome.cancelled ? <p className="notice">{labels['triage.cancelled']}</p> : null}
      <p role="status" className="triage-summary">
        {label(labels, locale, 'triage.summary', {
          events: label(labels, locale, 'triage.count.events', { count: events }),
          groups: label(labels, locale, 'triage.count.groups', { count: all.length }),
          files: label(labels, locale, 'triage.count.files', { count: outcome.files.length }),
        })}
      </p>
      <ul className="triage-files" aria-label={labels['triage.files']}>
        {outcome.files.map((file, i) => (
          <li key={i} className={file.ok ? undefined : 'triage-file-failed'}>
            <span className="triage-file-name">{file.name}</span>{' '}
            <span className="muted">
              {
                labels[
                  file.format ? (`triage.format.${file.format}` as const) : 'triage.format.unknown'
                ]
              }
              {file.ok
                ? ` · ${label(labels, locale, 'triage.count.events', { count: file.events })}`
                : null}
            </span>
            {file.notes.map((note, k) => (
              <p key={k}>{noteText(labels, locale, note)}</p>
            ))}
            {i === outcome.files.length - 1 && outcome.overflow > 0 ? (
              <p>{noteText(labels, locale, { code: 'too-many-kinds', count: outcome.overflow })}</p>
            ) : null}
          </li>
        ))}
      </ul>
      {all.length > 0 ? (
        <>
          <fieldset className="triage-filters">
            <legend>{labels['triage.filters']}</legend>
            <fieldset className="triage-levels">
              <legend>{labels['triage.filter.level']}</legend>
              {options.levels.map(({ level, count }) => (
                <label key={level}>
                  <input
                    type="checkbox"
                    checked={filter.levels.includes(level)}
                    onChange={(event) =>
                      setFilter({
                        ...filter,
                        levels: event.target.checked
                          ? [...filter.levels, level]
                          : filter.levels.filter((l) => l !== level),
                      })
                    }
                  />{' '}
                  {levelLabel(labels, level)} ({new Intl.NumberFormat(locale).format(count)})
                </label>
              ))}
            </fieldset>
            <label>
              {labels['triage.filter.source']}
              <select
                value={filter.source ?? ''}
                onChange={(event) => setFilter({ ...filter, source: event.target.value || null })}
              >
                <option value="">{labels['triage.filter.all']}</option>
                {options.sources.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.name} ({s.count})
                  </option>
                ))}
              </select>
            </label>
            {options.servers.length > 0 ? (
              <label>
                {labels['triage.filter.server']}
                <select
                  value={filter.server ?? ''}
                  onChange={(event) => setFilter({ ...filter, server: event.target.value || null })}
                >
                  <option value="">{labels['triage.filter.all']}</option>
                  {options.servers.map((s) => (
                    <option key={s.key} value={s.key}>
                      {s.name} ({s.count})
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </fieldset>
          <div className="triage-exports">
            <button
              type="button"
              className="secondary"
              onClick={() =>
                download(`triage-${stamp}.md`, markdown, 'text/markdown;charset=utf-8')
              }
            >
              {labels['triage.download.markdown']}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                download(
                  `triage-${stamp}.csv`,
                  reportCsv(groups, context),
                  'text/csv;charset=utf-8',
                )
              }
            >
              {labels['triage.download.csv']}
            </button>
            <CopyButton
              text={markdown}
              label={labels['triage.copy.markdown']}
              doneLabel={labels['triage.copied']}
            />
          </div>
          <p className="muted">
            {label(labels, locale, 'triage.filter.shown', {
              shown: groups.length,
              total: all.length,
            })}{' '}
            {labels['triage.times']}
          </p>
          {groups.length === 0 ? <p>{labels['triage.filter.none']}</p> : null}
          <ol className="triage-groups">
            {groups.map((group) => (
              <TriageGroup
                key={group.key}
                group={group}
                index={index}
                smtpCodes={smtpCodes}
                labels={labels}
                locale={locale}
                timelineOpen={open === group.key}
                onTimeline={() => setTimeline(open === group.key ? null : group.key)}
              />
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
