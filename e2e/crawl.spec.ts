/**
 * Every internal link and #anchor of the built site resolves: a crawler over the whole static
 * export (all locales), reading the HTML files themselves.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { catalogArticles } from './catalog';

const out = 'out';
const siteOrigin = 'http://localhost:3000';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f));
}

function visit(node: Root | Element, each: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      each(child);
      visit(child, each);
    }
  }
}

interface Page {
  ids: Set<string>;
  links: string[];
}

const pages = new Map<string, Page>();
function readPage(file: string): Page {
  let page = pages.get(file);
  if (!page) {
    const tree = fromHtml(readFileSync(file, 'utf8'));
    page = { ids: new Set(), links: [] };
    const found = page;
    visit(tree, (element) => {
      const { id, href, src } = element.properties;
      if (typeof id === 'string') found.ids.add(id);
      for (const target of [href, src]) if (typeof target === 'string') found.links.push(target);
    });
    pages.set(file, page);
  }
  return page;
}

/**
 * The file a site path is served from, or null when the path has no file. A page is served at
 * its path with a trailing slash only: without it, every static host answers with a redirect,
 * which counts as a broken link.
 */
function fileFor(pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  const file = path.join(out, decoded, decoded.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && !statSync(file).isDirectory() ? file : null;
}

test('every internal link and anchor in the static export resolves', () => {
  const files = htmlFiles(out);
  let checked = 0;
  const broken: string[] = [];
  for (const file of files) {
    for (const link of readPage(file).links) {
      const internal = link.startsWith(siteOrigin) ? link.slice(siteOrigin.length) : link;
      if (!internal.startsWith('/') || internal.startsWith('//')) continue;
      checked++;
      const url = new URL(internal, siteOrigin);
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${file}: ${link}`);
        continue;
      }
      if (
        url.hash &&
        target.endsWith('.html') &&
        !readPage(target).ids.has(decodeURIComponent(url.hash.slice(1)))
      )
        broken.push(`${file}: ${link} (no #${url.hash.slice(1)})`);
    }
  }
  console.log(`crawled ${files.length} pages, checked ${checked} internal links`);
  // Every article page of every locale is among the pages crawled.
  expect(files.length).toBeGreaterThanOrEqual(catalogArticles().length * 3);
  expect(broken.slice(0, 20), `${broken.length} broken links`).toEqual([]);
});
