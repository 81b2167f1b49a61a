/**
 * IIS configuration, generated from the header table (lib/security/headers.ts, ./cache.ts):
 * the root web.config (default document, custom 404 page, a MIME type for every kind of file in
 * the export, pre-compressed .br/.gz files through URL Rewrite, security and cache headers) and
 * one small web.config per page folder that sets the page's own Content-Security-Policy (a
 * single file with every page's hashes would pass IIS's 250 KB limit on web.config files).
 * Not run here (IIS needs Windows); unit tests check that it is valid XML carrying the table.
 */
import { contentSecurityPolicy, hashSources, securityHeaders } from '../security/headers';
import { cacheRules, type CacheRule } from './cache';
import { encodings, mimeTypes } from './mimeTypes';
import { serverFilesDir } from './serverFiles';
import { comment, el, xmlDocument, type XmlElement, type XmlNode } from './xml';

export interface WebConfigSite {
  /** Type extensions of the export's files (`.html`, `.js` …). */
  extensions: readonly string[];
  /** Type extensions that have pre-compressed .br/.gz siblings. */
  compressed: readonly string[];
  /** Inline-script hashes of the pages in the export's root folder. */
  rootPageHashes: readonly string[];
  notFoundPageHashes: readonly string[];
}

function mimeType(extension: string): string {
  const type = mimeTypes[extension];
  if (!type)
    throw new Error(`No MIME type for ${extension} files: add it to lib/delivery/mimeTypes.ts`);
  return type;
}

function mimeMaps(site: WebConfigSite): XmlElement[] {
  const maps: [string, string][] = site.extensions.map((ext) => [ext, mimeType(ext)]);
  for (const ext of site.compressed)
    for (const suffix of Object.keys(encodings)) maps.push([`${ext}${suffix}`, mimeType(ext)]);
  return maps.flatMap(([fileExtension, type]) => [
    el('remove', { fileExtension }),
    el('mimeMap', { fileExtension, mimeType: type }),
  ]);
}

function timeSpan(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const rest = new Date((seconds % 86_400) * 1000).toISOString().slice(11, 19);
  return days > 0 ? `${days}.${rest}` : rest;
}

function clientCache(rule: CacheRule): XmlElement {
  if (rule.maxAge === 0) return el('clientCache', { cacheControlMode: 'DisableCache' });
  return el('clientCache', {
    cacheControlMode: 'UseMaxAge',
    cacheControlMaxAge: timeSpan(rule.maxAge),
    cacheControlCustom: rule.immutable ? 'public, immutable' : 'public',
  });
}

function cspHeaders(hashes: readonly string[]): XmlElement[] {
  return [
    el('remove', { name: 'Content-Security-Policy' }),
    el('add', {
      name: 'Content-Security-Policy',
      value: contentSecurityPolicy(hashSources(hashes)),
    }),
  ];
}

/** URL Rewrite: send `x.js.br` for `x.js` (and `d/index.html.br` for `d/`) when accepted. */
function precompressedRules(site: WebConfigSite): XmlElement[] {
  const types = site.compressed.map((ext) => ext.slice(1).replace(/\./g, '\\.')).join('|');
  return Object.entries(encodings).flatMap(([suffix, encoding]) => {
    const accepts = el('add', { input: '{HTTP_ACCEPT_ENCODING}', pattern: `\\b${encoding}\\b` });
    return [
      el('rule', { name: `Pre-compressed file (${encoding})`, stopProcessing: 'true' }, [
        el('match', { url: `^(.+\\.(?:${types}))$` }),
        el('conditions', { logicalGrouping: 'MatchAll' }, [
          accepts,
          el('add', { input: `{REQUEST_FILENAME}${suffix}`, matchType: 'IsFile' }),
        ]),
        el('action', { type: 'Rewrite', url: `{R:1}${suffix}` }),
      ]),
      el('rule', { name: `Pre-compressed page (${encoding})`, stopProcessing: 'true' }, [
        el('match', { url: '^(.*/)?$' }),
        el('conditions', { logicalGrouping: 'MatchAll' }, [
          accepts,
          el('add', { input: `{REQUEST_FILENAME}\\index.html${suffix}`, matchType: 'IsFile' }),
        ]),
        el('action', { type: 'Rewrite', url: `{R:1}index.html${suffix}` }),
      ]),
    ];
  });
}

