import { useId } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { groupLink, smtpLinks } from '@/lib/triage/articles';
import { placeholderLabels, type CatalogIndex } from '@/lib/triage/catalog';
import { formatLogDate } from '@/lib/triage/dates';
import { formatSpan } from '@/lib/triage/format';
import { label, levelLabel, type TriageLabels } from '@/lib/triage/labels';
import { histogram, type Counted, type Group } from '@/lib/triage/report';
import { TimeHistogram } from './TimeHistogram';

const shownValues = 5;

function levelClass(level: Group['level']): string {
  if (level === 'critical' || level === 'error') return 'level-error';
  if (level === 'warning') return 'level-warning';
  if (level === 'information') return 'level-information';
  return 'level-unknown';
}

function CountedList({
  items,
  labels,
  locale,
  more,
}: {
  items: Counted[];
  labels: TriageLabels;
  locale: Locale;
  more: number;
}) {
  const numbers = new Intl.NumberFormat(locale);
  return (
    <ul className="triage-values">
      {items.map((item) => (
        <li key={item.value}>
          <span className="triage-value">{item.value || '—'}</span>{' '}
          <span className="triage-times">×{numbers.format(item.count)}</span>
        </li>
      ))}
      {more > 0 ? (
        <li className="muted">{label(labels, locale, 'triage.group.more', { count: more })}</li>
      ) : null}
    </ul>
  );
}

/** One group of the report: level, event, count, article link, servers, values, SMTP statuses, timeline. */
export function TriageGroup({
  group,
  index,
  smtpCodes,
  labels,
  locale,
  timelineOpen,
  onTimeline,
}: {
  group: Group;
  index: CatalogIndex;
  smtpCodes: ReadonlySet<string>;
  labels: TriageLabels;
  locale: Locale;
  timelineOpen: boolean;
  onTimeline: () => void;
}) {
  const id = useId();
  const link = groupLink(index, group, locale);
  const entry = group.catalogKey ? index.byKey.get(group.catalogKey) : undefined;
  const names = entry?.templates[0]
    ? placeholderLabels(entry.templates[0])
    : new Map<number, string>();
  const event = `${group.source} ${group.eventId}`;
  const chart = timelineOpen ? histogram(group) : null;
  const time = (t: number | null) => (t === null ? '—' : formatLogDate(t));
  return (
    <li className="triage-group">
      <article aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>
          <span className={`level ${levelClass(group.level)}`}>
            {levelLabel(labels, group.level)}
          </span>{' '}
          <span className="triage-event">{event}</span>{' '}
          <span className="triage-count">
            {label(labels, locale, 'triage.count.events', { count: group.count })}
          </span>
        </h3>
        <p className="triage-article">
          {link.documented ? (
            <>
              <a href={link.href} lang={link.titleLang === locale ? undefined : link.titleLang}>
                {link.title}
              </a>
              {link.titleLang === locale ? null : (
                <>
                  {' '}
                  <abbr className="en-marker" title={labels['triage.englishTitle']}>
                    {labels['triage.english']}
                  </abbr>
                </>
              )}
              {link.moreArticles > 0 ? (
                <span className="muted">
                  {' '}
                  {label(labels, locale, 'triage.group.moreArticles', { count: link.moreArticles })}
                </span>
              ) : null}
            </>
          ) : (
            <>
              {labels['triage.group.undocumented']}{' '}
              <a href={link.href}>{label(labels, locale, 'triage.group.search', { event })}</a>
            </>
          )}
        </p>
        <dl className="triage-facts">
          <div>
            <dt>{labels['triage.group.first']}</dt>
            <dd>{time(group.first)}</dd>
          </div>
          <div>
            <dt>{labels['triage.group.last']}</dt>
            <dd>{time(group.last)}</dd>
          </div>
          <div>
            <dt>{labels['triage.group.servers']}</dt>
            <dd>
              {group.servers.length > 0 ? (
                <CountedList
                  items={group.servers.slice(0, shownValues)}
                  labels={labels}
                  locale={locale}
                  more={group.servers.length - shownValues}
                />
              ) : (
                <span className="muted">{labels['triage.group.noServers']}</span>
              )}
            </dd>
          </div>
          {group.values.map((slot) => (
            <div key={slot.placeholder}>
              <dt>
                <code>%{slot.placeholder}</code> {names.get(slot.placeholder) ?? ''}
              </dt>
              <dd>
                <CountedList
                  items={slot.values.slice(0, shownValues)}
                  labels={labels}
                  locale={locale}
                  more={
                    slot.distinct - Math.min(slot.distinct, shownValues) + (slot.other > 0 ? 1 : 0)
                  }
                />
              </dd>
            </div>
          ))}
          {group.smtp.length > 0 ? (
            <div>
              <dt>{labels['triage.group.smtp']}</dt>
              <dd>
                <ul className="triage-values">
                  {group.smtp.map((status) => (
                    <li key={status.value}>
                      {smtpLinks(status.value, smtpCodes, locale).map(({ code, href }, k) => (
                        <span key={code}>
                          {k > 0 ? ' ' : null}
                          {href ? <a href={href}>{code}</a> : <code>{code}</code>}
                        </span>
                      ))}{' '}
                      <span className="triage-times">
                        ×{new Intl.NumberFormat(locale).format(status.count)}
                      </span>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
        </dl>
        {!link.documented && group.sample ? (
          <details className="triage-sample">
            <summary>{labels['triage.group.sample']}</summary>
            <pre>{group.sample}</pre>
          </details>
        ) : null}
        {group.first !== null ? (
          <button
            type="button"
            className="secondary triage-timeline-button"
            aria-expanded={timelineOpen}
            aria-controls={`${id}-chart`}
            onClick={onTimeline}
          >
            {labels['triage.group.timeline']}
          </button>
        ) : null}
        <div id={`${id}-chart`}>
          {chart ? (
            <TimeHistogram
              histogram={chart}
              title={label(labels, locale, 'triage.histogram', { event })}
              description={label(labels, locale, 'triage.histogram.desc', {
                count: label(labels, locale, 'triage.count.events', { count: group.count }),
                start: formatLogDate(chart.start),
                end: formatLogDate(chart.start + chart.width * chart.counts.length),
                max: Math.max(...chart.counts),
                interval: formatSpan(chart.width, locale),
              })}
              startLabel={formatLogDate(chart.start)}
              endLabel={formatLogDate(chart.start + chart.width * chart.counts.length)}
            />
          ) : null}
        </div>
      </article>
    </li>
  );
}
