import type { Level } from '@/lib/content/schema';
import type { Translate } from '@/lib/i18n/dictionary';

/** One badge per level; several mean the published sources disagree. */
export function LevelBadge({ levels, t }: { levels: Level[]; t: Translate }) {
  if (levels.length === 0) return null;
  return (
    <span className="levels">
      {levels.map((level) => (
        <span key={level} className={`level level-${level}`}>
          {t(`level.${level}`)}
        </span>
      ))}
      {levels.length > 1 ? <span className="muted"> ({t('details.levelsDisagree')})</span> : null}
    </span>
  );
}
