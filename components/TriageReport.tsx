'use client';
import { useId, useMemo, useState } from 'react';
import type { Locale } from '@/lib/i18n/config';
import type { CatalogIndex } from '@/lib/triage/catalog';
import { formatLogDate } from '@/lib/triage/dates';
import { reportCsv, reportMarkdown } from '@/lib/triage/exportReport';
import { label, type TriageLabels } from '@/lib/triage/labels';
import { buildGroups, filterOptions, noFilter, type ReportFilter } from '@/lib/triage/report';
import { CopyButton } from './CopyButton';
import { download } from './download';
import { TriageFiles } from './TriageFiles';
import { TriageFilters } from './TriageFilters';
import { TriageGroup } from './TriageGroup';
import { useBrowserValue } from './useBrowserValue';
import type { Outcome } from './useTriageWorker';

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
      <TriageFiles
        files={outcome.files}
        overflow={outcome.overflow}
        labels={labels}
        locale={locale}
      />
      {all.length > 0 ? (
        <>
          <TriageFilters
            filter={filter}
            onChange={setFilter}
            options={options}
            labels={labels}
            locale={locale}
          />
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
              labels={{ copy: labels['triage.copy.markdown'], done: labels['triage.copied'] }}
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
