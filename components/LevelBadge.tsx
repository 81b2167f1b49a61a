import type { Level } from '@/lib/content/schema';
import type { LevelLabels } from '@/lib/i18n/labels';

/**
 * One badge per level; several mean the published sources disagree. Each level has its colour
 * and its shape (octagon, triangle, circle; drawn by CSS), so it reads without the colour.
 */
export function LevelBadge({ levels, labels }: { levels: Level[]; labels: LevelLabels }) {
  if (levels.length === 0) return null;
  return (
    <span className="levels">
      {levels.map((level) => (
        <span key={level} className={`level level-${level}`}>
          {labels[level]}
        </span>
      ))}
      {levels.length > 1 ? <span className="muted"> ({labels.disagree})</span> : null}
    </span>
  );
}
