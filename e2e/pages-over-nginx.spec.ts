/**
 * Over nginx only (the "static" project's a11y spec opens the same pages under `npm start`,
 * failing on any CSP report): every page type in every locale, and the pages without a locale,
 * run under the policy nginx sends for them, with no violation.
 */
import { expect, test } from './fixtures';
import { e2eLocales, pageTypes } from './pageTypes';
import { recordViolations, violations } from './violations';

for (const locale of e2eLocales) {
  test(`every page type in ${locale} runs under its policy without a violation`, async ({
    page,
  }) => {
    await recordViolations(page);
    for (const template of pageTypes) {
      const path = template.replace('{l}', locale);
      await page.goto(path);
      // Inline scripts run while the page is parsed: by the load event any mismatch has shown.
      await expect(page.locator('main h1').first(), path).toBeVisible();
      expect(await violations(page), path).toEqual([]);
    }
  });
}

test('the pages without a locale run under their policy too', async ({ page }) => {
  await recordViolations(page);
  for (const [path, landing] of [
    ['/', /\/en\/$/],
    ['/go/?source=MSExchangeTransport&id=2004', /\/en\/events\/msexchangetransport\/2004\/$/],
    ['/events/msexchangetransport/2004/', /\/en\/events\/msexchangetransport\/2004\/$/],
    ['/events/MSExchange+Antispam/100/', /\/en\/events\/msexchange-antispam\/100\/$/],
  ] as const) {
    await page.goto(path);
    await expect(page, path).toHaveURL(landing);
    await page.waitForLoadState('networkidle');
    expect(await violations(page), path).toEqual([]);
  }
});
