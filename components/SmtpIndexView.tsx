import { PageLink } from './PageLink';
import type { Locale } from '@/lib/i18n/config';
import { translator, type MessageKey } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';
import { replyCodes } from '@/lib/smtp/codes';
import { enhancedCodeGroups, replyCodeGroups } from '@/lib/smtp/views';
import { Breadcrumbs } from './Breadcrumbs';
import { OnThisPage } from './OnThisPage';

export function SmtpIndexView({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const meaning = new Map(replyCodes.map((r) => [r.code, r.meaning]));
  const replyGroups = replyCodeGroups();
  const enhancedGroups = enhancedCodeGroups();
  const toc = [
    ...replyGroups.map(([digit]) => ({
      id: `reply-${digit}`,
      label: `${digit}xx`,
      detail: t(`smtp.class.${digit}` as MessageKey),
    })),
    ...enhancedGroups.map(([subject]) => ({
      id: `subject-${subject}`,
      label: `X.${subject}.x`,
      detail: t(`smtp.subject.${subject}` as MessageKey),
    })),
  ];
  return (
    <div className="with-toc">
      <div className="page-head">
        <Breadcrumbs
          label={t('nav.breadcrumbs')}
          items={[{ href: paths.home(locale), label: t('nav.home') }, { label: t('nav.smtp') }]}
        />
        <h1>{t('smtp.title')}</h1>
        <p>{t('smtp.intro')}</p>
      </div>
      <div className="page-main">
        <h2>{t('smtp.replyCodes')}</h2>
        {replyGroups.map(([digit, codes]) => (
          <section key={digit} aria-labelledby={`reply-${digit}`}>
            <h3 id={`reply-${digit}`}>
              {digit}xx — {t(`smtp.class.${digit}` as MessageKey)}
            </h3>
            <ul className="code-list">
              {codes.map((code) => (
                <li key={code}>
                  <PageLink href={paths.smtp(locale, code)}>{code}</PageLink>{' '}
                  <span lang="en">{meaning.get(code)}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        <h2>{t('smtp.enhancedCodes')}</h2>
        <p>{t('smtp.enhancedIntro')}</p>
        {enhancedGroups.map(([subject, details]) => (
          <section key={subject} aria-labelledby={`subject-${subject}`}>
            <h3 id={`subject-${subject}`}>
              X.{subject}.x — {t(`smtp.subject.${subject}` as MessageKey)}
            </h3>
            <ul className="code-list">
              {details.map((detail) => (
                <li key={detail.registry}>
                  {detail.codes.map((code) => (
                    <PageLink key={code} className="smtp-chip" href={paths.smtp(locale, code)}>
                      {code}
                    </PageLink>
                  ))}{' '}
                  <span lang="en">{detail.name}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <div className="page-side">
        <OnThisPage title={t('toc.title')} items={toc} />
      </div>
    </div>
  );
}
