import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { e2eLocales, pageTypes } from './pageTypes';

let rulesRun = 0;

// The long lists (all events, a source's events, translations, SMTP codes) repeat one row
// component a few hundred times: axe checks the first 20 rows of each table, which hold every
// kind of cell, instead of spending seconds a page on copies of them.
const repeatedRows = 'tbody tr:nth-child(n+21)';

// Every locale in the light scheme. The dark scheme changes colours only, the same in every
// locale, so English pages are enough to check its contrast.
const schemes = [
  { scheme: 'light', locales: e2eLocales },
  { scheme: 'dark', locales: ['en'] },
] as const;

for (const { scheme, locales } of schemes) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const locale of locales) {
      for (const template of pageTypes) {
        const path = template.replace('{l}', locale);
        test(`axe finds no violations on ${path}`, async ({ page }) => {
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          const results = await new AxeBuilder({ page }).exclude(repeatedRows).analyze();
          rulesRun += results.passes.length + results.violations.length + results.incomplete.length;
          const violations = results.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          );
          expect(violations).toEqual([]);
        });
      }
    }
  });
}

test('the pages that forward the reader have no violations as served', async ({ page }) => {
  // Without the site's scripts these pages stay put (as for a reader without JavaScript);
  // axe brings its own script.
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  for (const path of ['/', '/go/', '/events/msexchangetransport/2004/']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map((v) => v.id),
      path,
    ).toEqual([]);
  }
});

test('the search popup has no violations while open', async ({ page }) => {
  await page.goto('/en/');
  await page.getByRole('combobox', { name: 'Search the knowledge base' }).fill('certificate');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id} ${v.nodes[0]?.target}`)).toEqual([]);
});

test.afterAll(() => {
  if (rulesRun > 0) console.log(`axe rule checks in this worker: ${rulesRun}`);
});
