import Link from 'next/link';
import type { Corpus } from '@/lib/content/model';
import {
  percent,
  reportedStatuses,
  statusesOf,
  summarize,
  translatedLocales,
} from '@/lib/content/translationReport';
import { articleHref } from '@/lib/content/views';
import { releaseName } from '@/lib/content/versions';
import { localeNames, type Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';
import { Breadcrumbs } from './Breadcrumbs';
import { Breakable } from './Breakable';

export function TranslationStatusView({ corpus, locale }: { corpus: Corpus; locale: Locale }) {
  const t = translator(locale);
  return (
    <>
      <Breadcrumbs
        label={t('nav.breadcrumbs')}
        items={[
          { href: paths.home(locale), label: t('nav.home') },
          { label: t('translations.title') },
        ]}
      />
      <h1>{t('translations.title')}</h1>
      <p>{t('translations.intro')}</p>
      <div className="table-wrap">
        <table className="status-summary">
          <caption>{t('translations.summary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('translations.col.locale')}</th>
              {reportedStatuses.map((status) => (
                <th key={status} scope="col">
                  {t(`status.${status}`)}
                </th>
              ))}
              <th scope="col">{t('translations.col.total')}</th>
            </tr>
          </thead>
          <tbody>
            {summarize(corpus).map(({ locale: target, total, counts }) => (
              <tr key={target}>
                <th scope="row">{localeNames[target]}</th>
                {reportedStatuses.map((status) => (
                  <td key={status}>
                    {counts[status]} ({percent(counts[status], total)} %)
                  </td>
                ))}
                <td>{total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('translations.list')}</h2>
      <div className="table-wrap">
        <table className="status-list">
          <thead>
            <tr>
              <th scope="col">{t('translations.col.article')}</th>
              {translatedLocales.map((target) => (
                <th key={target} scope="col">
                  {localeNames[target]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {corpus.articles.map((article) => {
              const event = corpus.eventByKey.get(article.eventKey)!;
              const statuses = statusesOf(article);
              return (
                <tr key={article.id}>
                  <td>
                    <Link href={articleHref(locale, event, article)}>
                      <Breakable text={event.source} /> {event.eventId}
                      {event.articles.length > 1
                        ? ` (${t(`kind.${article.original.facts.kind}`)}, ${article.original.facts.productVersions.map(releaseName).join(', ')})`
                        : ''}
                    </Link>
                  </td>
                  {translatedLocales.map((target) => (
                    <td key={target} className={`status status-${statuses[target]}`}>
                      {t(`status.${statuses[target]}`)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
