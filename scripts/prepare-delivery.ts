/**
 * After `next build`: readies the export for its servers and for offline reading.
 *
 * 1. Hashes the inline scripts of every HTML file (for script-src) and writes them for the
 *    servers: _server/csp-hashes.json (scripts/serve.ts), _server/csp-hashes.map (nginx, with
 *    _server/nginx.conf, a copy of deploy/nginx.conf), and web.config files for IIS (the root
 *    one, and one per page folder).
 * 2. Names the build after its content and writes the service worker (/sw.js, with the list of
 *    files to keep) and, per locale, the list of files "keep offline" downloads
 *    (/offline/<locale>.json).
 * 3. Writes .br and .gz beside every file worth compressing.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { inlineScriptHashes } from '../lib/delivery/inlineScripts';
import { encodings, typeExtension } from '../lib/delivery/mimeTypes';
import { renderNginxConf, renderNginxHashMap } from '../lib/delivery/nginxConf';
import {
  scriptHashesJson,
  scriptHashesNginxMap,
  serverFilesDir,
  type ScriptHashes,
} from '../lib/delivery/serverFiles';
import { renderPageWebConfig, renderWebConfig } from '../lib/delivery/webConfig';
import { locales, type Locale } from '../lib/i18n/config';
import { downloadManifestUrl, offlinePlan, type ExportFile } from '../lib/offline/plan';
import { precompress } from './precompress';

function* walk(dir: string, base = ''): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const site = `${base}/${name}`;
    if (statSync(full).isDirectory()) yield* walk(full, site);
    else yield site;
  }
}

/** Files this script writes: never part of the build's content or of a download. */
const isDerived = (site: string) =>
  Object.keys(encodings).some((suffix) => site.endsWith(suffix)) ||
  site.startsWith(`/${serverFilesDir}/`) ||
  site.endsWith('/web.config') ||
  site === '/sw.js' ||
  site.startsWith('/offline/');

interface Scan {
  files: ExportFile[];
  hashes: ScriptHashes;
  build: string;
}

/** Every file of the export with its size, the HTML files' script hashes, and a content hash. */
function scan(outDir: string): Scan {
  const files: ExportFile[] = [];
  const hashes: ScriptHashes = {};
  const build = createHash('sha256');
  for (const site of [...walk(outDir)].filter((file) => !isDerived(file)).sort()) {
    const data = readFileSync(path.join(outDir, site));
    files.push({ path: site, bytes: data.length });
    build.update(site).update(createHash('sha256').update(data).digest());
    if (site.endsWith('.html')) hashes[site] = inlineScriptHashes(data.toString('utf8'));
  }
  return { files, hashes, build: build.digest('hex').slice(0, 12) };
}

function writeFile(outDir: string, site: string, content: string): void {
  const target = path.join(outDir, site);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, content);
}

function writeOffline(outDir: string, { files, build }: Scan): Record<Locale, number> {
  const { worker, downloads } = offlinePlan(files, build);
  const bundle = buildSync({
    entryPoints: ['lib/offline/worker.ts'],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    define: { OFFLINE_MANIFEST: JSON.stringify(worker) },
    logLevel: 'error',
  });
  writeFile(outDir, '/sw.js', bundle.outputFiles[0]!.text);
  for (const locale of locales)
    writeFile(outDir, downloadManifestUrl(locale), JSON.stringify(downloads[locale]));
  return Object.fromEntries(locales.map((locale) => [locale, downloads[locale].bytes])) as Record<
    Locale,
    number
  >;
}

function writeServerFiles(outDir: string, hashes: ScriptHashes): void {
  writeFile(outDir, `/${scriptHashesJson}`, JSON.stringify(hashes));
  writeFile(outDir, `/${scriptHashesNginxMap}`, renderNginxHashMap(hashes));
  // The site file travels with the export (and its package); the same as deploy/nginx.conf.
  writeFile(outDir, `/${serverFilesDir}/nginx.conf`, renderNginxConf());
  const extensions = new Set<string>();
  const compressed = new Set<string>();
  for (const site of walk(outDir)) {
    if (site.startsWith(`/${serverFilesDir}/`) || site.endsWith('/web.config')) continue;
    const isCompressed = Object.keys(encodings).some((suffix) => site.endsWith(suffix));
    const extension = typeExtension(site);
    (isCompressed ? compressed : extensions).add(extension);
  }
  writeFile(
    outDir,
    '/web.config',
    renderWebConfig({
      extensions: [...extensions].sort(),
      compressed: [...compressed].sort(),
      rootPageHashes: hashes['/index.html'] ?? [],
      notFoundPageHashes: hashes['/404.html'] ?? [],
    }),
  );
  for (const [file, fileHashes] of Object.entries(hashes)) {
    if (file.endsWith('/index.html') && file !== '/index.html')
      writeFile(outDir, `${path.posix.dirname(file)}/web.config`, renderPageWebConfig(fileHashes));
  }
}

export interface DeliveryReport {
  build: string;
  pages: number;
  inlineScripts: number;
  offlineBytes: Record<Locale, number>;
  compressed: ReturnType<typeof precompress>;
}

export function prepareDelivery(outDir: string): DeliveryReport {
  const found = scan(outDir);
  const offlineBytes = writeOffline(outDir, found);
  const compressed = precompress(outDir, [`/${serverFilesDir}/`]);
  writeServerFiles(outDir, found.hashes);
  return {
    build: found.build,
    pages: Object.keys(found.hashes).length,
    inlineScripts: Object.values(found.hashes).reduce((sum, list) => sum + list.length, 0),
    offlineBytes,
    compressed,
  };
}
