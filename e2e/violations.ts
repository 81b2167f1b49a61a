import type { Page } from '@playwright/test';

declare global {
  interface Window {
    violations?: string[];
  }
}

/** From the next navigation on, collects the page's Content-Security-Policy violations. */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations!.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
}

export function violations(page: Page): Promise<string[] | undefined> {
  return page.evaluate(() => window.violations);
}
