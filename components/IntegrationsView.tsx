import { filledUrl, integrations } from '@/lib/links/integrations';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { copyLabels } from '@/lib/i18n/labels';
import { paths } from '@/lib/i18n/paths';
import { Breadcrumbs } from './Breadcrumbs';
import { CopyButton } from './CopyButton';
import { Breakable } from './Breakable';

export function IntegrationsView({ locale, base }: { locale: Locale; base: URL }) {
  const t = translator(locale);
  const origin = base.toString().replace(/\/$/, '');
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
      <h2>{t('integrations.addresses')}</h2>
      <dl className="address-forms">
        <dt>
          <code>
            <Breakable text={`${origin}/events/<source>/<id>/`} />
          </code>
        </dt>
        <dd>
          {t('integrations.permalink')}{' '}
          <code>
            <Breakable text={`${origin}${paths.permalink('msexchangetransport/2004')}`} />
          </code>
        </dd>
        <dt>
          <code>
            <Breakable text={`${origin}/go/?source=<source>&id=<id>`} />
          </code>
        </dt>
        <dd>{t('integrations.go')}</dd>
      </dl>
      {integrations(base).map((integration) => {
        const example = filledUrl(integration);
        return (
          <section
            key={integration.id}
            id={integration.id}
            aria-labelledby={`${integration.id}-heading`}
          >
            <h2 id={`${integration.id}-heading`}>{integration.name}</h2>
            <p>{t(`integrations.${integration.id}`)}</p>
            <div className="code-block">
              <pre aria-label={`${t('integrations.template')}: ${integration.name}`}>
                <code>{integration.template}</code>
              </pre>
              <CopyButton text={integration.template} labels={copyLabels(locale)} />
            </div>
            <p>
              {t('integrations.example')}{' '}
              <a className="example-url" href={example}>
                <Breakable text={example} />
              </a>
            </p>
          </section>
        );
      })}
    </>
  );
}
