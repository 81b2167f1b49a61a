/**
 * Reading on any screen (issue 16): at 320, 390 and 1280 px, every page type in every locale
 * stays within the width of the screen, identifiers wrap only between their words, an article's
 * title and its level, source and ID are on a phone's first screen, copy buttons copy, the phone
 * menu opens and closes like a disclosure, the pipeline diagram turns vertical. Page lists come
 * from the built site's own catalog and navigation, never from counts written here.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import type { CatalogEvent } from '../lib/links/catalog';
import { locales, type Locale } from '../lib/i18n/config';
import { translator } from '../lib/i18n/dictionary';
import { pipelineStages } from '../lib/content/pipeline';
import { expect, test } from './fixtures';

const phone = { width: 390, height: 844 };

interface Site {
  events: CatalogEvent[];
  sharedIds: string[];
}

let site: Site | undefined;
async function loadSite(request: APIRequestContext): Promise<Site> {
  if (!site) {
    const catalog = (await (await request.get('/api/events.json')).json()) as {
      events: CatalogEvent[];
    };
    const ids = (await (await request.get('/api/ids.json')).json()) as Record<string, string[]>;
    site = {
      events: catalog.events,
      sharedIds: Object.keys(ids).filter((id) => ids[id]!.length > 1),
    };
  }
  return site;
}

function articleUrls(events: CatalogEvent[], locale: Locale): string[] {
  return events.flatMap((event) => event.articles.map((article) => article.urls[locale]));
}

/** One page of every type in a locale, each chosen where it is hardest for a narrow screen. */
async function pageTypes(request: APIRequestContext, locale: Locale): Promise<string[]> {
  const { events, sharedIds } = await loadSite(request);
  const longest = <T>(items: T[], size: (item: T) => number) =>
    items.reduce((best, item) => (size(item) > size(best) ? item : best));
  const longSource = longest(events, (e) => e.source.length);
  const longSymbol = longest(
    events.flatMap((e) => e.articles),
    (a) => a.symbolicName?.length ?? 0,
  );
  const manyArticles = longest(events, (e) => e.articles.length);
  return [
    `/${locale}/`,
    `/${locale}/events/`,
    `/${locale}/events/${longSource.sourceSlug}/`,
    longSource.urls[locale],
    longSymbol.urls[locale],
    manyArticles.urls[locale],
    ...sharedIds.slice(0, 1).map((id) => `/${locale}/ids/${id}/`),
    `/${locale}/search/?q=${encodeURIComponent(longSymbol.symbolicName ?? 'connector')}`,
    `/${locale}/smtp/`,
    `/${locale}/smtp/4.4.2/`,
    `/${locale}/integrations/`,
    `/${locale}/translations/`,
    `/${locale}/no-such-page/`,
  ];
}

/** The pages the header's navigation leads to (new sections join the checks by themselves). */
async function navigationPages(page: Page, locale: Locale): Promise<string[]> {
  await page.goto(`/${locale}/`);
  return page
    .locator('.site-header nav a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** Opens a page and waits until its script has added what it adds (copy buttons). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.command').length ===
      document.querySelectorAll('.command .copy-button').length,
  );
}

/**
 * What makes the page wider than the screen, or null: the elements whose content reaches past
 * the right edge outside any box that scrolls or clips on its own.
 */
function sidewaysOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    const culprits: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const box = element.getBoundingClientRect();
      const reach = box.left + element.scrollWidth;
      if (box.width === 0 || (box.right <= width + 0.5 && reach <= width + 0.5)) continue;
      let contained = false;
      for (let up = element.parentElement; up && !contained; up = up.parentElement)
        contained = getComputedStyle(up).overflowX !== 'visible';
      if (!contained)
        culprits.push(`<${element.tagName.toLowerCase()} class="${element.className}">`);
    }
    return `${document.documentElement.scrollWidth} px wide: ${culprits.slice(-3).join(', ')}`;
  });
}

