import { catalogArticles } from './catalog';
import { expect, test } from './fixtures';

test('every locale sets <html lang> and speaks its language', async ({ page }) => {
  const headings: [string, string][] = [
    ['en', 'Exchange transport events'],
    ['de', 'Exchange-Transportereignisse'],
    ['ru', 'События транспорта Exchange'],
  ];
  for (const [locale, heading] of headings) {
    await page.goto(`/${locale}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});

test('the language switcher keeps the reader on the same page and remembers the choice', async ({
  page,
}) => {
  await page.goto('/en/events/msexchangetransport/2004/');
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Deutsch' })
    .click();
  await expect(page).toHaveURL(/\/de\/events\/msexchangetransport\/2004\/$/);
  await expect(
    page.getByRole('table', { name: 'Details' }).getByRole('row', { name: /Symbolischer Name/ }),
  ).toContainText('SmtpSendAckMessage');
  await page.goto('/');
  await expect(page).toHaveURL(/\/de\/$/);
});

test('a translated article is in the reader language, with hreflang alternates for real translations', async ({
  page,
}) => {
  await page.goto('/ru/events/msexchangetransport/2004/');
  await expect(page.getByRole('heading', { level: 2, name: 'Объяснение' })).toBeVisible();
  await expect(page.locator('#explanation > div')).not.toHaveAttribute('lang', /.*/);
  const hreflangs = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map(
        (l) => `${l.getAttribute('hreflang')} ${new URL(l.getAttribute('href')!).pathname}`,
      ),
    );
  expect(hreflangs.sort()).toEqual([
    'de /de/events/msexchangetransport/2004/',
    'en /en/events/msexchangetransport/2004/',
    'ru /ru/events/msexchangetransport/2004/',
    'x-default /events/msexchangetransport/2004/',
  ]);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /\/ru\/events\/msexchangetransport\/2004\/$/,
  );
});

test('the reader can switch a translated body to the English original, and the choice is remembered', async ({
  page,
}) => {
  await page.goto('/de/events/msexchangetransport/2004/');
  await page.getByRole('button', { name: 'Englisches Original anzeigen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Explanation' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Erklärung' })).toBeHidden();
  await page.goto('/de/events/msexchangetransport/2002/');
  await expect(page.getByRole('button', { name: 'Übersetzung anzeigen' })).toBeVisible();
  await expect(page.locator('#explanation-en > div')).toHaveAttribute('lang', 'en');
});

test('the translation status page counts every article', async ({ page }) => {
  await page.goto('/de/translations/');
  const summary = page.getByRole('table', { name: 'Artikel je Sprache und Status' });
  await expect(summary.getByRole('row', { name: /Deutsch/ })).toContainText(/\d+ \(\d+ %\)/);
  await expect(page.locator('table.status-list tbody tr')).toHaveCount(catalogArticles().length);
});

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });
  test('lands in German at / and at a permalink', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/de\/$/);
    await page.goto('/events/msexchangetransport/2004/');
    await expect(page).toHaveURL(/\/de\/events\/msexchangetransport\/2004\/$/);
  });
});

test.describe('a Russian browser', () => {
  test.use({ locale: 'ru-RU' });
  test('lands in Russian at /', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });
});

test.describe('a French browser', () => {
  test.use({ locale: 'fr-FR' });
  test('lands in English', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
  });
});

test('the 404 page speaks the language of the address and resolves event paths written as logged', async ({
  page,
}) => {
  const response = await page.goto('/ru/nothing-here/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  await page.goto('/de/events/MSExchangeTransport/2004/');
  await expect(page).toHaveURL(/\/de\/events\/msexchangetransport\/2004\/$/);
});
