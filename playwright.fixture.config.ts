import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const port = Number(process.env.E2E_FIXTURE_PORT ?? 3101);

/** End-to-end tests of the fixture site built by scripts/fixture-site.ts. */
export default defineConfig({
  ...base,
  testDir: 'e2e/fixture-site',
  testIgnore: [],
  use: { ...base.use, baseURL: `http://localhost:${port}` },
  projects: [{ name: 'fixture-site' }],
  webServer: {
    command: 'node node_modules/tsx/dist/cli.mjs scripts/serve.ts',
    env: { PORT: String(port), OUT_DIR: process.env.OUT_DIR ?? '.cache/fixture-site' },
    url: `http://localhost:${port}/en/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