/**
 * Words of identifiers split across lines: every run of letters and digits between two `<wbr>`
 * (within one text node) inside code, source names and breadcrumbs must sit on one line.
 * (Punctuation may part from a word where the browser's line breaking allows it.)
 */
function splitIdentifiers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const selector =
      'main code:not(pre code), .breadcrumbs a, .eyebrow-source, .event-table td.col-source, .event-table td.col-category';
    for (const element of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[\p{L}\p{N}_]+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

/** Where an article's title starts and where its level, source and ID end (px from the top). */
function firstScreen(page: Page, source: string, eventId: string) {
  return page.evaluate(
    ({ source, eventId }) => {
      const bottomOf = (element: Element | null | undefined) =>
        element ? element.getBoundingClientRect().bottom : null;
      const eyebrow = document.querySelector('.eyebrow');
      const matching = (selector: string, text: string) =>
        [...(eyebrow?.querySelectorAll(selector) ?? [])].find((e) => e.textContent === text);
      const level = eyebrow?.querySelector('.level');
      return {
        titleTop: document.querySelector('h1')?.getBoundingClientRect().top ?? null,
        factBottoms: {
          source: bottomOf(matching('.eyebrow-source', source)),
          ID: bottomOf(matching('.eyebrow-id', eventId)),
          ...(level ? { level: bottomOf(level) } : {}),
        } as Record<string, number | null>,
      };
    },
    { source, eventId },
  );
}

async function sweep(page: Page, paths: string[], checkIdentifiers: boolean): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    await open(page, path);
    const overflow = await sidewaysOverflow(page);
    if (overflow) problems.push(`${path}: ${overflow}`);
    if (checkIdentifiers) {
      const split = await splitIdentifiers(page);
      if (split.length) problems.push(`${path}: split mid-word: ${split.join(', ')}`);
    }
  }
  return problems;
}

test.describe('no page scrolls sideways', () => {
  test.describe.configure({ timeout: 300_000 });

  for (const width of [320, 390, 1280]) {
    test(`every page type in every locale at ${width} px`, async ({ page, request }) => {
      await page.setViewportSize({ width, height: 844 });
      const paths: string[] = [];
      for (const locale of locales) {
        paths.push(...(await pageTypes(request, locale)), ...(await navigationPages(page, locale)));
      }
      expect(await sweep(page, [...new Set(paths)], width < 1000)).toEqual([]);
    });
  }
});

/**
 * Every article in every locale, as static HTML (the layout does not wait for script, and the
 * sweep stays quick): nothing sideways at 320 px with identifiers whole; at 390 × 844 the title
 * starts in the first 300 px with the level, source and ID on the first screen.
 */
