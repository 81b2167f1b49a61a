import { expect, test } from './fixtures';

test('an article prints without navigation, with its facts and steps', async ({ page }) => {
  await page.goto('/en/events/msexchangetransport/2004/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  // The side column ("On this page", related events) exists on screen and is left off paper.
  await expect(page.locator('.page-side')).toHaveCount(1);
  await expect(page.locator('.page-side')).toBeHidden();
  await expect(page.getByRole('table', { name: 'Details' })).toBeVisible();
  await expect(page.locator('#user-action ol li').first()).toBeVisible();
});

test('reduced motion turns smooth scrolling off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/en/');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(
    'auto',
  );
});
