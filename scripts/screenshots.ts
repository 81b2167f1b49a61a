/**
 * `npm run screenshots [-- path…]`: full-page PNGs of every page type in every locale, light and
 * dark, from the site served at $BASE_URL (default http://localhost:3000), into screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const defaultPages = [
  '/{l}/',
  '/{l}/events/',
  '/{l}/events/msexchangetransport/',
  '/{l}/events/msexchangetransport/2004/',
  '/{l}/events/msexchangetransport/8004/exchange-2007-alert/',
  '/{l}/events/msexchangetransport/4006/',
  '/{l}/events/msexchange-antispam/101/',
  '/{l}/ids/1018/',
  '/{l}/search/?q=certificate%20expired',
  '/{l}/smtp/',
  '/{l}/smtp/5.7.1/',
  '/{l}/translations/',
  '/{l}/integrations/',
  '/{l}/no-such-page/',
];
const pages = process.argv.slice(2).length ? process.argv.slice(2) : defaultPages;
const schemes = (process.env.SCHEMES ?? 'light').split(',') as ('light' | 'dark')[];

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const scheme of schemes) {
  const context = await browser.newContext({
    colorScheme: scheme,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  for (const template of pages) {
    for (const locale of template.includes('{l}') ? ['en', 'de', 'ru'] : ['']) {
      const path = template.replace('{l}', locale);
      await page.goto(base + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${scheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
      console.log(`screenshots/${name}`);
    }
  }
  await context.close();
}
await browser.close();
