import { useId } from 'react';
import type { Histogram } from '@/lib/triage/report';

const width = 480;
const height = 96;

/** A small bar chart of events over time; its title and description say what it shows. */
export function TimeHistogram({
  histogram,
  title,
  description,
  startLabel,
  endLabel,
}: {
  histogram: Histogram;
  title: string;
  description: string;
  startLabel: string;
  endLabel: string;
}) {
  const id = useId();
  const max = Math.max(1, ...histogram.counts);
  const bar = width / histogram.counts.length;
  return (
    <figure className="triage-histogram">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {histogram.counts.map((count, i) => {
          if (count === 0) return null;
          const h = Math.max(2, (count / max) * (height - 4));
          return (
            <rect key={i} x={i * bar + bar * 0.1} y={height - h} width={bar * 0.8} height={h} />
          );
        })}
        <line x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} />
      </svg>
      <figcaption>
        <span>{startLabel}</span>
        <span>{endLabel}</span>
      </figcaption>
    </figure>
  );
}
