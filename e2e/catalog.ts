/**
 * The built catalog (out/api/events.json), read from disk, so that tests derive what they expect
 * from the content: adding an article never breaks a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { CatalogEvent } from '../lib/links/catalog';

let cached: CatalogEvent[] | undefined;

export function catalogEvents(): CatalogEvent[] {
  cached ??= (JSON.parse(readFileSync('out/api/events.json', 'utf8')) as { events: CatalogEvent[] })
    .events;
  return cached;
}

export function catalogArticles() {
  return catalogEvents().flatMap((event) => event.articles.map((article) => ({ event, article })));
}

/** The event keys the English originals in content/ document, sorted. */
export function contentEventKeys(): string[] {
  const files = readdirSync('content/en', { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.md'),
  );
  const keys = files.map((file) => {
    const [folder, name] = file.split('/') as [string, string];
    return `${folder}/${Number.parseInt(name, 10)}`;
  });
  return [...new Set(keys)].sort();
}

/** How many English originals in content/ document the event (`msexchangetransport/8004`). */
export function contentArticleCount(eventKey: string): number {
  const [folder, id] = eventKey.split('/') as [string, string];
  return readdirSync(`content/en/${folder}`).filter((file) => new RegExp(`^${id}[-.]`).test(file))
    .length;
}
