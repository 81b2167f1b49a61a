'use client';
import { useBrowserValue } from './useBrowserValue';

/** Shown in the static HTML until the browser knows its address (and to readers without script). */
export const exampleOrigin = 'https://kb.example.org';

/**
 * The site's address for text readers copy: the one the build was given (SITE_URL), else the
 * address this page was opened at, so templates work on whatever intranet host serves the site.
 */
export function useSiteOrigin(configured: string | null): string {
  return useBrowserValue(() => configured ?? window.location.origin, configured ?? exampleOrigin);
}
