import { boxSize, pipelineFlow, stageBoxes, type PipelineStage } from '@/lib/content/pipeline';
import type { Locale } from '@/lib/i18n/config';
import { translator, type MessageKey } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';

/** An accessible SVG of the transport pipeline; each stage links to the events of its category. */
export function PipelineDiagram({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const box = new Map(stageBoxes.map((b) => [b.stage, b]));
  const label = (stage: PipelineStage) => t(`pipeline.${stage}` as MessageKey);
  const { width, height } = boxSize;
  return (
    <figure className="pipeline">
      {/* A group, not role="img": the stages inside are links and must stay reachable. */}
      <svg
        viewBox="0 0 960 330"
        role="group"
        aria-labelledby="pipeline-title"
        aria-describedby="pipeline-desc"
        className="pipeline-svg"
      >
        <title id="pipeline-title">{t('pipeline.title')}</title>
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="pipeline-arrowhead" />
          </marker>
        </defs>
        {pipelineFlow.map(([from, to]) => {
          const a = box.get(from)!;
          const b = box.get(to)!;
          return (
            <line
              key={`${from}-${to}`}
              className="pipeline-flow"
              x1={a.x + width}
              y1={a.y + height / 2}
              x2={b.x - 4}
              y2={b.y + height / 2}
              markerEnd="url(#arrow)"
            />
          );
        })}
        <line className="pipeline-support" x1={360} y1={250} x2={360} y2={176} />
        <line className="pipeline-support" x1={600} y1={250} x2={600} y2={176} />
        {stageBoxes.map(({ stage, x, y, category }) => (
          <a
            key={stage}
            href={`${paths.events(locale)}?category=${encodeURIComponent(category)}`}
            aria-label={t('pipeline.events', { stage: label(stage) })}
          >
            <rect
              className={`pipeline-box pipeline-${stage}`}
              x={x}
              y={y}
              width={width}
              height={height}
              rx={8}
            />
            <text
              x={x + width / 2}
              y={y + height / 2}
              className="pipeline-label"
              textAnchor="middle"
              dominantBaseline="central"
            >
              {label(stage)}
            </text>
          </a>
        ))}
      </svg>
      <figcaption id="pipeline-desc">{t('pipeline.desc')}</figcaption>
    </figure>
  );
}
