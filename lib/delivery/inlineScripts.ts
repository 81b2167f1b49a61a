/**
 * Finds the inline scripts of a built HTML page and hashes them as a browser does for the
 * Content-Security-Policy: SHA-256 of the script's text exactly as written between the tags
 * (script content is raw text: no entity decoding), base64-encoded.
 */
import { createHash } from 'node:crypto';

// An attribute value may contain '>', so quoted values are skipped whole.
const scriptElement = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
const srcAttribute = /(?:^|\s)src\s*=/i;
const typeAttribute = /(?:^|\s)type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
// Types a browser runs; anything else (application/json, ld+json) is data, not a script.
const scriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function runs(attributes: string): boolean {
  if (srcAttribute.test(attributes)) return false;
  const type = typeAttribute.exec(attributes);
  const value = type ? (type[1] ?? type[2] ?? type[3] ?? '') : '';
  return scriptTypes.has(value.trim().toLowerCase());
}

/** The distinct hashes of the page's inline scripts, in the order they appear. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(scriptElement)) {
    if (runs(attributes)) hashes.add(createHash('sha256').update(text, 'utf8').digest('base64'));
  }
  return [...hashes];
}
