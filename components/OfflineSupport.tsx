'use client';
import { useEffect, useState } from 'react';
import { watchForUpdates } from '@/lib/offline/register';

/**
 * Turns on offline reading (registers the service worker) and tells the reader when a new
 * version of the site is ready, with a button that switches to it.
 */
export function OfflineSupport({ labels }: { labels: { updateReady: string; reload: string } }) {
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(() => watchForUpdates((next) => setApply(() => next)), []);
  return (
    <div className="update-notice" role="status">
      {apply && (
        <p>
          {labels.updateReady}{' '}
          <button type="button" onClick={apply}>
            {labels.reload}
          </button>
        </p>
      )}
    </div>
  );
}
