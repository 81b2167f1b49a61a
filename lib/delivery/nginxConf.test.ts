import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../security/headers';
import { renderNginxConf, renderNginxHashMap } from './nginxConf';

const conf = renderNginxConf();
/** The add_header lines of the location block that starts with `opening`. */
function headersOf(opening: string): Record<string, string> {
  const block = conf.slice(conf.indexOf(opening), conf.indexOf('  }', conf.indexOf(opening)));
  return Object.fromEntries(
    [...block.matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)].map(([, name, value]) => [
      name,
      value,
    ]),
  );
}

describe('deploy/nginx.conf', () => {
  it('is the file the header table generates (run npm run deploy:config after changing it)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(conf);
  });

  it('sends every header of the table in every location, the page hashes in script-src', () => {
    for (const opening of ['location = /sw.js {', 'location ^~ /_next/static/ {', 'location / {']) {
      const { 'Cache-Control': _cache, ...headers } = headersOf(opening);
      expect(headers, opening).toEqual({
        'Content-Security-Policy': contentSecurityPolicy('$kb_script_hashes'),
        ...securityHeaders,
      });
    }
  });

  it('caches each kind of file as the cache rules say', () => {
    expect(headersOf('location = /sw.js {')['Cache-Control']).toBe('no-cache');
    expect(headersOf('location ^~ /_next/static/ {')['Cache-Control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(headersOf('location / {')['Cache-Control']).toBe('public, max-age=300');
  });
});

describe('renderNginxHashMap', () => {
  it('maps each HTML file to the hash sources of its inline scripts', () => {
    expect(renderNginxHashMap({ '/en/index.html': ['a=', 'b='], '/404.html': [] })).toBe(
      `"/en/index.html" " 'sha256-a=' 'sha256-b='";\n"/404.html" "";\n`,
    );
  });
});
