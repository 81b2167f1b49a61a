/** Measurements in Chromium: a harness page (see ./site) driven through `window.bench`. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from '@playwright/test';
import sirv from 'sirv';

interface Harness {
  first(locale: string, query: string): Promise<{ ms: number; ids: string[] }>;
  timed(locale: string, queries: string[], rounds: number): Promise<number[]>;
  top(locale: string, queries: string[], count: number): Promise<string[][]>;
}
declare global {
  interface Window {
    bench: Harness;
  }
}

/** Serves a folder like the site's server: pre-compressed files, on a free port. */
export function serve(root: string): Promise<{ origin: string; close: () => void }> {
  const files = sirv(root, { gzip: true, brotli: true, dev: false });
  const server = http.createServer((req, res) =>
    files(req, res, () => void res.writeHead(404).end()),
  );
  return new Promise((resolve) =>
    server.listen(0, () =>
      resolve({
        origin: `http://localhost:${(server.address() as AddressInfo).port}`,
        close: () => server.close(),
      }),
    ),
  );
}

async function harnessPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => window.bench !== undefined);
  return page;
}

/**
 * A cold page (new context, empty cache): time from the query to the first result, and the
 * bytes over the wire for it (compressed bodies and headers, a web worker's requests included),
 * counted from the query on.
 */
export async function coldFirst(
  browser: Browser,
  url: string,
  locale: string,
  query: string,
): Promise<{ ms: number; bytes: number; ids: string[] }> {
  const page = await harnessPage(browser, url);
  const sizes: Promise<number>[] = [];
  let counting = true;
  page.on('requestfinished', (request) => {
    if (counting)
      sizes.push(
        request.sizes().then(
          (s) => s.responseBodySize + s.responseHeadersSize,
          () => 0,
        ),
      );
  });
  const result = await page.evaluate(([l, q]) => window.bench.first(l!, q!), [locale, query]);
  counting = false;
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await page.context().close();
  return { ...result, bytes };
}

export async function warmTimes(
  browser: Browser,
  url: string,
  locale: string,
  queries: string[],
  rounds: number,
): Promise<number[]> {
  const page = await harnessPage(browser, url);
  const times = await page.evaluate(
    ([l, q, r]) => window.bench.timed(l as string, q as string[], r as number),
    [locale, queries, rounds] as const,
  );
  await page.context().close();
  return times;
}

export async function topResults(
  browser: Browser,
  url: string,
  locale: string,
  queries: string[],
  count: number,
): Promise<string[][]> {
  const page = await harnessPage(browser, url);
  const found = await page.evaluate(
    ([l, q, c]) => window.bench.top(l as string, q as string[], c as number),
    [locale, queries, count] as const,
  );
  await page.context().close();
  return found;
}

/**
 * The built site's header box on a cold page (out/): time from typing a query to the first
 * option, and the bytes fetched for it after the page had loaded.
 */
export async function siteFirstResult(
  browser: Browser,
  origin: string,
  query: string,
): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/en/`, { waitUntil: 'networkidle' });
  await page.locator('form[role="search"][data-hydrated="true"]').first().waitFor();
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (request) =>
    sizes.push(
      request.sizes().then(
        (s) => s.responseBodySize + s.responseHeadersSize,
        () => 0,
      ),
    ),
  );
  await page.evaluate(() => {
    const found = window as unknown as { optionShown?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('[role="option"]')) {
        found.optionShown = performance.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  const started = await page.evaluate(() => performance.now());
  await page.getByRole('combobox').first().fill(query);
  await page.waitForFunction(() => (window as { optionShown?: number }).optionShown !== undefined);
  const shown = await page.evaluate(() => (window as { optionShown?: number }).optionShown!);
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { ms: shown - started, bytes };
}
