import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { offlineLabels } from '@/lib/i18n/labels';
import { paths } from '@/lib/i18n/paths';
import { Breadcrumbs } from './Breadcrumbs';
import { OfflineDownload } from './OfflineDownload';
import { OfflineMissing } from './OfflineMissing';

export function OfflineView({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <>
      <Breadcrumbs
        label={t('nav.breadcrumbs')}
        items={[{ href: paths.home(locale), label: t('nav.home') }, { label: t('offline.title') }]}
      />
      <h1>{t('offline.title')}</h1>
      <OfflineMissing message={t('offline.missing')} />
      <p>{t('offline.intro')}</p>
      <section aria-labelledby="offline-all">
        <h2 id="offline-all">{t('offline.allTitle')}</h2>
        <p>{t('offline.allIntro')}</p>
        <OfflineDownload locale={locale} labels={offlineLabels(locale)} />
      </section>
    </>
  );
}
