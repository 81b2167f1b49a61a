'use client';
import { filledUrl, integrations, type IntegrationId } from '@/lib/links/integrations';
import type { CopyLabels } from '@/lib/i18n/labels';
import { Breakable } from './Breakable';
import { CopyButton } from './CopyButton';
import { useSiteOrigin } from './useSiteOrigin';

export interface IntegrationLabels {
  addresses: string;
  permalink: string;
  go: string;
  template: string;
  example: string;
  copy: CopyLabels;
  tools: Record<IntegrationId, string>;
}

/** The address forms and the per-tool templates, written with the site's real address. */
export function IntegrationTemplates({
  labels,
  configuredOrigin,
  permalinkExample,
}: {
  labels: IntegrationLabels;
  configuredOrigin: string | null;
  permalinkExample: string;
}) {
  const origin = useSiteOrigin(configuredOrigin);
  return (
    <>
      <h2>{labels.addresses}</h2>
      <dl className="address-forms">
        <dt>
          <code>
            <Breakable text={`${origin}/events/<source>/<id>/`} />
          </code>
        </dt>
        <dd>
          {labels.permalink}{' '}
          <code>
            <Breakable text={`${origin}${permalinkExample}`} />
          </code>
        </dd>
        <dt>
          <code>
            <Breakable text={`${origin}/go/?source=<source>&id=<id>`} />
          </code>
        </dt>
        <dd>{labels.go}</dd>
      </dl>
      {integrations(new URL(origin)).map((integration) => {
        const example = filledUrl(integration);
        return (
          <section
            key={integration.id}
            id={integration.id}
            aria-labelledby={`${integration.id}-heading`}
          >
            <h2 id={`${integration.id}-heading`}>{integration.name}</h2>
            <p>{labels.tools[integration.id]}</p>
            <div className="code-block">
              <pre aria-label={`${labels.template}: ${integration.name}`}>
                <code>{integration.template}</code>
              </pre>
              <CopyButton text={integration.template} labels={labels.copy} />
            </div>
            <p>
              {labels.example}{' '}
              <a className="example-url" href={example.slice(origin.length)}>
                <Breakable text={example} />
              </a>
            </p>
          </section>
        );
      })}
    </>
  );
}
