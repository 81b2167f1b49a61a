/**
 * Files the build writes into the export for the servers, not for readers: every server
 * configuration refuses to serve them.
 */
export const serverFilesDir = '_server';

/** Inline-script hashes of every HTML file, as JSON: `{ "/en/index.html": ["…"] }`. */
export const scriptHashesJson = `${serverFilesDir}/csp-hashes.json`;

/** The same hashes as an nginx `map` include: `"/en/index.html" "'sha256-…' …";`. */
export const scriptHashesNginxMap = `${serverFilesDir}/csp-hashes.map`;

export type ScriptHashes = Record<string, string[]>;

/** Paths a server answers with 404 even though the file exists. */
export function isServerOnly(urlPath: string): boolean {
  return urlPath.startsWith(`/${serverFilesDir}/`) || /(^|\/)web\.config$/i.test(urlPath);
}