/** The encoding and Vary headers of a pre-compressed file IIS sends. */
function encodingRules(): XmlElement[] {
  return Object.entries(encodings).flatMap(([suffix, encoding]) => [
    el('rule', { name: `Content-Encoding ${encoding}` }, [
      el('match', { serverVariable: 'RESPONSE_Content_Encoding', pattern: '.*' }),
      el('conditions', {}, [el('add', { input: '{REQUEST_FILENAME}', pattern: `\\${suffix}$` })]),
      el('action', { type: 'Rewrite', value: encoding }),
    ]),
    el('rule', { name: `Vary for ${encoding}` }, [
      el('match', { serverVariable: 'RESPONSE_Vary', pattern: '.*' }),
      el('conditions', {}, [el('add', { input: '{REQUEST_FILENAME}', pattern: `\\${suffix}$` })]),
      el('action', { type: 'Rewrite', value: 'Accept-Encoding' }),
    ]),
  ]);
}

function locationPath(rule: CacheRule): string | null {
  const path = 'exact' in rule.match ? rule.match.exact : rule.match.prefix;
  return path === '/' ? null : path.replace(/^\/|\/$/g, '');
}

function systemWebServer(children: XmlNode[]): XmlElement {
  return el('system.webServer', {}, children);
}

export function renderWebConfig(site: WebConfigSite): string {
  const rootRule = cacheRules.find((rule) => locationPath(rule) === null);
  if (!rootRule) throw new Error('The cache rules need a rule for "/"');
  const locations = cacheRules.flatMap((rule) => {
    const path = locationPath(rule);
    if (path === null) return [];
    return [
      comment(rule.name),
      el('location', { path }, [systemWebServer([el('staticContent', {}, [clientCache(rule)])])]),
    ];
  });
  return xmlDocument(
    el('configuration', {}, [
      comment(
        "Transport Events KB on IIS (URL Rewrite module required). Generated by the build from lib/security/headers.ts and lib/delivery/cache.ts; page folders carry their own web.config with the page's Content-Security-Policy.",
      ),
      systemWebServer([
        el('defaultDocument', { enabled: 'true' }, [
          el('files', {}, [el('clear'), el('add', { value: 'index.html' })]),
        ]),
        el('directoryBrowse', { enabled: 'false' }),
        el('staticContent', {}, [...mimeMaps(site), clientCache(rootRule)]),
        comment('pre-compressed files are sent as they are; IIS must not compress them again'),
        el('urlCompression', { doStaticCompression: 'false', doDynamicCompression: 'false' }),
        comment(
          "unknown paths get the site's 404 page with status 404; it also resolves permalinks written as logged (MSExchange+Antispam, any case)",
        ),
        el('httpErrors', { errorMode: 'Custom', existingResponse: 'Replace' }, [
          el('remove', { statusCode: '404', subStatusCode: '-1' }),
          el('error', { statusCode: '404', path: '/404.html', responseMode: 'ExecuteURL' }),
        ]),
        el('security', {}, [
          el('requestFiltering', { allowDoubleEscaping: 'true' }, [
            el('hiddenSegments', {}, [el('add', { segment: serverFilesDir })]),
          ]),
        ]),
        el('httpProtocol', {}, [
          el('customHeaders', {}, [
            el('remove', { name: 'X-Powered-By' }),
            ...cspHeaders(site.rootPageHashes),
            ...Object.entries(securityHeaders).flatMap(([name, value]) => [
              el('remove', { name }),
              el('add', { name, value }),
            ]),
          ]),
        ]),
        el('rewrite', {}, [
          el('rules', {}, precompressedRules(site)),
          el('outboundRules', {}, encodingRules()),
        ]),
      ]),
      el('location', { path: '404.html' }, [
        systemWebServer([
          el('httpProtocol', {}, [el('customHeaders', {}, cspHeaders(site.notFoundPageHashes))]),
        ]),
      ]),
      ...locations,
    ]),
  );
}

/** The web.config of a page folder: the page's own Content-Security-Policy. */
export function renderPageWebConfig(hashes: readonly string[]): string {
  return xmlDocument(
    el('configuration', {}, [
      systemWebServer([el('httpProtocol', {}, [el('customHeaders', {}, cspHeaders(hashes))])]),
    ]),
  );
}
