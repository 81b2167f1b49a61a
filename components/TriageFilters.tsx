import type { Locale } from '@/lib/i18n/config';
import { levelLabel, type TriageLabels } from '@/lib/triage/labels';
import type { FilterOptions, ReportFilter } from '@/lib/triage/report';

/** Filters by level (several at once), source and server; counts say how many events each has. */
export function TriageFilters({
  filter,
  onChange,
  options,
  labels,
  locale,
}: {
  filter: ReportFilter;
  onChange: (filter: ReportFilter) => void;
  options: FilterOptions;
  labels: TriageLabels;
  locale: Locale;
}) {
  return (
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
                onChange({
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
          onChange={(event) => onChange({ ...filter, source: event.target.value || null })}
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
            onChange={(event) => onChange({ ...filter, server: event.target.value || null })}
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
  );
}
