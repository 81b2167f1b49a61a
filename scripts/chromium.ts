/**
 * Finds a Chromium for the end-to-end tests: $CHROMIUM_PATH, then Playwright's own download, then
 * the usual system paths. Playwright's download does not work everywhere; Debian's `chromium`
 * package does.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright throws when it has no browser of its own; fall through to the system ones.
  }
  return systemPaths.find((candidate) => existsSync(candidate)) ?? null;
}
