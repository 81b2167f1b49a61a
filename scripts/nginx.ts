/**
 * Finds Debian's nginx and its brotli_static module for the tests that serve the export
 * through deploy/nginx.conf, and writes the small main configuration around that site file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const nginxPaths = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];
/** Debian's module package enables itself with a load_module line here. */
const modulesEnabled = '/etc/nginx/modules-enabled';
const brotliModule = '/usr/share/nginx/modules/ngx_http_brotli_static_module.so';

export function findNginx(): string | null {
  return nginxPaths.find((candidate) => existsSync(candidate)) ?? null;
}

export function hasBrotliStatic(): boolean {
  return existsSync(brotliModule);
}

/**
 * A complete nginx.conf that runs `siteConf` in the foreground as this user, with every file it
 * writes (pid, logs, temporary files) in `workDir`. The default prefix stays, because Debian's
 * module include names its module relative to it.
 */
export function testMainConf(workDir: string, siteConf: string): string {
  const inWork = (name: string) => path.join(workDir, name);
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${inWork('nginx.pid')};`,
    `error_log ${inWork('error.log')} warn;`,
    `include ${modulesEnabled}/*.conf;`,
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  sendfile on;',
    `  access_log ${inWork('access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${inWork(`${kind}_temp`)};`,
    ),
    `  include ${siteConf};`,
    '}',
    '',
  ].join('\n');
}
