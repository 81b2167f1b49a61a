/**
 * Delivery as readers' servers do it, run against both `npm start` (project "static") and nginx
 * with deploy/nginx.conf (project "nginx"): the strict Content-Security-Policy, the 404 page,
 * the API's type, pre-compressed responses, cache and security headers, all from the one table
 * in lib/.
 */
import { readFileSync } from 'node:fs';
import { test as plain } from '@playwright/test';
import { responseHeaders, servedFile } from '../lib/delivery/responseHeaders';
import { scriptHashesJson, type ScriptHashes } from '../lib/delivery/serverFiles';
import { expect, test } from './fixtures';
import { recordViolations, violations } from './violations';

const hashes = JSON.parse(readFileSync(`out/${scriptHashesJson}`, 'utf8')) as ScriptHashes;

plain('an injected inline script is blocked by the policy', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/en/events/msexchangetransport/2004/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
  });
  await expect.poll(() => violations(page)).toEqual(['script-src-elem: inline']);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test('each response carries the headers of the table', async ({ request }) => {
  for (const path of [
    '/en/',
    '/de/events/msexchangetransport/2004/',
    '/ru/smtp/4.4.2/',
    '/404.html',
    '/api/events.json',
    '/api/search/de.body.json',
    '/sw.js',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const expected = responseHeaders(path, hashes[servedFile(path)] ?? []);
    const sent = response.headers();
    for (const [name, value] of Object.entries(expected))
      expect(sent[name.toLowerCase()], `${path} ${name}`).toBe(value);
  }
});

test('cache lifetimes: a year for hashed files, minutes for pages, search and API', async ({
  request,
}) => {
  const [script] = readFileSync('out/sw.js', 'utf8').match(/\/_next\/static\/chunks\/[\w-]+\.js/)!;
  expect((await request.get(script)).headers()['cache-control']).toBe(
    'public, max-age=31536000, immutable',
  );
  for (const path of ['/en/events/', '/api/search/en.json', '/api/ids.json'])
    expect((await request.get(path)).headers()['cache-control'], path).toBe('public, max-age=300');
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
});

test('unknown paths get the real 404 page with status 404, under its policy', async ({
  request,
  page,
}) => {
  for (const path of ['/no-such-page/', '/en/events/msexchangetransport/99999/', '/x.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'], path).toMatch(/^text\/html/);
    expect(response.headers()['content-security-policy']).toBe(
      responseHeaders('/404.html', hashes['/404.html'])['Content-Security-Policy'],
    );
    expect(await response.text(), path).toContain('<title>Page not found');
  }
  const response = await page.goto('/de/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
});

test('directory paths get their slash, keeping the query', async ({ request }) => {
  const response = await request.get('/en/search?q=2004', { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  expect(response.headers().location).toBe('/en/search/?q=2004');
});

test('the JSON API is served as application/json', async ({ request }) => {
  for (const path of [
    '/api/events.json',
    '/api/ids.json',
    '/api/events/msexchangetransport/2004.json',
    '/api/search/ru.json',
  ]) {
    const response = await request.get(path);
    expect(response.headers()['content-type'], path).toMatch(/^application\/json/);
    expect(await response.json(), path).toBeTruthy();
  }
});

test('pre-compressed files go out as brotli or gzip, whichever the browser takes', async ({
  request,
}) => {
  for (const path of ['/en/events/msexchangetransport/2004/', '/api/search/en.body.json']) {
    const plainText = await (
      await request.get(path, { headers: { 'Accept-Encoding': 'identity' } })
    ).body();
    for (const encoding of ['br', 'gzip']) {
      const response = await request.get(path, { headers: { 'Accept-Encoding': encoding } });
      expect(response.headers()['content-encoding'], `${path} ${encoding}`).toBe(encoding);
      expect(response.headers().vary, path).toMatch(/Accept-Encoding/i);
      expect((await response.body()).equals(plainText), `${path} ${encoding}`).toBe(true);
    }
  }
});

test('files written for the servers are not served', async ({ request }) => {
  for (const path of [
    '/_server/csp-hashes.json',
    '/_server/csp-hashes.map',
    '/web.config',
    '/en/web.config',
  ])
    expect((await request.get(path)).status(), path).toBe(404);
});

test('the integration templates show the address the page is read at', async ({
  page,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/integrations/');
  const template = page.getByLabel('Template: Windows Event Viewer');
  await expect(template).toContainText(`/d "${baseURL}/go/" /f`);
  await expect(page.locator('.example-url').first()).toHaveText(new RegExp(`^${baseURL}/go/\\?`));
  await page.locator('#eventViewer').getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${baseURL}/go/`);
});
