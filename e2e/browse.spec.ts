import { catalogArticles, catalogEvents } from './catalog';
import { expect, test } from './fixtures';

test('home → ID box → the article for that ID', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exchange transport events');
  await page.getByLabel('Go to event ID').fill('2002');
  await page.getByLabel('Go to event ID').press('Enter');
  await expect(page).toHaveURL(/\/en\/events\/msexchangetransport\/2002\/$/);
  const details = page.getByRole('table', { name: 'Details' });
  await expect(details.getByRole('row', { name: /Symbolic Name/ })).toContainText(
    'SmtpSendConnectionError',
  );
  await expect(details.getByRole('row', { name: /Message Text/ })).toContainText(
    'Send connector %1: an error occurred while connecting to %2.',
  );
});

test('the home page says how many events, articles and sources the site documents', async ({
  page,
}) => {
  const events = catalogEvents();
  const articles = catalogArticles().length;
  const sources = new Set(events.map((e) => e.source)).size;
  const n = (count: number) => count.toLocaleString('en');
  await page.goto('/en/');
  await expect(
    page.getByText(
      `Events documented: ${n(events.length)} · articles: ${n(articles)} · event sources: ${n(sources)}`,
    ),
  ).toBeVisible();
});

test('an ID used by several sources lands on the ID page listing them all', async ({ page }) => {
  await page.goto('/en/');
  await page.getByLabel('Go to event ID').fill('1018');
  await page.getByRole('button', { name: 'Go' }).click();
  await expect(page).toHaveURL(/\/en\/ids\/1018\/$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'MSExchangeTransport 1018' }),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'MSExchange Store Driver 1018' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: /Event · Exchange 2013/ })).toBeVisible();
});

test('the ID box accepts a logged message ID with qualifier bits and explains unknown IDs', async ({
  page,
}) => {
  await page.goto('/en/');
  const box = page.getByLabel('Go to event ID');
  await box.fill('9');
  await box.press('Enter');
  await expect(page.getByRole('status')).toContainText('Event 9 is not documented yet.');
  await box.fill('0x400407D4');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/events\/msexchangetransport\/2004\/$/);
});

test('event list → filters → article', async ({ page }) => {
  await page.goto('/en/events/');
  await page.getByLabel('Level').selectOption('error');
  await page.getByLabel('Category').selectOption('RemoteDelivery');
  await expect(page.getByRole('status')).toContainText(/Showing \d+ of \d+ events/);
  const rows = page.locator('tbody tr');
  for (const text of await rows.allInnerTexts()) expect(text).toContain('RemoteDelivery');
  await expect(page).toHaveURL(/level=error/);
  await page
    .getByRole('row', { name: /NonSmtpGWBadDropDirectory/ })
    .getByRole('link', { name: '8004' })
    .click();
  await expect(page).toHaveURL(/\/en\/events\/msexchangetransport\/8004\/event\/$/);
});

test('sorting the list by a column and keeping filters in the address', async ({ page }) => {
  const antispam = catalogArticles().filter(
    ({ event }) => event.sourceSlug === 'msexchange-antispam',
  );
  const highestId = Math.max(...antispam.map(({ event }) => event.eventId));
  await page.goto('/en/events/?source=msexchange-antispam');
  await expect(page.locator('tbody tr')).toHaveCount(antispam.length);
  await page.getByRole('button', { name: /^Event ID/ }).click();
  await expect(page.getByRole('columnheader', { name: /Event ID/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(page.locator('tbody tr').first().getByRole('link').first()).toHaveText(
    String(highestId),
  );
});

test('an event with several articles lets the reader reach every one', async ({ page }) => {
  const articles = catalogEvents().find((e) => e.key === 'msexchangetransport/8004')!.articles;
  await page.goto('/en/events/msexchangetransport/8004/');
  const chooser = page.getByRole('navigation', {
    name: `This event has ${articles.length} articles`,
  });
  await expect(chooser.getByRole('link')).toHaveCount(articles.length);
  await chooser.getByRole('link', { name: /Management-pack alert · Exchange 2007/ }).click();
  await expect(page).toHaveURL(/\/8004\/exchange-2007-alert\/$/);
  const details = page.getByRole('table', { name: 'Details' });
  await expect(details.getByRole('row', { name: /Alert Type/ })).toContainText('Critical Error');
  await expect(details.getByRole('row', { name: /Rule Path/ })).toContainText(
    'Microsoft Exchange Server/Exchange 2007',
  );
});

test('the analyzer rule article shows its rule', async ({ page }) => {
  await page.goto('/en/events/msexchangetransport/4006/');
  await expect(
    page.getByRole('table', { name: 'Details' }).getByRole('row', { name: /Analyzer Rule/ }),
  ).toContainText('Transport connection manager warning event');
  await expect(page.getByRole('heading', { level: 2, name: 'User action' })).toBeVisible();
});

test('an unknown address gets a helpful 404 with a real 404 status', async ({ page }) => {
  const response = await page.goto('/en/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByLabel('Go to event ID').fill('2004');
  await page.getByLabel('Go to event ID').press('Enter');
  await expect(page).toHaveURL(/\/en\/events\/msexchangetransport\/2004\/$/);
});

test('related events link to their articles', async ({ page }) => {
  await page.goto('/en/events/msexchangetransport/2004/');
  const related = page.getByRole('navigation', { name: 'Related events' });
  const first = related.getByRole('link').first();
  const href = await first.getAttribute('href');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('table', { name: 'Details' })).toBeVisible();
});
