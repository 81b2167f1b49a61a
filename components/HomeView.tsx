import Link from 'next/link';
import { localizeArticle } from '@/lib/content/localize';
import type { Corpus } from '@/lib/content/model';
import { formatDate } from '@/lib/content/render';
import { articleHref, recentArticles } from '@/lib/content/views';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { idBoxLabels } from '@/lib/i18n/labels';
import { paths } from '@/lib/i18n/paths';
import { IdBox } from './IdBox';
import { PipelineDiagram } from './PipelineDiagram';
import { LocalizedTitle } from './LocalizedTitle';
import { Breakable } from './Breakable';

export function HomeView({ corpus, locale }: { corpus: Corpus; locale: Locale }) {
  const t = translator(locale);
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      <p className="muted">
        {t('home.coverage', {
          events: corpus.events.length,
          articles: corpus.articles.length,
          sources: corpus.sources.length,
        })}
      </p>
      <IdBox locale={locale} labels={idBoxLabels(locale)} />
      <p className="home-triage">
        <Link href={paths.triage(locale)}>{t('home.triage')}</Link>
        <br />
        <span className="muted">{t('home.triageText')}</span>
      </p>
      <h2>{t('pipeline.title')}</h2>
      <PipelineDiagram locale={locale} />

      <h2>{t('home.sources')}</h2>
      <ul className="cards">
        {corpus.sources.map((source) => (
          <li key={source.slug}>
            <Link href={paths.source(locale, source.slug)}>
              <Breakable text={source.name} />
            </Link>
            <br />
            <span className="muted">{t('home.eventCount', { count: source.events.length })}</span>
          </li>
        ))}
      </ul>

      <h2>{t('home.recent')}</h2>
      <ul className="cards">
        {recentArticles(corpus, 8).map((article) => {
          const event = corpus.eventByKey.get(article.eventKey)!;
          const view = localizeArticle(article, locale);
          return (
            <li key={article.id}>
              <Link href={articleHref(locale, event, article)}>
                <Breakable text={event.source} /> {event.eventId}
              </Link>
              <br />
              <LocalizedTitle title={view.title} titleLang={view.titleLang} locale={locale} />
              <br />
              <span className="muted">{formatDate(view.updated, locale)}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
