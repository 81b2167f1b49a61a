/**
 * Before the end-to-end tests: makes sure Debian's nginx and its brotli_static module are there,
 * since the tests serve the export through deploy/nginx.conf. As root on Debian it installs the
 * packages (without starting the system's nginx); anywhere else it says what to install and
 * stops.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { findNginx, hasBrotliStatic } from './nginx';

const packages = ['nginx', 'libnginx-mod-http-brotli-static'];

function install(): void {
  console.log(
    `nginx for the end-to-end tests is missing: installing ${packages.join(' ')} (apt-get)...`,
  );
  // Debian starts a service on installation unless policy-rc.d forbids it; the tests start
  // their own nginx on a loopback port, so the system one must not take port 80.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      stdio: 'inherit',
      env,
    });
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if ((!findNginx() || !hasBrotliStatic()) && isRoot && existsSync('/etc/debian_version')) install();
if (!findNginx() || !hasBrotliStatic()) {
  console.error(
    [
      'The end-to-end tests serve the site through nginx with deploy/nginx.conf, and',
      !findNginx() ? 'nginx was not found.' : "nginx's brotli_static module was not found.",
      'Install them, then run npm test again:',
      `  Debian/Ubuntu:  sudo apt-get install -y ${packages.join(' ')}`,
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`nginx for end-to-end tests: ${findNginx()} (with brotli_static)`);
