import Link from 'next/link';
import { localizeArticle } from '@/lib/content/localize';
import type { Article, EventEntry } from '@/lib/content/model';
import { releaseName } from '@/lib/content/versions';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';
import { LocalizedTitle } from './LocalizedTitle';

/** Lists every article of an event with its kind and versions, marking the one shown. */
export function ArticleChooser({
  event,
  current,
  locale,
}: {
  event: EventEntry;
  current: Article | null;
  locale: Locale;
}) {
  const t = translator(locale);
  return (
    <nav className="variants" aria-labelledby="variants-heading">
      <h2 id="variants-heading">{t('article.variants', { count: event.articles.length })}</h2>
      <p>{t('article.variantsIntro')}</p>
      <ul>
        {event.articles.map((article) => {
          const view = localizeArticle(article, locale);
          const versions = article.original.facts.productVersions.map(releaseName).join(', ');
          const isCurrent = article.id === current?.id;
          return (
            <li key={article.id}>
              <Link
                href={paths.article(locale, event.key, article.slug)}
                aria-current={isCurrent ? 'page' : undefined}
              >
                <strong>{t(`kind.${article.original.facts.kind}`)}</strong>
                {versions ? ` · ${versions}` : ''}
              </Link>
              {' — '}
              <LocalizedTitle title={view.title} titleLang={view.titleLang} locale={locale} />
              {isCurrent ? <span className="muted"> ({t('article.thisArticle')})</span> : null}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
