/**
 * deploy/nginx.conf, generated from the header table (lib/security/headers.ts, ./cache.ts), and
 * the per-page script-hash map the build writes beside the export for it. The repository's
 * file must equal `renderNginxConf()` (a unit test checks); `npm run deploy:config` rewrites it.
 */
import { contentSecurityPolicy, hashSources, securityHeaders } from '../security/headers';
import { cacheControl, cacheRules, type CacheRule } from './cache';
import { scriptHashesNginxMap, serverFilesDir, type ScriptHashes } from './serverFiles';

/** Where the configuration expects the export; the one path an administrator may change. */
export const nginxSiteRoot = '/srv/transport-events-kb';
const hashVariable = '$kb_script_hashes';

/** Types worth compressing on the fly when the build left no .gz beside the file. */
const compressibleTypes =
  'text/css text/plain text/xml application/javascript application/json application/xml image/svg+xml';

function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function headerLines(rule: CacheRule): string[] {
  const headers: [string, string][] = [
    ['Content-Security-Policy', contentSecurityPolicy(hashVariable)],
    ...Object.entries(securityHeaders),
    ['Cache-Control', cacheControl(rule)],
  ];
  return headers.map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`);
}

function locationFor(rule: CacheRule): string {
  const { match } = rule;
  if ('exact' in match) return `location = ${match.exact}`;
  return match.prefix === '/' ? 'location /' : `location ^~ ${match.prefix}`;
}

export function renderNginxConf(): string {
  const locations = cacheRules.flatMap((rule) => [
    `  # ${rule.name}`,
    `  ${locationFor(rule)} {`,
    ...headerLines(rule),
    '  }',
  ]);
  return [
    '# Transport Events KB on nginx: a site file for the http block (on Debian,',
    '# /etc/nginx/sites-available/transport-events-kb, linked into sites-enabled).',
    '# Generated from lib/security/headers.ts and lib/delivery/cache.ts by `npm run deploy:config`:',
    '# change those, not this file.',
    '#',
    `# The site is the build's export (out/, or an unpacked \`npm run package\` archive) at`,
    `# ${nginxSiteRoot}; for another folder, replace that path in the two places below.`,
    "# brotli_static needs the module of Debian's libnginx-mod-http-brotli-static package;",
    '# without it, delete that line (gzip still works).',
    '',
    "# The hashes of each page's inline scripts, written by the build: they extend script-src,",
    "# so Next.js's inline page data runs and nothing else inline does.",
    'map_hash_bucket_size 256;',
    'map_hash_max_size 262144;',
    `map $uri ${hashVariable} {`,
    '  default "";',
    `  include ${nginxSiteRoot}/${scriptHashesNginxMap};`,
    '}',
    '',
    'server {',
    '  listen 80;',
    '  server_name _;',
    `  root ${nginxSiteRoot};`,
    '  index index.html;',
    '  # /en/events → /en/events/ on the host and port the reader used',
    '  absolute_redirect off;',
    '  error_page 404 /404.html;',
    '  server_tokens off;',
    '  charset utf-8;',
    `  charset_types ${compressibleTypes};`,
    '  # the .br and .gz files the build wrote beside pages, scripts, styles and data',
    '  brotli_static on;',
    '  gzip_static on;',
    '  gzip on;',
    '  gzip_vary on;',
    `  gzip_types ${compressibleTypes};`,
    '',
    '  # written for servers, not for readers',
    `  location ^~ /${serverFilesDir}/ {`,
    '    return 404;',
    '  }',
    '  location ~* (^|/)web\\.config$ {',
    '    return 404;',
    '  }',
    '',
    ...locations,
    '}',
    '',
  ].join('\n');
}

/** The `map` include: one line per HTML file of the export. */
export function renderNginxHashMap(hashes: ScriptHashes): string {
  return Object.entries(hashes)
    .map(([file, fileHashes]) => `${quoted(file)} ${quoted(hashSources(fileHashes))};\n`)
    .join('');
}
