/**
 * `npm run screenshots [-- path…]`: PNGs of every page type in every locale, at phone
 * and desktop widths, light and dark, from the site served at $BASE_URL (default
 * http://localhost:3000), into screenshots/. `SCHEMES=light,dark`, `WIDTHS=390,1280` and
 * `LOCALES=en,de,ru` choose what to take,
 * `FULL_PAGE=0` only the first screen.
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
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const locales = (process.env.LOCALES ?? 'en,de,ru').split(',');
// FULL_PAGE=0 takes only the first screen: what a reader sees before scrolling.
const fullPage = process.env.FULL_PAGE !== '0';

mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const scheme of schemes) {
  for (const width of widths) {
    const phone = width < 600;
    const context = await browser.newContext({
      colorScheme: scheme,
      viewport: { width, height: phone ? 844 : 900 },
      deviceScaleFactor: 1,
      isMobile: phone,
      hasTouch: phone,
    });
    const page = await context.newPage();
    for (const template of pages) {
      for (const locale of template.includes('{l}') ? locales : ['']) {
        const path = template.replace('{l}', locale);
        await page.goto(base + path, { waitUntil: 'networkidle' });
        const slug = path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root';
        const name = `${slug}-${width}-${scheme}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage });
        console.log(`screenshots/${name}`);
      }
    }
    await context.close();
  }
}
await browser.close();
