/**
 * How long browsers may keep each kind of response, for every server that delivers the site
 * (scripts/serve.ts, deploy/nginx.conf, the generated web.config). The first matching rule wins.
 */
export interface CacheRule {
  /** What the rule covers and why, written into the server configurations. */
  name: string;
  match: { exact: string } | { prefix: string };
  /** Seconds a browser may reuse the response without asking again; 0: ask every time. */
  maxAge: number;
  /** The file never changes under its name (the build hashes its content into the name). */
  immutable: boolean;
}

const year = 365 * 24 * 60 * 60;

export const cacheRules: readonly CacheRule[] = [
  {
    name: 'service worker: checked on every visit, so a new build reaches readers at once',
    match: { exact: '/sw.js' },
    maxAge: 0,
    immutable: false,
  },
  {
    name: 'hashed build assets: a changed file gets a new name',
    match: { prefix: '/_next/static/' },
    maxAge: year,
    immutable: true,
  },
  {
    name: 'pages, search index files, the API and everything else: short, a new build shows soon',
    match: { prefix: '/' },
    maxAge: 300,
    immutable: false,
  },
];

export function cacheRuleFor(urlPath: string): CacheRule {
  const rule = cacheRules.find(({ match }) =>
    'exact' in match ? urlPath === match.exact : urlPath.startsWith(match.prefix),
  );
  if (!rule) throw new Error(`No cache rule covers ${urlPath}`);
  return rule;
}

/** The Cache-Control header value of a rule. */
export function cacheControl(rule: CacheRule): string {
  if (rule.maxAge === 0) return 'no-cache';
  return `public, max-age=${rule.maxAge}${rule.immutable ? ', immutable' : ''}`;
}