test.describe('every article', () => {
  test.use({ javaScriptEnabled: false });
  test.describe.configure({ timeout: 300_000 });

  for (const locale of locales) {
    test(`in ${locale}: fits 320 px, and a phone shows its title with level, source and ID first`, async ({
      page,
      request,
    }) => {
      const { events } = await loadSite(request);
      const problems: string[] = [];
      for (const event of events) {
        for (const article of event.articles) {
          const url = article.urls[locale];
          await page.setViewportSize({ width: 320, height: 844 });
          await page.goto(url);
          const overflow = await sidewaysOverflow(page);
          if (overflow) problems.push(`${url}: ${overflow}`);
          const split = await splitIdentifiers(page);
          if (split.length) problems.push(`${url}: split mid-word: ${split.join(', ')}`);

          await page.setViewportSize(phone);
          const head = await firstScreen(page, event.source, String(event.eventId));
          if (head.titleTop === null || head.titleTop > 300)
            problems.push(`${url}: the title starts at ${head.titleTop} px`);
          for (const [fact, bottom] of Object.entries(head.factBottoms))
            if (bottom === null || bottom > phone.height)
              problems.push(`${url}: the ${fact} is not on the first screen`);
          if (article.level && head.factBottoms.level === undefined)
            problems.push(`${url}: no level badge above the title`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

test.describe('an article on a phone', () => {
  test.use({ viewport: phone });

  test('"On this page" jumps to the steps', async ({ page, request }) => {
    const { events } = await loadSite(request);
    await page.goto(events[0]!.urls.en);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'User action' }).click();
    await expect(page).toHaveURL(/#user-action$/);
    await expect(page.getByRole('heading', { level: 2, name: 'User action' })).toBeInViewport();
  });
});

test('with the English original shown, "On this page" leads to its sections', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/de/events/msexchangetransport/2004/');
  await page.getByRole('button', { name: 'Englisches Original anzeigen' }).click();
  await page
    .getByRole('navigation', { name: 'Auf dieser Seite' })
    .getByRole('link', { name: 'Empfohlene Maßnahmen' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'User action' })).toBeInViewport();
});

test.describe('copy buttons', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  for (const locale of locales) {
    test(`each command of an article's steps copies its exact text (${locale})`, async ({
      page,
      request,
    }) => {
      const t = translator(locale);
      await page.setViewportSize(phone);
      const { events } = await loadSite(request);
      // The first article in the catalog whose User action quotes a command.
      let commands = page.locator('#user-action .command');
      for (const url of articleUrls(events, locale)) {
        await open(page, url);
        if ((await commands.count()) > 0) break;
      }
      commands = page.locator('#user-action .command');
      expect(await commands.count()).toBeGreaterThan(0);
      for (let index = 0; index < Math.min(3, await commands.count()); index++) {
        const command = commands.nth(index);
        const button = command.getByRole('button', { name: t('copy.command') });
        // By keyboard for the second one, by tap for the others.
        if (index === 1) {
          await button.focus();
          await page.keyboard.press('Enter');
        } else await button.click();
        const status = command.getByRole('status');
        await expect(status).toHaveText(t('details.copied'));
        await expect(status).toBeVisible();
        const text = await command.locator('code').textContent();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
      }
    });
  }

  test('an integration template copies by keyboard, with a visible confirmation', async ({
    page,
  }) => {
    await page.goto('/de/integrations/');
    const block = page.locator('.code-block').first();
    await block.getByRole('button', { name: 'Kopieren' }).focus();
    await page.keyboard.press('Space');
    await expect(block.getByRole('button')).toHaveText('Kopiert');
    await expect(block.getByRole('status')).toHaveText('Kopiert');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await block.locator('pre').textContent(),
    );
  });
});

test.describe('the phone header', () => {
  test.use({ viewport: phone });

  for (const locale of locales) {
    test(`the menu opens, lets Tab move on, closes with Escape (${locale})`, async ({ page }) => {
      const t = translator(locale);
      await page.goto(`/${locale}/events/`);
      const menu = page.locator('details.site-menu');
      const button = menu.locator('summary');
      const eventsLink = page.getByRole('link', { name: t('nav.events'), exact: true });
      await expect(eventsLink).toBeHidden();

      await button.click();
      await expect(eventsLink).toBeVisible();
      await expect(page.getByRole('link', { name: 'Deutsch' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(eventsLink).toBeHidden();
      await expect(button).toBeFocused();

      // Keyboard: open, then Tab through every link and out of the menu; nothing holds focus.
      await page.keyboard.press('Enter');
      await expect(eventsLink).toBeVisible();
      const links = await menu.locator('a').count();
      for (let step = 0; step <= links; step++) await page.keyboard.press('Tab');
      expect(await menu.evaluate((m) => m.contains(document.activeElement))).toBe(false);
      await expect(eventsLink).toBeHidden();
    });
  }

  test('a link in the menu leads on and the menu is closed on arrival', async ({ page }) => {
    await page.goto('/ru/');
    await page.locator('details.site-menu summary').click();
    await page.getByRole('link', { name: 'Коды SMTP' }).click();
    await expect(page).toHaveURL(/\/ru\/smtp\/$/);
    await expect(page.getByRole('link', { name: 'Коды SMTP' })).toBeHidden();
  });

  test('the search button opens a full-width search box with the cursor in it', async ({
    page,
  }) => {
    await page.goto('/en/events/');
    const box = page.getByRole('combobox', { name: 'Search the knowledge base' });
    const button = page.locator('details.site-search summary');
    await expect(box).toBeHidden();
    await button.click();
    await expect(box).toBeFocused();
    expect((await box.boundingBox())!.width).toBeGreaterThan(phone.width * 0.85);
    await box.fill('certificate');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    await expect(button).toBeFocused();
  });
});

test.describe('the phone header without JavaScript', () => {
  test.use({ viewport: phone, javaScriptEnabled: false });

  test('the menu still opens and its links work; the search box sends to the search page', async ({
    page,
  }) => {
    await page.goto('/de/events/msexchangetransport/2004/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.locator('details.site-menu summary').click();
    await page.getByRole('link', { name: 'SMTP-Codes' }).click();
    await expect(page).toHaveURL(/\/de\/smtp\/$/);
    await page.locator('details.site-search summary').click();
    const box = page.getByRole('combobox', { name: 'Wissensdatenbank durchsuchen' });
    await box.fill('Zertifikat');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/de\/search\/\?q=Zertifikat$/);
  });
});

test.describe('the pipeline diagram', () => {
  for (const locale of locales) {
    test(`runs down a phone and across a desktop, in body-size links (${locale})`, async ({
      page,
    }) => {
      await page.setViewportSize(phone);
      await page.goto(`/${locale}/`);
      const stages = page.locator('.pipeline a');
      await expect(stages).toHaveCount(pipelineStages.length);
      const bodySize = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.body).fontSize),
      );
      for (const stage of await stages.all()) {
        await expect(stage).toHaveAttribute('href', new RegExp(`^/${locale}/events/\\?category=`));
        expect(
          await stage.evaluate((a) => parseFloat(getComputedStyle(a).fontSize)),
        ).toBeGreaterThanOrEqual(bodySize);
      }
      const columnBoxes = async () =>
        Promise.all((await page.locator('.pipeline-column').all()).map((c) => c.boundingBox()));
      const down = await columnBoxes();
      for (let i = 1; i < down.length; i++)
        expect(down[i]!.y).toBeGreaterThan(down[i - 1]!.y + down[i - 1]!.height);
      await page.setViewportSize({ width: 1280, height: 900 });
      const across = await columnBoxes();
      for (let i = 1; i < across.length; i++)
        expect(across[i]!.x).toBeGreaterThan(across[i - 1]!.x + across[i - 1]!.width);
    });
  }
});

test.describe('long pages: a contents list or a sticky filter bar, never both', () => {
  for (const viewport of [phone, { width: 1280, height: 900 }]) {
    test(`at ${viewport.width} px`, async ({ page, request }) => {
      await page.setViewportSize(viewport);
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const filters = page.getByRole('group', { name: 'All events' });

      await page.goto('/en/events/');
      await page.locator('tbody tr').last().scrollIntoViewIfNeeded();
      await expect(filters).toBeInViewport();
      expect(Math.round((await filters.boundingBox())!.y)).toBe(0);
      await expect(toc).toHaveCount(0);

      await page.goto('/en/smtp/');
      await expect(toc).toBeVisible();
      await expect(filters).toHaveCount(0);
      for (const href of await toc
        .getByRole('link')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
        await expect(page.locator(href)).toHaveCount(1);

      const { events } = await loadSite(request);
      await page.goto(events[0]!.urls.en);
      await expect(toc).toBeVisible();
      await expect(filters).toHaveCount(0);
      if (viewport.width > 1000) {
        // Wide screens keep the contents in view while the reader scrolls.
        await page.locator('.references').scrollIntoViewIfNeeded();
        await expect(toc).toBeInViewport();
      }
    });
  }
});
