/**
 * Every header a response of the site carries, from the one table (lib/security/headers.ts
 * and ./cache.ts). scripts/serve.ts sends exactly these; nginx.conf and web.config are
 * generated from the same table.
 */
import { contentSecurityPolicy, hashSources, securityHeaders } from '../security/headers';
import { cacheControl, cacheRuleFor } from './cache';

/** The export's file a path is served from: `/en/` → `/en/index.html`. */
export function servedFile(urlPath: string): string {
  return urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
}

/**
 * Headers for the response to `urlPath`, a file of the export; `scriptHashes` are the inline
 * script hashes of that file (none for anything but HTML).
 */
export function responseHeaders(
  urlPath: string,
  scriptHashes: readonly string[] = [],
): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashSources(scriptHashes)),
    ...securityHeaders,
    'Cache-Control': cacheControl(cacheRuleFor(urlPath)),
  };
}
