import Link from 'next/link';
import { localizeArticle, type LocalizedSection } from '@/lib/content/localize';
import type { Article, Corpus, EventEntry } from '@/lib/content/model';
import { formatDate, markdownTree } from '@/lib/content/render';
import { referenceLabel } from '@/lib/content/references';
import { articleHref, levelsOf } from '@/lib/content/views';
import { defaultLocale, localeTags, type Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { localizedPath, paths } from '@/lib/i18n/paths';
import { ArticleChooser } from './ArticleChooser';
import { BodySwitch } from './BodySwitch';
import { Breakable, BreakableProse } from './Breakable';
import { Breadcrumbs } from './Breadcrumbs';
import { DetailsTable } from './DetailsTable';
import { copyLabels, levelLabels } from '@/lib/i18n/labels';
import { LevelBadge } from './LevelBadge';
import { LocalizedTitle } from './LocalizedTitle';
import { Markdown } from './Markdown';
import { OnThisPage } from './OnThisPage';

interface Props {
  corpus: Corpus;
  event: EventEntry;
  article: Article;
  locale: Locale;
}

/**
 * A whole article page. The head (where, which level, the title) comes first so a phone shows
 * it on the first screen; "On this page" follows it on phones and sits in the side column, in
 * view while reading, on wide screens.
 */
export function ArticleView({ corpus, event, article, locale }: Props) {
  const t = translator(locale);
  const view = localizeArticle(article, locale);
  const facts = article.original.facts;
  const selfPath = articleHref(locale, event, article);
  const titleLang = view.titleLang === locale ? undefined : localeTags[view.titleLang];
  const related = relatedEvents(corpus, article.original.related);

  return (
    <article className="with-toc">
      <div className="page-head">
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
          <LevelBadge levels={levelsOf(article)} labels={levelLabels(locale)} />
          <span className="eyebrow-facts">
            <span className="eyebrow-source">
              <Breakable text={facts.source} />
            </span>{' '}
            · {t('details.eventId')} <span className="eyebrow-id">{facts.eventId}</span>
            {facts.kind !== 'event' ? <> · {t(`kind.${facts.kind}`)}</> : null}
          </span>
        </p>
        <h1 lang={titleLang}>
          <BreakableProse text={view.title} />
        </h1>

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
      </div>

      <div className="page-main">
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
      <div className="page-side">
        <OnThisPage
          title={t('toc.title')}
          items={[
            { id: 'details', label: t('details.title') },
            ...view.sections.map((section) => ({
              id: section.key,
              label: t(`section.${section.key}`),
            })),
            { id: 'references', label: t('article.references') },
            ...(related.length > 0 ? [{ id: 'related', label: t('article.related') }] : []),
          ]}
        />
        <RelatedEvents events={related} locale={locale} />
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
  const labels = { command: copyLabels(locale, 'command'), code: copyLabels(locale, 'code') };
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
        <div lang={langIfForeign(section.lang)}>
          <Markdown tree={markdownTree(section.markdown, locale)} copyLabels={labels} />
        </div>
      </section>
    );
  });
}

/** The public pages the facts come from, each shown by its host so the reader knows where it leads. */
function References({ urls, label }: { urls: string[]; label: string }) {
  return (
    <section id="references" className="references" aria-labelledby="references-heading">
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

function relatedEvents(corpus: Corpus, keys: string[]): EventEntry[] {
  return keys.map((key) => corpus.eventByKey.get(key)).filter((e) => e !== undefined);
}

function RelatedEvents({ events, locale }: { events: EventEntry[]; locale: Locale }) {
  const t = translator(locale);
  if (events.length === 0) return null;
  return (
    <nav id="related" className="aside-box" aria-labelledby="related-heading">
      <h2 id="related-heading">{t('article.related')}</h2>
      <ul>
        {events.map((event) => {
          const first = event.articles[0]!;
          const view = localizeArticle(first, locale);
          return (
            <li key={event.key}>
              <Link href={paths.event(locale, event.key)}>
                <Breakable text={event.source} /> {event.eventId}
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
