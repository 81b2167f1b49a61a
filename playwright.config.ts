import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 3100);
/** nginx with deploy/nginx.conf serves the same export one port up. */
const nginxPort = port + 1;
/** The specs that (also) run over nginx: page types, headers, caching, compression, 404, permalinks, /go/, API. */
const nginxSpecs = ['delivery', 'links', 'security', 'pages-over-nginx'].map(
  (name) => `**/${name}.spec.ts`,
);

export default defineConfig({
  testDir: 'e2e',
  testIgnore: ['fixture-site/**'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    // Each test would install the service worker and precache the site; offline.spec allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
  },
  projects: [
    {
      name: 'static',
      testIgnore: ['fixture-site/**', '**/pages-over-nginx.spec.ts'],
      use: { baseURL: `http://localhost:${port}` },
    },
    { name: 'nginx', testMatch: nginxSpecs, use: { baseURL: `http://127.0.0.1:${nginxPort}` } },
  ],
  webServer: [
    {
      // The same static server as `npm start`, over the built site.
      command: `node node_modules/tsx/dist/cli.mjs scripts/serve.ts`,
      env: { PORT: String(port) },
      url: `http://localhost:${port}/en/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // Debian's nginx with the repository's deploy/nginx.conf (scripts/ensure-nginx.ts installs it).
      command: `node node_modules/tsx/dist/cli.mjs scripts/nginx-server.ts`,
      env: { PORT: String(nginxPort) },
      url: `http://127.0.0.1:${nginxPort}/en/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
