import Link from 'next/link';
import { localizeArticle } from '@/lib/content/localize';
import type { EventEntry } from '@/lib/content/model';
import { releaseName } from '@/lib/content/versions';
import { articleHref, levelsOf } from '@/lib/content/views';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';
import { Breadcrumbs } from './Breadcrumbs';
import { levelLabels } from '@/lib/i18n/labels';
import { LevelBadge } from './LevelBadge';
import { LocalizedTitle } from './LocalizedTitle';
import { Breakable } from './Breakable';

/** Every source and article that uses one event ID, each clearly labelled. */
export function IdView({
  locale,
  eventId,
  events,
}: {
  locale: Locale;
  eventId: number;
  events: EventEntry[];
}) {
  const t = translator(locale);
  const count = events.reduce((sum, e) => sum + e.articles.length, 0);
  return (
    <>
      <Breadcrumbs
        label={t('nav.breadcrumbs')}
        items={[
          { href: paths.home(locale), label: t('nav.home') },
          { href: paths.events(locale), label: t('nav.events') },
          { label: String(eventId) },
        ]}
      />
      <h1>{t('ids.title', { id: String(eventId) })}</h1>
      <p>{t('ids.intro', { count, id: String(eventId) })}</p>
      {events.map((event) => (
        <section key={event.key} aria-labelledby={`src-${event.sourceSlug}`}>
          <h2 id={`src-${event.sourceSlug}`}>
            <Link href={paths.event(locale, event.key)}>
              <Breakable text={event.source} /> {event.eventId}
            </Link>
          </h2>
          <ul className="cards">
            {event.articles.map((article) => {
              const view = localizeArticle(article, locale);
              const versions = article.original.facts.productVersions.map(releaseName).join(', ');
              return (
                <li key={article.id}>
                  <Link href={articleHref(locale, event, article)}>
                    {t(`kind.${article.original.facts.kind}`)}
                    {versions ? ` · ${versions}` : ''}
                  </Link>
                  <br />
                  <LocalizedTitle title={view.title} titleLang={view.titleLang} locale={locale} />
                  <br />
                  <LevelBadge levels={levelsOf(article)} labels={levelLabels(locale)} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
