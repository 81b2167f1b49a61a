import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';
import { copyLabels } from '@/lib/i18n/labels';
import { dictionarySlice } from '@/lib/i18n/slice';
import { exportCommand } from '@/lib/triage/command';
import { Breadcrumbs } from './Breadcrumbs';
import { CopyButton } from './CopyButton';
import { TriageTool } from './TriageTool';

/** The log triage page: what it does, the tool, and how to export a log to feed it. */
export function TriageView({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const labels = { ...dictionarySlice(locale, 'triage.'), ...dictionarySlice(locale, 'level.') };
  return (
    <>
      <Breadcrumbs
        label={t('nav.breadcrumbs')}
        items={[{ href: paths.home(locale), label: t('nav.home') }, { label: t('triage.title') }]}
      />
      <h1>{t('triage.title')}</h1>
      <p>{t('triage.intro')}</p>
      <p className="triage-privacy">{t('triage.privacy')}</p>
      <TriageTool locale={locale} labels={labels} />
      <h2>{t('triage.command.title')}</h2>
      <p>{t('triage.command.intro')}</p>
      <div className="message-text triage-command">
        <pre aria-label={t('triage.command.label')}>
          <code>{exportCommand}</code>
        </pre>
        <CopyButton text={exportCommand} labels={copyLabels(locale)} />
      </div>
      <p className="muted">{t('triage.formats')}</p>
    </>
  );
}
