import Link from 'next/link';
import { localizeArticle, type LocalizedSection } from '@/lib/content/localize';
import type { Article, Corpus, EventEntry } from '@/lib/content/model';
import { formatDate, markdownToHtml } from '@/lib/content/render';
import { referenceLabel } from '@/lib/content/references';
import { articleHref, levelsOf } from '@/lib/content/views';
import { defaultLocale, localeTags, type Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { localizedPath, paths } from '@/lib/i18n/paths';
import { ArticleChooser } from './ArticleChooser';
import { BodySwitch } from './BodySwitch';
import { Breadcrumbs } from './Breadcrumbs';
import { DetailsTable } from './DetailsTable';
import { LevelBadge } from './LevelBadge';
import { LocalizedTitle } from './LocalizedTitle';

interface Props {
  corpus: Corpus;
  event: EventEntry;
  article: Article;
  locale: Locale;
}

/** A whole article page: heading, notices, details, the three sections and related events. */
export function ArticleView({ corpus, event, article, locale }: Props) {
  const t = translator(locale);
  const view = localizeArticle(article, locale);
  const facts = article.original.facts;
  const selfPath = articleHref(locale, event, article);
  const titleLang = view.titleLang === locale ? undefined : localeTags[view.titleLang];

  return (
    <article>
      <Breadcrumbs
        label={t('nav.breadcrumbs')}
        items={[
          { href: paths.home(locale), label: t('nav.home') },
          { href: paths.events(locale), label: t('nav.events') },
          { href: paths.source(locale, event.sourceSlug), label: event.source },
          { label: String(event.eventId) },
        ]}
      />
      <p className="eyebrow">
        <span>
          {facts.source} · {t('details.eventId')} {facts.eventId}
        </span>
        {facts.kind !== 'event' ? <span>· {t(`kind.${facts.kind}`)}</span> : null}
        <LevelBadge levels={levelsOf(article)} t={t} />
      </p>
      <h1 lang={titleLang}>{view.title}</h1>

      {view.status === 'missing' ? (
        <p className="notice" role="note">
          {t('fallback.missing')}
        </p>
      ) : null}
      {view.status === 'outdated' && view.translatedFrom ? (
        <p className="notice" role="note">
          {t('fallback.outdated', { date: formatDate(view.updated, locale) })}{' '}
          <Link href={localizedPath(selfPath, defaultLocale)} hrefLang={defaultLocale}>
            {t('fallback.readOriginal')}
          </Link>
        </p>
      ) : null}

      {event.articles.length > 1 ? (
        <ArticleChooser event={event} current={article} locale={locale} />
      ) : null}

      <div className="article-layout">
        <div className="article-main">
          <DetailsTable article={article} locale={locale} t={t} />
          {view.status === 'original' || view.status === 'missing' ? (
            <Sections sections={view.sections} locale={locale} />
          ) : (
            <BodySwitch
              labels={{
                showOriginal: t('fallback.showOriginal'),
                showTranslation: t('fallback.showTranslation'),
              }}
              translated={<Sections sections={view.sections} locale={locale} />}
              original={
                <Sections
                  sections={localizeArticle(article, defaultLocale).sections}
                  locale={locale}
                  headingLocale={defaultLocale}
                  idSuffix="-en"
                />
              }
            />
          )}
          <References urls={article.original.sources} label={t('article.references')} />
          <p className="updated">
            {t('article.updated', { date: formatDate(view.updated, locale) })}
          </p>
        </div>
        <aside className="article-aside">
          <RelatedEvents corpus={corpus} keys={article.original.related} locale={locale} />
        </aside>
      </div>
    </article>
  );
}

/**
 * The body sections. Headings are in `headingLocale` (the page's, or English for the original
 * shown by the switch); each text block carries `lang` when it is not in the page's language.
 * `idSuffix` keeps anchors unique when the original is rendered alongside the translation.
 */
function Sections({
  sections,
  locale,
  headingLocale = locale,
  idSuffix = '',
}: {
  sections: LocalizedSection[];
  locale: Locale;
  headingLocale?: Locale;
  idSuffix?: string;
}) {
  const t = translator(headingLocale);
  const langIfForeign = (lang: Locale) => (lang === locale ? undefined : localeTags[lang]);
  return sections.map((section) => {
    const id = `${section.key}${idSuffix}`;
    return (
      <section key={id} id={id} className="article-section" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} lang={langIfForeign(headingLocale)}>
          {t(`section.${section.key}`)}
        </h2>
        {section.untranslated ? (
          <p className="untranslated-label">{t('fallback.untranslatedSection')}</p>
        ) : null}
        <div
          lang={langIfForeign(section.lang)}
          dangerouslySetInnerHTML={{ __html: markdownToHtml(section.markdown, locale) }}
        />
      </section>
    );
  });
}

/** The public pages the facts come from, each shown by its host so the reader knows where it leads. */
function References({ urls, label }: { urls: string[]; label: string }) {
  return (
    <section className="references" aria-labelledby="references-heading">
      <h2 id="references-heading">{label}</h2>
      <ol>
        {urls.map((url) => (
          <li key={url}>
            <a href={url} rel="noopener noreferrer">
              {referenceLabel(url)}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}

function RelatedEvents({
  corpus,
  keys,
  locale,
}: {
  corpus: Corpus;
  keys: string[];
  locale: Locale;
}) {
  const t = translator(locale);
  const events = keys.map((key) => corpus.eventByKey.get(key)).filter((e) => e !== undefined);
  if (events.length === 0) return null;
  return (
    <nav className="aside-box" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('article.related')}</h2>
      <ul>
        {events.map((event) => {
          const first = event.articles[0]!;
          const view = localizeArticle(first, locale);
          return (
            <li key={event.key}>
              <Link href={paths.event(locale, event.key)}>
                {event.source} {event.eventId}
              </Link>
              <br />
              <LocalizedTitle
                title={view.title}
                titleLang={view.titleLang}
                locale={locale}
                className="muted"
              />
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
