import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSources, securityHeaders } from '../security/headers';
import { renderPageWebConfig, renderWebConfig, type WebConfigSite } from './webConfig';

const site: WebConfigSite = {
  extensions: ['.html', '.js', '.json', '.txt'],
  compressed: ['.html', '.js'],
  rootPageHashes: ['root='],
  notFoundPageHashes: ['missing='],
};

type Node = Record<string, Node[] | string>;
const parse = (xml: string): Node =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  }).parse(xml) as Node;
/** Every element at the end of a path of element names. */
function all(node: Node, ...names: string[]): Node[] {
  let found: Node[] = [node];
  for (const name of names)
    found = found.flatMap((parent) => (Array.isArray(parent[name]) ? parent[name] : []));
  return found;
}

describe('renderWebConfig', () => {
  const xml = renderWebConfig(site);
  const root = all(parse(xml), 'configuration')[0]!;
  const server = all(root, 'system.webServer')[0]!;

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('sends every header of the table, with the root page as the policy of the root folder', () => {
    const added = all(server, 'httpProtocol', 'customHeaders', 'add');
    const sent = Object.fromEntries(added.map((header) => [header.name, header.value]));
    expect(sent).toEqual({
      ...securityHeaders,
      'Content-Security-Policy': contentSecurityPolicy(hashSources(['root='])),
    });
  });

  it('gives the 404 page its own policy and serves it for unknown paths', () => {
    expect(all(server, 'httpErrors', 'error')).toEqual([
      { statusCode: '404', path: '/404.html', responseMode: 'ExecuteURL' },
    ]);
    const notFound = all(root, 'location').find((location) => location.path === '404.html')!;
    const csp = all(notFound, 'system.webServer', 'httpProtocol', 'customHeaders', 'add')[0]!;
    expect(csp.value).toBe(contentSecurityPolicy(hashSources(['missing='])));
  });

  it('knows the type of every file in the export, compressed ones included', () => {
    const maps = all(server, 'staticContent', 'mimeMap').map((map) => [
      map.fileExtension,
      map.mimeType,
    ]);
    expect(maps).toEqual([
      ['.html', 'text/html; charset=utf-8'],
      ['.js', 'text/javascript; charset=utf-8'],
      ['.json', 'application/json; charset=utf-8'],
      ['.txt', 'text/plain; charset=utf-8'],
      ['.html.br', 'text/html; charset=utf-8'],
      ['.html.gz', 'text/html; charset=utf-8'],
      ['.js.br', 'text/javascript; charset=utf-8'],
      ['.js.gz', 'text/javascript; charset=utf-8'],
    ]);
  });

  it('refuses an export with a kind of file it has no type for', () => {
    expect(() => renderWebConfig({ ...site, extensions: ['.wasm'] })).toThrow(/\.wasm/);
  });

  it('caches hashed assets for a year, the service worker not at all, the rest briefly', () => {
    const cacheOf = (location: Node | undefined) =>
      location && all(location, 'system.webServer', 'staticContent', 'clientCache')[0];
    const at = (path: string) => all(root, 'location').find((location) => location.path === path);
    expect(cacheOf(at('_next/static'))).toEqual({
      cacheControlMode: 'UseMaxAge',
      cacheControlMaxAge: '365.00:00:00',
      cacheControlCustom: 'public, immutable',
    });
    expect(cacheOf(at('sw.js'))).toEqual({ cacheControlMode: 'DisableCache' });
    expect(all(server, 'staticContent', 'clientCache')[0]).toEqual({
      cacheControlMode: 'UseMaxAge',
      cacheControlMaxAge: '00:05:00',
      cacheControlCustom: 'public',
    });
  });

  it('rewrites to the pre-compressed file the browser accepts, for files and page folders', () => {
    const rules = all(server, 'rewrite', 'rules', 'rule').map((rule) => ({
      name: rule.name,
      url: all(rule, 'match')[0]!.url,
      to: all(rule, 'action')[0]!.url,
    }));
    expect(rules).toEqual([
      { name: 'Pre-compressed file (br)', url: '^(.+\\.(?:html|js))$', to: '{R:1}.br' },
      { name: 'Pre-compressed page (br)', url: '^(.*/)?$', to: '{R:1}index.html.br' },
      { name: 'Pre-compressed file (gzip)', url: '^(.+\\.(?:html|js))$', to: '{R:1}.gz' },
      { name: 'Pre-compressed page (gzip)', url: '^(.*/)?$', to: '{R:1}index.html.gz' },
    ]);
  });

  it('hides the files meant for servers', () => {
    expect(all(server, 'security', 'requestFiltering', 'hiddenSegments', 'add')).toEqual([
      { segment: '_server' },
    ]);
  });
});

describe('renderPageWebConfig', () => {
  it("replaces the inherited policy with the page's own", () => {
    const xml = renderPageWebConfig(['a=', 'b=']);
    expect(XMLValidator.validate(xml)).toBe(true);
    const headers = all(
      parse(xml),
      'configuration',
      'system.webServer',
      'httpProtocol',
      'customHeaders',
    )[0]!;
    expect(all(headers, 'remove')).toEqual([{ name: 'Content-Security-Policy' }]);
    expect(all(headers, 'add')).toEqual([
      {
        name: 'Content-Security-Policy',
        value: contentSecurityPolicy(" 'sha256-a=' 'sha256-b='"),
      },
    ]);
  });
});
