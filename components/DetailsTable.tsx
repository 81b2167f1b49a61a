import type { ReactNode } from 'react';
import type { Facts, UncertainFact } from '@/lib/content/schema';
import { levelsOf } from '@/lib/content/views';
import { versionLabel } from '@/lib/content/versions';
import type { Article } from '@/lib/content/model';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/dictionary';
import { languageName } from '@/lib/i18n/languages';
import { copyLabels, levelLabels } from '@/lib/i18n/labels';
import { LevelBadge } from './LevelBadge';
import { MessageText } from './MessageText';
import { Breakable } from './Breakable';

/** The facts of an article, laid out like the Details table of the original vendor articles. */
export function DetailsTable({
  article,
  locale,
  t,
}: {
  article: Article;
  locale: Locale;
  t: Translate;
}) {
  const facts: Facts = article.original.facts;
  const rows: [string, ReactNode, UncertainFact?][] = [
    [t('details.productName'), facts.product],
    [
      t('details.productVersion'),
      facts.productVersions.length ? facts.productVersions.map(versionLabel).join(', ') : null,
      'productVersions',
    ],
    [t('details.eventId'), <code key="id">{facts.eventId}</code>],
    [
      t('details.eventSource'),
      <code key="src">
        <Breakable text={facts.source} />
      </code>,
      'source',
    ],
  ];
  if (facts.alsoLoggedBy.length > 0)
    rows.push([
      t('details.alsoLoggedBy'),
      <ul key="also" className="inline-list">
        {facts.alsoLoggedBy.map((source) => (
          <li key={source}>
            <code>
              <Breakable text={source} />
            </code>
          </li>
        ))}
      </ul>,
    ]);
  if (facts.alert) {
    rows.push(
      [t('details.alertType'), facts.alert.type],
      [t('details.rulePath'), facts.alert.rulePath],
      [t('details.ruleName'), facts.alert.ruleName],
    );
  }
  if (facts.analyzer) rows.push([t('details.analyzerRule'), facts.analyzer.rule]);
  rows.push(
    [t('details.category'), facts.category ?? null, 'category'],
    [
      t('details.symbolicName'),
      facts.symbolicName ? (
        <code key="sym">
          <Breakable text={facts.symbolicName} />
        </code>
      ) : null,
      'symbolicName',
    ],
    [
      t('details.level'),
      levelsOf(article).length ? (
        <LevelBadge key="lvl" levels={levelsOf(article)} labels={levelLabels(locale)} />
      ) : null,
      'level',
    ],
  );
  if (facts.messageText)
    rows.push([
      t('details.messageText'),
      <MessageText key="msg" text={facts.messageText} copyLabels={copyLabels(locale)} />,
    ]);
  for (const [language, { text }] of Object.entries(facts.localizedMessageText ?? {}))
    rows.push([
      t('details.localizedMessage', { language: languageName(language, locale) }),
      <MessageText
        key={`msg-${language}`}
        text={text}
        lang={language}
        copyLabels={copyLabels(locale)}
      />,
    ]);
  if (facts.messageExample)
    rows.push([
      t('details.messageExample'),
      <MessageText key="ex" text={facts.messageExample} copyLabels={copyLabels(locale)} />,
    ]);

  return (
    <table id="details" className="details">
      <caption>{t('details.title')}</caption>
      <tbody>
        {rows
          .filter(([, value]) => value !== null)
          .map(([label, value, fact]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                {value}
                {fact && facts.uncertain.includes(fact) ? (
                  <span className="unconfirmed" title={t('details.unconfirmedNote')}>
                    {' '}
                    ({t('details.unconfirmed')})
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}
