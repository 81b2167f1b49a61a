import { test as base, expect } from '@playwright/test';

/** Every test fails on an uncaught script error in the page. */
export const test = base.extend<{ pageErrors: Error[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await use(errors);
      expect(errors.map((e) => e.message), 'uncaught script errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
