import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/** Article pages in out/ per locale must match what content/ holds: nothing dropped silently. */
function contentFiles(locale: string): string[] {
  const dir = path.join('content', locale);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
}

test('the build emitted one page per article in every locale', async ({ request }) => {
  const originals = contentFiles('en');
  const catalog = (await (await request.get('/api/events.json')).json()) as {
    events: { articles: { urls: Record<string, string> }[] }[];
  };
  const articles = catalog.events.flatMap((e) => e.articles);
  expect(articles).toHaveLength(originals.length);
  for (const locale of ['en', 'de', 'ru']) {
    const missing = articles
      .map((a) => a.urls[locale]!)
      .filter((url) => !existsSync(path.join('out', url, 'index.html')));
    expect(missing, locale).toEqual([]);
  }
  for (const locale of ['de', 'ru']) {
    for (const file of contentFiles(locale))
      expect(originals, `${locale}/${file} has an original`).toContain(file);
  }
});
