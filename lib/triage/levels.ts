/**
 * Event levels as exports write them: Windows' numbers (System/Level) or the level names Event
 * Viewer and PowerShell print in English, German and Russian.
 */
import type { TriageLevel } from './model';

const byNumber: Record<string, TriageLevel> = {
  // 0 is "log always", which Event Viewer shows as Information.
  '0': 'information',
  '1': 'critical',
  '2': 'error',
  '3': 'warning',
  '4': 'information',
  '5': 'verbose',
};

const byName: Record<string, TriageLevel> = {
  critical: 'critical',
  kritisch: 'critical',
  критический: 'critical',
  критическая: 'critical',
  критическое: 'critical',
  error: 'error',
  fehler: 'error',
  ошибка: 'error',
  warning: 'warning',
  warnung: 'warning',
  предупреждение: 'warning',
  information: 'information',
  informationen: 'information',
  informational: 'information',
  info: 'information',
  сведения: 'information',
  информация: 'information',
  verbose: 'verbose',
  ausführlich: 'verbose',
  подробности: 'verbose',
  подробно: 'verbose',
  // Get-EventLog's EntryType; audits are security-log entries, shown as information.
  successaudit: 'information',
  failureaudit: 'warning',
};

export function parseLevel(text: string | null | undefined): TriageLevel | null {
  if (!text) return null;
  const key = text.trim().toLowerCase().replace(/\s+/g, '');
  return byNumber[key] ?? byName[key] ?? null;
}

const rank: Record<TriageLevel, number> = {
  critical: 0,
  error: 1,
  warning: 2,
  information: 3,
  verbose: 4,
};

/** Sort key: critical and error first, then warning, then the rest; unknown last. */
export function levelRank(level: TriageLevel | null): number {
  return level === null ? 5 : rank[level];
}

/** The more severe of two levels. */
export function worseLevel(a: TriageLevel | null, b: TriageLevel | null): TriageLevel | null {
  return levelRank(a) <= levelRank(b) ? a : b;
}
