/**
 * How the service worker answers each request (pure, so it is tested here and bundled into
 * sw.js):
 * - asset: hashed build files never change: from the cache, else the network;
 * - page: a page the reader opens: the network first (fresh when online), kept for later;
 *   from the cache when the network fails or hangs;
 * - data: search index, API and download lists: like pages;
 * - other: left to the browser (Next's navigation payloads: when they fail offline, Next
 *   loads the page itself, which the worker then answers).
 */
export type RequestKind = 'asset' | 'page' | 'data' | 'other';

export function requestKind(pathname: string, isNavigation: boolean): RequestKind {
  if (pathname.startsWith('/_next/static/')) return 'asset';
  if (isNavigation) return 'page';
  if (pathname.startsWith('/api/') || pathname.startsWith('/offline/')) return 'data';
  return 'other';
}

/** A page is kept under its address without query or fragment: /en/search/?q=x → /en/search/. */
export function cacheKey(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
