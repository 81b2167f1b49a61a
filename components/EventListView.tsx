import type { Corpus, SourceEntry } from '@/lib/content/model';
import { eventRows } from '@/lib/content/views';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { eventTableLabels } from '@/lib/i18n/labels';
import { paths } from '@/lib/i18n/paths';
import { Breadcrumbs } from './Breadcrumbs';
import { Breakable } from './Breakable';
import { EventTable } from './EventTable';

/** Every event, or the events of one source, as a filterable table. */
export function EventListView({
  corpus,
  locale,
  source,
}: {
  corpus: Corpus;
  locale: Locale;
  source: SourceEntry | null;
}) {
  const t = translator(locale);
  const crumbs = [
    { href: paths.home(locale), label: t('nav.home') },
    source ? { href: paths.events(locale), label: t('nav.events') } : { label: t('nav.events') },
  ];
  if (source) crumbs.push({ label: source.name });
  return (
    <>
      <Breadcrumbs label={t('nav.breadcrumbs')} items={crumbs} />
      <h1>
        <Breakable
          text={source ? t('events.sourceTitle', { source: source.name }) : t('events.title')}
        />
      </h1>
      <p>{t('events.intro')}</p>
      <EventTable
        rows={eventRows(corpus, locale, source?.events)}
        locale={locale}
        labels={eventTableLabels(locale)}
        showSourceFilter={!source}
      />
    </>
  );
}
