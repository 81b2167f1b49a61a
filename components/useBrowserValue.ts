'use client';
import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * A value that only the browser knows (the address's query, stored preferences), read without
 * a hydration mismatch: the static HTML and the first render use `fallback`, then `read()`.
 * `read` must return the same primitive for the same state. `subscribe` may signal changes.
 */
export function useBrowserValue<T extends string | number | boolean | null>(
  read: () => T,
  fallback: T,
  subscribe: (onChange: () => void) => () => void = never,
): T {
  return useSyncExternalStore(subscribe, read, () => fallback);
}
