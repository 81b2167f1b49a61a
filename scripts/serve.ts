/**
 * `npm run serve`: serves the static export in out/ the way a production static host should:
 * index.html for directory paths (also ones with dots, like /en/smtp/4.4.2/), pre-compressed
 * .br/.gz files when the browser accepts them, the security headers, and out/404.html with a
 * real 404 status for every unknown path. Uses sirv for the file serving.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { securityHeaders } from '../lib/security/headers';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.env.PORT ?? 3000);
if (!existsSync(path.join(root, '404.html'))) {
  console.error(`${root}/404.html is missing: run "npm run build" first.`);
  process.exit(1);
}
const notFoundPage = readFileSync(path.join(root, '404.html'));

const files = sirv(root, {
  etag: true,
  gzip: true,
  brotli: true,
  setHeaders: (res) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
  },
});

const server = http.createServer((req, res) => {
  const pathname = decodeURIComponentSafe(new URL(req.url ?? '/', 'http://localhost').pathname);
  // Pages live at <path>/index.html: send /en/events to /en/events/ like the export's links do.
  if (
    pathname &&
    !pathname.endsWith('/') &&
    !path
      .extname(pathname.split('/').at(-1) ?? '')
      .match(/^\.(json|xml|txt|js|css|html|ico|png|svg|br|gz)$/)
  ) {
    const candidate = path.join(root, pathname, 'index.html');
    if (candidate.startsWith(root) && existsSync(candidate)) {
      const query = req.url?.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      res.writeHead(308, { Location: `${pathname}/${query}`, ...securityHeaders });
      return res.end();
    }
  }
  files(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...securityHeaders });
    res.end(notFoundPage);
  });
});

function decodeURIComponentSafe(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

server.listen(port, () =>
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at http://localhost:${port}`),
);
