import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/** Article pages in out/ per locale must match what content/ holds: nothing dropped silently. */
function contentFiles(locale: string): string[] {
  const dir = path.join('content', locale);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
}

test('the build emitted one page per article in every locale', async ({ request }) => {
  const originals = contentFiles('en');
  expect(originals.length).toBeGreaterThan(100);
  const response = await request.get('/api/ids.json');
  const ids = (await response.json()) as Record<string, string[]>;
  const eventKeys = new Set(Object.values(ids).flat());
  for (const locale of ['en', 'de', 'ru']) {
    const pages = readdirSync(path.join('out', locale, 'events'), { recursive: true, encoding: 'utf8' }).filter((f) => /^[^/]+\/\d+\/[^/]+\/index\.html$/.test(f));
    expect(pages, locale).toHaveLength(originals.length);
  }
  expect(eventKeys.size).toBeLessThanOrEqual(originals.length);
  for (const locale of ['de', 'ru']) {
    for (const file of contentFiles(locale)) expect(originals, `${locale}/${file} has an original`).toContain(file);
  }
});
