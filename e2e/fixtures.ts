import { test as base, expect } from '@playwright/test';

/**
 * Every test fails on an uncaught script error in the page, and on any resource the
 * Content-Security-Policy blocked (the static server sends the policy, so this proves the site
 * works under it).
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
          problems.push(`CSP: ${message.text()}`);
      });
      await use(problems);
      expect(problems, 'script errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
