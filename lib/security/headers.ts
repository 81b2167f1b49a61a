/**
 * The HTTP headers of every response, defined once for every server that delivers the site:
 * `npm start` (scripts/serve.ts), nginx (deploy/nginx.conf) and IIS (the generated web.config).
 *
 * Scripts run only from this site's files and from the inline scripts the build found in the
 * page: Next.js's static export carries each page's data in inline scripts, so the build hashes
 * them (lib/delivery/inlineScripts.ts) and every server adds the page's hashes to script-src.
 * No 'unsafe-inline' for scripts: an injected inline script has no matching hash and is blocked.
 * Styles keep 'unsafe-inline' for React's style attributes.
 */

/** Directives in the order they are sent; script-src gets the page's hashes appended. */
export const policyDirectives: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** `'sha256-…'` sources of a page's inline scripts, each with its leading space. */
export function hashSources(hashes: readonly string[]): string {
  return hashes.map((hash) => ` 'sha256-${hash}'`).join('');
}

/**
 * The policy for a response; `scriptSources` (from `hashSources`, or a server's variable that
 * holds them) is appended to script-src as it is.
 */
export function contentSecurityPolicy(scriptSources = ''): string {
  return policyDirectives
    .map(([name, value]) => `${name} ${value}${name === 'script-src' ? scriptSources : ''}`)
    .join('; ');
}

/** Headers sent with every response besides the Content-Security-Policy. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
