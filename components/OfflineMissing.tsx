'use client';
import { fill } from '@/lib/i18n/fill';
import { useBrowserValue } from './useBrowserValue';

/** On the offline page the service worker sent a reader to: which page was not saved. */
export function OfflineMissing({ message }: { message: string }) {
  const missing = useBrowserValue(
    () => new URLSearchParams(window.location.search).get('missing'),
    null,
  );
  if (!missing) return null;
  return (
    <p className="notice" role="alert">
      {fill(message, { path: missing })}
    </p>
  );
}
