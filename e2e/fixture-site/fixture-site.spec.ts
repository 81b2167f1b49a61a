import { expect, test } from '../fixtures';

test('an imported legacy article is found by its ID and by search', async ({ page }) => {
  await page.goto('/en/');
  await page.getByLabel('Go to event ID').fill('9902');
  await page.getByLabel('Go to event ID').press('Enter');
  await expect(page).toHaveURL(/\/en\/events\/msexchangetransport\/9902\/$/);
  await expect(
    page.getByRole('table', { name: 'Details' }).getByRole('row', { name: /Alert Type/ }),
  ).toContainText('Critical Error');
  await page.goto(`/en/search/?q=${encodeURIComponent('SampleQueueStalled')}`);
  await expect(page.locator('.result').first()).toContainText('MSExchangeTransport 9901');
});

test('an imported German translation shows in German', async ({ page }) => {
  await page.goto('/de/events/msexchangetransport/9901/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Warteschlange bewegt sich seit mehreren Minuten nicht',
  );
});

test('an empty locale still has every page, shown from the original', async ({ page }) => {
  await page.goto('/ru/events/msexchangetransport/2004/');
  await expect(page.getByRole('note')).toContainText('ещё не переведена');
  await page.goto('/ru/translations/');
  await expect(
    page
      .getByRole('table', { name: 'Статьи по языкам и состоянию' })
      .getByRole('row', { name: /Русский/ }),
  ).toContainText('0 (0 %)');
});

test('a source with spaces and non-ASCII letters has working pages and permalinks', async ({
  page,
}) => {
  await page.goto('/en/events/');
  await page.getByRole('link', { name: 'Source with spaces and non-ASCII letters' }).click();
  await expect(page.getByRole('table', { name: 'Details' })).toContainText(
    'MSExchange Тестовый Источник Ärger',
  );
  await page.goto('/events/MSExchange%20Тестовый%20Источник%20Ärger/77/');
  await expect(page).toHaveURL(/\/en\/events\/msexchange-/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Source with spaces and non-ASCII letters',
  );
});

test('a 5,000-character message text is shown whole and wraps', async ({ page }) => {
  await page.goto('/en/events/msexchangetransport/4242/');
  const message = page.getByRole('row', { name: /Message Text/ }).locator('pre');
  expect((await message.textContent())?.length).toBe(5000);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

// The real corpus may one day be translated whole; the fixture site's articles never are.
test('an untranslated article shows the original with a notice and lang="en"', async ({ page }) => {
  await page.goto('/ru/events/msexchangetransport/2002/');
  await expect(page.getByRole('note')).toContainText('ещё не переведена');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
  await expect(page.locator('#explanation > div[lang="en"]')).toBeVisible();
  const hreflangs = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('hreflang')));
  expect(hreflangs.sort()).toEqual(['en', 'x-default']);
});

test('titles shown from the English original are marked EN in lists, translated ones are not', async ({
  page,
}) => {
  await page.goto('/de/events/msexchangetransport/2004/');
  const related = page.getByRole('navigation', { name: 'Verwandte Ereignisse' });
  const untranslated = related.locator('li', { hasText: '2002' });
  await expect(untranslated.locator('abbr.en-marker')).toHaveText('EN');
  await expect(untranslated.locator('[lang="en"]')).toContainText(
    'Send connector could not connect',
  );
  await page.goto('/de/events/');
  await expect(page.getByRole('row', { name: /2002/ }).locator('abbr.en-marker')).toHaveCount(1);
  await expect(page.getByRole('row', { name: /2004/ }).locator('abbr.en-marker')).toHaveCount(0);
});

test('a search in a locale finds an untranslated article, marked EN', async ({ page }) => {
  await page.goto(`/de/search/?q=${encodeURIComponent('Send connector could not connect')}`);
  const first = page.locator('.result').first();
  await expect(first).toContainText('MSExchangeTransport 2002');
  await expect(first.locator('.en-marker')).toHaveText('EN');
});
