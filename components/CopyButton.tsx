'use client';
import { useEffect, useState } from 'react';
import type { CopyLabels } from '@/lib/i18n/labels';
import { Icon } from './Icons';
import { useBrowserValue } from './useBrowserValue';

const scripted = () => true;
const confirmationTime = 4000;

/**
 * Copies `text` to the clipboard. The outcome shows beside the button and is announced (a status
 * region); it fades back after a few seconds. `compact` draws only an icon (the name stays for
 * screen readers), for commands inside a sentence. Shown only with JavaScript, which it needs;
 * the text itself stays selectable either way.
 */
export function CopyButton({
  text,
  labels,
  compact = false,
}: {
  text: string;
  /** Without `failed`, a failed copy just leaves the button as it was. */
  labels: Pick<CopyLabels, 'copy' | 'done'> & Partial<CopyLabels>;
  compact?: boolean;
}) {
  const withScript = useBrowserValue(scripted, false);
  const [outcome, setOutcome] = useState<'done' | 'failed' | null>(null);

  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(null), confirmationTime);
    return () => clearTimeout(timer);
  }, [outcome]);

  if (!withScript) return null;
  const copy = () => {
    setOutcome(null);
    (navigator.clipboard?.writeText(text) ?? Promise.reject(new Error('no clipboard'))).then(
      () => setOutcome('done'),
      () => setOutcome('failed'),
    );
  };
  return (
    <span className={compact ? 'copy compact' : 'copy'}>
      <button
        type="button"
        className="copy-button"
        aria-label={compact ? labels.copy : undefined}
        onClick={copy}
      >
        <Icon name={outcome === 'done' ? 'check' : 'copy'} />
        {compact ? null : <span>{outcome === 'done' ? labels.done : labels.copy}</span>}
      </button>
      <span className={outcome ? `copy-status ${outcome}` : 'copy-status'} role="status">
        {outcome ? (labels[outcome] ?? '') : ''}
      </span>
    </span>
  );
}
