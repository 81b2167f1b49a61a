/**
 * Offline reading, as a reader during an outage: with the service worker allowed, on a server
 * this spec starts and stops itself (the browser is put offline and the server is gone), so
 * nothing can come from the network.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Page } from '@playwright/test';
import type { LocaleDownload } from '../lib/offline/plan';
import { startStaticServer } from '../scripts/static-server';
import { expect, test } from './fixtures';

const port = Number(process.env.E2E_PORT ?? 3100) + 2;
test.use({ serviceWorkers: 'allow', baseURL: `http://localhost:${port}` });
// One server on one port (the browser keeps its worker per origin): one test at a time.
test.describe.configure({ mode: 'serial' });

let server: Server | null = null;
async function stopServer(): Promise<void> {
  if (!server) return;
  const closing = server;
  server = null;
  await new Promise((resolve) => {
    closing.close(resolve);
    closing.closeAllConnections();
  });
}
async function serve(root: string): Promise<void> {
  await stopServer();
  server = await startStaticServer(root, port);
}
test.afterAll(stopServer);

async function goOffline(page: Page): Promise<void> {
  await page.context().setOffline(true);
  await stopServer();
}

/** Waits until the worker controls the page and its cache holds every one of `paths`. */
async function waitUntilKept(page: Page, paths: string[]): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect
    .poll(
      () =>
        page.evaluate(async (wanted) => {
          const found = await Promise.all(wanted.map((path) => caches.match(path)));
          return wanted.filter((_, index) => !found[index]);
        }, paths),
      { timeout: 20_000 },
    )
    .toEqual([]);
}

const article = '/en/events/msexchangetransport/2004/';

test('an article opened once can be reopened and searched with the network off', async ({
  page,
}) => {
  await serve('out');
  await page.goto(article);
  await waitUntilKept(page, [
    article,
    '/en/search/',
    '/api/search/en.json',
    '/api/search/en.body.json',
  ]);

  await goOffline(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Send connector');
  const search = page.getByRole('combobox', { name: 'Search the knowledge base' });
  await search.fill('poison message');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();

  await page.goto('/en/search/?q=2004');
  await expect(page.getByRole('link', { name: /MSExchangeTransport 2004/ }).first()).toBeVisible();

  await page.goto('/en/events/msexchangetransport/1020/');
  await expect(page).toHaveURL(/\/en\/offline\/\?missing=/);
  await expect(page.getByRole('alert').filter({ hasText: 'You are offline' })).toContainText(
    '/en/events/msexchangetransport/1020/ has not been saved on this device',
  );
});

test('the whole German knowledge base can be kept offline, its size shown first', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await serve('out');
  const list = JSON.parse(readFileSync('out/offline/de.json', 'utf8')) as LocaleDownload;
  await page.goto('/de/offline/');
  await expect(page.getByText(`${list.pages} Seiten, `)).toContainText('MB auf diesem Gerät');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByRole('button', { name: /^Herunterladen \(\d+,\d MB\)$/ }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.getByRole('status').last()).toContainText(
    `Alle deutschen Seiten sind auf diesem Gerät: ${list.pages} Seiten`,
    { timeout: 60_000 },
  );

  await goOffline(page);
  for (const path of ['/de/events/msexchange-antispam/101/', '/de/ids/1018/', '/de/smtp/4.4.2/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    await expect(page, path).toHaveURL(new RegExp(`${path}$`));
  }
});

test('a new build replaces the cache whole, and the page says an update is ready', async ({
  page,
}) => {
  // Build "B": the export with one page changed and a new build name, hard-linked, so only
  // the changed files are new (each is unlinked before it is written: out/ stays as it is).
  const next = 'test-results/offline-next-build';
  rmSync(next, { recursive: true, force: true });
  execFileSync('cp', ['-al', 'out', next]);
  const { build } = JSON.parse(readFileSync('out/offline/en.json', 'utf8')) as LocaleDownload;
  const nextBuild = `${build.slice(0, 6)}next00`;
  const rewrite = (site: string, change: (text: string) => string) => {
    const file = `${next}${site}`;
    const text = change(readFileSync(file, 'utf8'));
    for (const name of [file, `${file}.br`, `${file}.gz`]) rmSync(name, { force: true });
    writeFileSync(file, text);
  };
  rewrite(`${article}index.html`, (html) => `${html}<!-- build B -->`);
  for (const site of ['/sw.js', '/offline/en.json', '/offline/de.json', '/offline/ru.json'])
    rewrite(site, (text) => text.replaceAll(build, nextBuild));

  await serve('out');
  await page.goto(article);
  await waitUntilKept(page, [article]);
  await expect(page.getByText('A new version of the knowledge base is ready.')).toBeHidden();

  await serve(next);
  await page.reload();
  await expect(page.getByText('A new version of the knowledge base is ready.')).toBeVisible({
    timeout: 20_000,
  });
  const reloaded = page.waitForEvent('framenavigated');
  await page.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await page.waitForLoadState();
  await expect
    .poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 })
    .toEqual([`transport-events-kb-${nextBuild}`]);
  const saved = await page.evaluate(
    async (path) => (await (await caches.match(path))?.text()) ?? '',
    article,
  );
  expect(saved).toContain('<!-- build B -->');

  await goOffline(page);
  await page.goto(article);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Send connector');
  expect(await page.evaluate(() => document.lastChild?.nodeValue)).toBe(' build B ');
  rmSync(next, { recursive: true, force: true });
});
