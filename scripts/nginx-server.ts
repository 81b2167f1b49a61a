/**
 * Serves an export through nginx with the repository's deploy/nginx.conf, for the end-to-end
 * tests: the file as it is, with only its site folder and listen port replaced, inside a
 * generated main configuration whose pid, logs and temporary files live in .cache/. Runs nginx in
 * the foreground on 127.0.0.1:PORT until this process is stopped.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nginxSiteRoot } from '../lib/delivery/nginxConf';
import { findNginx, testMainConf } from './nginx';

const port = Number(process.env.PORT ?? 3101);
const root = path.resolve(process.env.OUT_DIR ?? 'out');
const workDir = path.resolve(`.cache/nginx-${port}`);
const nginx = findNginx();
if (!nginx) {
  console.error('nginx is missing: run "npx tsx scripts/ensure-nginx.ts" (npm run test:e2e does).');
  process.exit(1);
}
if (!existsSync(path.join(root, '404.html'))) {
  console.error(`${root}/404.html is missing: run "npm run build" first.`);
  process.exit(1);
}

const site = readFileSync('deploy/nginx.conf', 'utf8');
const listen = /^ {2}listen 80;$/m;
if (!listen.test(site) || !site.includes(nginxSiteRoot)) {
  console.error('deploy/nginx.conf has no "listen 80;" or site folder line to point at the test.');
  process.exit(1);
}
mkdirSync(workDir, { recursive: true });
const siteConf = path.join(workDir, 'site.conf');
writeFileSync(
  siteConf,
  site.replaceAll(nginxSiteRoot, root).replace(listen, `  listen 127.0.0.1:${port};`),
);
const mainConf = path.join(workDir, 'nginx.conf');
writeFileSync(mainConf, testMainConf(workDir, siteConf));

const child = spawn(nginx, ['-e', path.join(workDir, 'error.log'), '-c', mainConf], {
  stdio: 'inherit',
});
console.log(`nginx serving ${path.relative(process.cwd(), root)} at http://127.0.0.1:${port}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code, signal) => {
  if (code !== 0 && signal !== 'SIGQUIT') {
    console.error(`nginx stopped (${code ?? signal}); see ${path.join(workDir, 'error.log')}`);
    process.exit(1);
  }
  process.exit(0);
});
