/**
 * The service worker (bundled by the build into /sw.js with its build's manifest). One cache
 * per build, named after the build: a new build installs into a new cache (its shell, plus a
 * fresh copy of every page and search file the old cache held) and waits; the page offers
 * "reload" and, once the reader takes it, the new worker deletes every older cache. So a cache
 * never mixes builds, and readers keep what they had saved.
 */
import { defaultLocale, type Locale } from '../i18n/config';
import { localeOfPath, paths } from '../i18n/paths';
import type { WorkerManifest } from './plan';
import { forEachLimited } from './limit';
import { cachePrefix } from './plan';
import { cacheKey, requestKind } from './routes';

declare const OFFLINE_MANIFEST: WorkerManifest;

/** The parts of the service worker scope this file uses (the DOM library has none of them). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEvent extends ExtendableEvent {
  data: unknown;
}
interface WindowClient {
  url: string;
}
interface WorkerScope {
  location: Location;
  clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<WindowClient[]>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const manifest = OFFLINE_MANIFEST;
/** How long a page waits for a hanging network before the saved copy is shown. */
const networkPatience = 3000;

/** Fetches bypassing the HTTP cache's freshness (it may still hold the previous build's copy). */
function fresh(url: string): Promise<Response> {
  return fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
}

/**
 * Copies into `cache` the current version of every page and data file the reader had kept in
 * older builds' caches, and of the pages open right now; files the new build no longer has
 * are dropped.
 */
async function carryOver(cache: Cache): Promise<void> {
  const urls = new Set<string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(cachePrefix) || name === manifest.cache) continue;
    for (const request of await (await caches.open(name)).keys()) {
      const url = new URL(request.url);
      if (requestKind(url.pathname, false) !== 'asset') urls.add(cacheKey(url));
    }
  }
  const open = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const client of open) urls.add(cacheKey(new URL(client.url)));
  for (const url of urls) {
    const locale = localeOfPath(new URL(url).pathname);
    if (locale) for (const data of manifest.localeData[locale]) urls.add(new URL(data, url).href);
  }
  await forEachLimited([...urls], 6, async (url) => {
    const response = await fresh(url);
    if (response.ok) await cache.put(url, response);
    else if (response.status !== 404) throw new Error(`${url}: ${response.status}`);
  });
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(manifest.cache);
      await forEachLimited(manifest.shell, 6, async (url) => {
        const response = await fresh(url);
        if (!response.ok) throw new Error(`${url}: ${response.status}`);
        await cache.put(url, response);
      });
      await carryOver(cache);
    })(),
  );
});

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(cachePrefix) && name !== manifest.cache) await caches.delete(name);
      await scope.clients.claim();
    })(),
  );
});

scope.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') event.waitUntil(scope.skipWaiting());
});

/** Network first; the saved copy when the network fails, or when it hangs and a copy exists. */
async function networkFirst(request: Request, key: string): Promise<Response | undefined> {
  const cache = await caches.open(manifest.cache);
  const network = fetch(request).then(async (response) => {
    if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
    return response;
  });
  // Settled later, when the saved copy has already answered: nothing to report then.
  network.catch(() => {});
  const patience = new Promise<undefined>((resolve) => setTimeout(resolve, networkPatience));
  try {
    const first = await Promise.race([network, patience]);
    if (first) return first;
    return (await cache.match(key)) ?? (await network);
  } catch {
    return cache.match(key);
  }
}

async function keepLocaleData(locale: Locale | null): Promise<void> {
  if (!locale) return;
  const cache = await caches.open(manifest.cache);
  for (const url of manifest.localeData[locale]) {
    if (await cache.match(url)) continue;
    const response = await fetch(url).catch(() => null);
    if (response?.ok) await cache.put(url, response);
  }
}

/**
 * A page: from the network, else its saved copy. Offline and never saved: a permalink gets the
 * saved 404 page (it resolves permalinks as logged, then forwards to the article, which may be
 * saved); any other page sends the reader to the offline page, which says so.
 */
async function page(request: Request, url: URL): Promise<Response> {
  const answer = await networkFirst(request, cacheKey(url));
  if (answer) return answer;
  const cache = await caches.open(manifest.cache);
  const notFound = url.pathname.startsWith('/events/') && (await cache.match('/404.html'));
  if (notFound) return notFound;
  const locale = localeOfPath(url.pathname) ?? defaultLocale;
  // The offline page is precached; should it be missing all the same, do not send it to itself.
  if (url.pathname === paths.offline(locale)) return Response.error();
  const offline = paths.offline(locale, `${url.pathname}${url.search}`);
  return Response.redirect(new URL(offline, url.origin).href, 302);
}

async function asset(request: Request, url: URL): Promise<Response> {
  const cache = await caches.open(manifest.cache);
  const saved = await cache.match(cacheKey(url));
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok) await cache.put(cacheKey(url), response.clone());
  return response;
}

scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
  const kind = requestKind(url.pathname, request.mode === 'navigate');
  if (kind === 'asset') event.respondWith(asset(request, url));
  if (kind === 'page') {
    event.respondWith(page(request, url));
    event.waitUntil(keepLocaleData(localeOfPath(url.pathname)));
  }
  if (kind === 'data')
    event.respondWith(
      networkFirst(request, cacheKey(url)).then((answer) => answer ?? Response.error()),
    );
});
