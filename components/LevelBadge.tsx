import type { Level } from '@/lib/content/schema';
import type { LevelLabels } from '@/lib/i18n/labels';

/** A shape per level, so the badge reads without its colour: octagon, triangle, circle. */
const icons: Record<Level, React.ReactNode> = {
  error: (
    <>
      <path d="M5.2 1.5h5.6l3.7 3.7v5.6l-3.7 3.7H5.2l-3.7-3.7V5.2z" />
      <path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8" />
    </>
  ),
  warning: (
    <>
      <path d="M8 1.6l6.8 12.2H1.2z" />
      <path d="M8 6v3.6M8 11.4v.6" />
    </>
  ),
  information: (
    <>
      <circle cx="8" cy="8" r="6.6" />
      <path d="M8 7.2v4.4M8 4.6v.6" />
    </>
  ),
};

/** One badge per level; several mean the published sources disagree. */
export function LevelBadge({ levels, labels }: { levels: Level[]; labels: LevelLabels }) {
  if (levels.length === 0) return null;
  return (
    <span className="levels">
      {levels.map((level) => (
        <span key={level} className={`level level-${level}`}>
          <svg className="level-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            {icons[level]}
          </svg>
          {labels[level]}
        </span>
      ))}
      {levels.length > 1 ? <span className="muted"> ({labels.disagree})</span> : null}
    </span>
  );
}
