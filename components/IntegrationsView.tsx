import { integrationIds } from '@/lib/links/integrations';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { copyLabels } from '@/lib/i18n/labels';
import { paths } from '@/lib/i18n/paths';
import { Breadcrumbs } from './Breadcrumbs';
import { IntegrationTemplates } from './IntegrationTemplates';

/** `configuredOrigin`: SITE_URL's origin, or null to use the address the page is opened at. */
export function IntegrationsView({
  locale,
  configuredOrigin,
}: {
  locale: Locale;
  configuredOrigin: string | null;
}) {
  const t = translator(locale);
  return (
    <>
      <Breadcrumbs
        label={t('nav.breadcrumbs')}
        items={[
          { href: paths.home(locale), label: t('nav.home') },
          { label: t('integrations.title') },
        ]}
      />
      <h1>{t('integrations.title')}</h1>
      <p>{t('integrations.intro')}</p>
      <IntegrationTemplates
        configuredOrigin={configuredOrigin}
        permalinkExample={paths.permalink('msexchangetransport/2004')}
        labels={{
          addresses: t('integrations.addresses'),
          permalink: t('integrations.permalink'),
          go: t('integrations.go'),
          template: t('integrations.template'),
          example: t('integrations.example'),
          copy: copyLabels(locale),
          tools: Object.fromEntries(
            integrationIds.map((id) => [id, t(`integrations.${id}`)]),
          ) as Record<(typeof integrationIds)[number], string>,
        }}
      />
    </>
  );
}
