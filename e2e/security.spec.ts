import { expect, test } from './fixtures';

test('pages are served with a Content-Security-Policy and a referrer policy', async ({
  request,
}) => {
  for (const path of ['/en/', '/de/events/msexchangetransport/2004/', '/no-such-page/']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toContain("default-src 'self'");
    expect(response.headers()['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
  }
});

test('every page also declares its referrer policy in the HTML', async ({ page }) => {
  await page.goto('/ru/events/msexchangetransport/2004/');
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute(
    'content',
    'strict-origin-when-cross-origin',
  );
});

test('search, the switcher and the copy button work under the policy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/events/msexchangetransport/2004/');
  await page
    .getByRole('row', { name: /Message Text/ })
    .getByRole('button', { name: 'Copy' })
    .click();
  await expect(page.getByRole('row', { name: /Message Text/ }).getByRole('button')).toHaveText(
    'Copied',
  );
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Send connector %1: Message delivery was not successful. The message with message ID %2 was acknowledged with SMTP response %3.',
  );
  await page.getByRole('combobox', { name: 'Search the knowledge base' }).fill('2004');
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('2004');
});

test('keyboard only: skip link, visible focus, and the language switcher', async ({ page }) => {
  await page.goto('/en/events/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  const outline = await page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('.locale-switcher a[hreflang="de"]')!;
    link.focus();
    return getComputedStyle(link).outlineStyle;
  });
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/de\/events\/$/);
});
