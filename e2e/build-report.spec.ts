import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { renderPageWebConfig } from '../lib/delivery/webConfig';

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

test('the export carries its servers: nginx.conf as in deploy/, web.config files from the table', () => {
  expect(readFileSync('out/_server/nginx.conf', 'utf8')).toBe(
    readFileSync('deploy/nginx.conf', 'utf8'),
  );
  const hashes = JSON.parse(readFileSync('out/_server/csp-hashes.json', 'utf8')) as Record<
    string,
    string[]
  >;
  expect(XMLValidator.validate(readFileSync('out/web.config', 'utf8'))).toBe(true);
  const pages = Object.keys(hashes).filter(
    (file) => file.endsWith('/index.html') && file !== '/index.html',
  );
  expect(pages.length).toBeGreaterThan(1000);
  for (const file of pages) {
    const config = readFileSync(path.join('out', path.dirname(file), 'web.config'), 'utf8');
    expect(config, file).toBe(renderPageWebConfig(hashes[file]!));
    expect(XMLValidator.validate(config), file).toBe(true);
  }
});
