/**
 * Before the end-to-end tests: makes sure a Chromium is there. As root on Debian it installs the
 * `chromium` package; anywhere else it says exactly what to install and stops.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium';

function install(): void {
  console.log('No Chromium found: installing the Debian package "chromium" (apt-get)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
}

let found = findChromium();
if (!found && process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no such file.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!found && isRoot && existsSync('/etc/debian_version')) {
  install();
  found = findChromium();
}
if (!found) {
  console.error(
    [
      'The end-to-end tests need Chromium, and none was found.',
      'Install one of these, then run npm test again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  or point CHROMIUM_PATH at a Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Chromium for end-to-end tests: ${found}`);
