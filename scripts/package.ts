/**
 * `npm run package`: the built export (out/, or KB_OUT_DIR) as versioned archives with a
 * SHA-256 checksum file in dist/, ready to copy to a web server without internet access.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale } from '../lib/i18n/config';
import { downloadManifestUrl, type LocaleDownload } from '../lib/offline/plan';
import { packageExport } from './package-export';

const outDir = process.env.KB_OUT_DIR ?? 'out';
const manifest = path.join(outDir, downloadManifestUrl(defaultLocale));
if (!existsSync(manifest)) {
  console.error(`${outDir}/ holds no finished build: run "npm run build" first.`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const { build } = JSON.parse(readFileSync(manifest, 'utf8')) as LocaleDownload;
const name = `transport-events-kb-${version}-${build}`;
const { archives, checksums } = await packageExport(outDir, 'dist', name);
for (const archive of archives)
  console.log(
    `dist/${archive}  ${(statSync(path.join('dist', archive)).size / 1e6).toFixed(1)} MB`,
  );
console.log(`dist/${checksums}  (check with: sha256sum -c ${checksums})`);
