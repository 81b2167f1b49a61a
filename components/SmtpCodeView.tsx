import { PageLink } from './PageLink';
import { localizeArticle } from '@/lib/content/localize';
import type { Corpus } from '@/lib/content/model';
import { unwrapParagraph } from '@/lib/content/markdown';
import { markdownTree } from '@/lib/content/render';
import { localeTags, type Locale } from '@/lib/i18n/config';
import { translator, type MessageKey } from '@/lib/i18n/dictionary';
import { copyLabels } from '@/lib/i18n/labels';
import { paths } from '@/lib/i18n/paths';
import type { SmtpPageData } from '@/lib/smtp/views';
import { Breadcrumbs } from './Breadcrumbs';
import { Markdown } from './Markdown';
import { LocalizedTitle } from './LocalizedTitle';
import { Breakable } from './Breakable';

/** Inline Markdown (code spans) of a short SMTP text, sanitised, without the wrapping paragraph. */
function Inline({ text, locale }: { text: string; locale: Locale }) {
  const labels = { command: copyLabels(locale, 'command'), code: copyLabels(locale, 'code') };
  return <Markdown tree={unwrapParagraph(markdownTree(text, locale))} copyLabels={labels} />;
}

export function SmtpCodeView({
  locale,
  data,
  corpus,
}: {
  locale: Locale;
  data: SmtpPageData;
  corpus: Corpus;
}) {
  const t = translator(locale);
  const { entry, text } = data;
  const textLang = data.textLang === locale ? undefined : localeTags[data.textLang];
  const registryName = entry.type === 'reply' ? entry.reply.meaning : entry.enhanced.name;
  const reference = entry.type === 'reply' ? entry.reply.reference : entry.enhanced.reference;
  return (
    <article>
      <Breadcrumbs
        label={t('nav.breadcrumbs')}
        items={[
          { href: paths.home(locale), label: t('nav.home') },
          { href: paths.smtpIndex(locale), label: t('nav.smtp') },
          { label: entry.code },
        ]}
      />
      <h1>{t('smtp.codeTitle', { code: entry.code })}</h1>
      <table className="details">
        <caption>{t('details.title')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('smtp.kind')}</th>
            <td>
              <span className={`smtp-class smtp-class-${data.classDigit}`}>
                {t(`smtp.class.${data.classDigit}` as MessageKey)}
              </span>
              {data.subject !== null
                ? ` · ${t(`smtp.subject.${data.subject}` as MessageKey)}`
                : null}
            </td>
          </tr>
          {registryName ? (
            <tr>
              <th scope="row">{t('smtp.registryName')}</th>
              <td lang="en">{registryName}</td>
            </tr>
          ) : null}
          {reference ? (
            <tr>
              <th scope="row">{t('smtp.reference')}</th>
              <td>{reference}</td>
            </tr>
          ) : null}
          {entry.type === 'enhanced' && entry.ndrText ? (
            <tr>
              <th scope="row">{t('smtp.ndrText')}</th>
              <td lang="en">
                <code>{entry.ndrText}</code>
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      {text ? (
        <div lang={textLang}>
          <h2>{t('smtp.summary')}</h2>
          <p>
            <Inline text={text.summary} locale={locale} />
          </p>
          <h2>{t('smtp.causes')}</h2>
          <ul>
            {text.causes.map((cause, index) => (
              <li key={index}>
                <Inline text={cause} locale={locale} />
              </li>
            ))}
          </ul>
          <h2>{t('smtp.checks')}</h2>
          <ol>
            {text.checks.map((check, index) => (
              <li key={index}>
                <Inline text={check} locale={locale} />
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <p className="notice">{t('smtp.noText')}</p>
      )}
      {data.events.length > 0 ? (
        <>
          <h2>{t('smtp.events')}</h2>
          <ul>
            {data.events.map((key) => {
              const event = corpus.eventByKey.get(key)!;
              const view = localizeArticle(event.articles[0]!, locale);
              return (
                <li key={key}>
                  <PageLink href={paths.event(locale, key)}>
                    <Breakable text={event.source} /> {event.eventId}
                  </PageLink>{' '}
                  — <LocalizedTitle title={view.title} titleLang={view.titleLang} locale={locale} />
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {data.siblings.length > 0 ? (
        <p>
          {t('smtp.otherClasses')}:{' '}
          {data.siblings.map((code) => (
            <PageLink key={code} className="smtp-chip" href={paths.smtp(locale, code)}>
              {code}
            </PageLink>
          ))}
        </p>
      ) : null}
    </article>
  );
}
