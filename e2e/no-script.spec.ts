import { expect, test } from '@playwright/test';
import { catalogArticles } from './catalog';

test.use({ javaScriptEnabled: false });

test('an article is complete static HTML: facts and text readable without JavaScript', async ({
  page,
}) => {
  await page.goto('/en/events/msexchangetransport/2004/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const message = page.getByRole('row', { name: /Message Text/ });
  await expect(message).toContainText('Send connector %1: Message delivery was not successful.');
  await expect(page.locator('.placeholder').first()).toHaveText('%1');
  for (const heading of ['Explanation', 'User action', 'More information']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.locator('#user-action ol li').first()).toBeVisible();
});

test('the event list shows every event without JavaScript', async ({ page }) => {
  await page.goto('/en/events/');
  await expect(page.locator('tbody tr')).toHaveCount(catalogArticles().length);
});

test('/ offers the language links without JavaScript', async ({ page }) => {
  await page.goto('/');
  for (const name of ['English →', 'Deutsch →', 'Русский →'])
    await expect(page.getByRole('link', { name })).toBeVisible();
});

test('a permalink still reaches the article without JavaScript (default locale)', async ({
  page,
}) => {
  await page.goto('/events/msexchangetransport/2004/');
  await expect(page).toHaveURL(/\/en\/events\/msexchangetransport\/2004\/$/);
  await expect(page.getByRole('table', { name: 'Details' })).toBeVisible();
});

test('the offline page says reading offline needs JavaScript, and still links everywhere', async ({
  page,
}) => {
  await page.goto('/en/offline/');
  await expect(page.getByText('Reading offline needs JavaScript.')).toBeVisible();
  await page.getByRole('link', { name: 'Home' }).first().click();
  await expect(page).toHaveURL(/\/en\/$/);
});
