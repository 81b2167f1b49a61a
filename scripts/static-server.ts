/**
 * The static server behind `npm start`: serves an export the way a production static host
 * should, with the headers of the one table (lib/delivery/responseHeaders.ts): the page's own
 * Content-Security-Policy (its inline-script hashes, from the build), cache lifetimes, the
 * security headers. index.html for directory paths (also ones with dots, like
 * /en/smtp/4.4.2/), a redirect to the slash form, pre-compressed .br/.gz files when the
 * browser accepts them, and 404.html with a real 404 status for every unknown path. Files
 * meant for servers only (_server/, web.config) are not served. Uses sirv for the files.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { responseHeaders, servedFile } from '../lib/delivery/responseHeaders';
import { isServerOnly, scriptHashesJson, type ScriptHashes } from '../lib/delivery/serverFiles';

export function createStaticServer(root: string): http.Server {
  for (const needed of ['404.html', scriptHashesJson]) {
    if (!existsSync(path.join(root, needed)))
      throw new Error(`${path.join(root, needed)} is missing: run "npm run build" first.`);
  }
  const notFoundPage = readFileSync(path.join(root, '404.html'));
  const hashes = JSON.parse(
    readFileSync(path.join(root, scriptHashesJson), 'utf8'),
  ) as ScriptHashes;
  const headersFor = (urlPath: string) => {
    const file = servedFile(urlPath);
    return responseHeaders(urlPath, hashes[file] ?? hashes[`${file}/index.html`] ?? []);
  };

  const files = sirv(root, {
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders: (res, pathname) => {
      for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
    },
  });

  const notFound = (res: http.ServerResponse) => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...headersFor('/404.html') });
    res.end(notFoundPage);
  };

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponentSafe(url.pathname);
    if (pathname === null || isServerOnly(pathname)) return notFound(res);
    // Pages live at <path>/index.html: send /en/events to /en/events/ like the export's links do.
    if (!pathname.endsWith('/') && isDirectory(root, pathname)) {
      res.writeHead(308, { Location: `${url.pathname}/${url.search}`, ...headersFor(pathname) });
      return res.end();
    }
    files(req, res, () => notFound(res));
  });
}

function isDirectory(root: string, pathname: string): boolean {
  const candidate = path.join(root, pathname);
  if (!candidate.startsWith(root)) return false;
  try {
    return statSync(candidate).isDirectory() && existsSync(path.join(candidate, 'index.html'));
  } catch {
    return false;
  }
}

function decodeURIComponentSafe(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Starts the server on a loopback-reachable port; resolves once it listens. */
export function startStaticServer(root: string, port: number): Promise<http.Server> {
  const server = createStaticServer(path.resolve(root));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve(server));
  });
}
