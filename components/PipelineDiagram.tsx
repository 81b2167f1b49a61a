import {
  flowColumns,
  pipelineFlow,
  stageCategory,
  supportStages,
  type PipelineStage,
} from '@/lib/content/pipeline';
import type { Locale } from '@/lib/i18n/config';
import { translator, type MessageKey } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';

/**
 * The transport pipeline as an ordered list of stages: across the page on wide screens, down it
 * on narrow ones (a container query), in body-size text either way. A column with several stages
 * is one box (a message takes one of them). Each stage links to the events of its category.
 */
export function PipelineDiagram({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const stageLink = (stage: PipelineStage) => {
    const label = t(`pipeline.${stage}` as MessageKey);
    return (
      <a
        className={`pipeline-stage pipeline-${stage}`}
        href={`${paths.events(locale)}?category=${encodeURIComponent(stageCategory[stage])}`}
        aria-label={t('pipeline.events', { stage: label })}
      >
        {label}
      </a>
    );
  };
  return (
    <figure className="pipeline" aria-describedby="pipeline-desc">
      <ol className="pipeline-flow">
        {flowColumns(pipelineFlow).map((stages) => (
          <li key={stages.join('-')} className="pipeline-column">
            <ul className={stages.length > 1 ? 'pipeline-group' : 'pipeline-single'}>
              {stages.map((stage) => (
                <li key={stage}>{stageLink(stage)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <div className="pipeline-support">
        <p id="pipeline-support-label">{t('pipeline.support')}</p>
        <ul aria-labelledby="pipeline-support-label">
          {supportStages(pipelineFlow).map((stage) => (
            <li key={stage}>{stageLink(stage)}</li>
          ))}
        </ul>
      </div>
      <figcaption id="pipeline-desc">{t('pipeline.desc')}</figcaption>
    </figure>
  );
}
