/**
 * Content types of the files a static export contains, for servers that need them spelled out
 * (IIS serves no file whose extension it does not know). The build fails on an extension
 * missing here, so a new kind of file cannot go out unserved.
 */
export const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** Extensions of pre-compressed siblings: `x.js.br` is `x.js`, encoded. */
export const encodings: Readonly<Record<string, string>> = { '.br': 'br', '.gz': 'gzip' };

/** The extension that decides a file's type: `.js` for `a.js` and for `a.js.br`. */
export function typeExtension(fileName: string): string {
  const name = fileName.toLowerCase();
  const encoding = Object.keys(encodings).find((suffix) => name.endsWith(suffix));
  const plain = encoding ? name.slice(0, -encoding.length) : name;
  const dot = plain.lastIndexOf('.');
  return dot > plain.lastIndexOf('/') ? plain.slice(dot) : '';
}
