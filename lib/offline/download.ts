/**
 * In the page: "keep the whole knowledge base offline" for one locale. Reads the build's list
 * (/offline/<locale>.json: every file with its size), and stores each file not stored yet in
 * the service worker's cache of that build.
 */
import type { Locale } from '../i18n/config';
import { forEachLimited } from './limit';
import { downloadManifestUrl, type LocaleDownload } from './plan';

export type DownloadProblem = 'unsupported' | 'updateFirst';

export class OfflineUnavailable extends Error {
  constructor(readonly problem: DownloadProblem) {
    super(problem);
  }
}

export function offlineSupported(): boolean {
  return 'serviceWorker' in navigator && 'caches' in window && window.isSecureContext;
}

export async function fetchDownloadList(locale: Locale): Promise<LocaleDownload> {
  const response = await fetch(downloadManifestUrl(locale));
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()) as LocaleDownload;
}

/** How many of the list's files, and bytes, are on this device already. */
export async function savedPart(list: LocaleDownload): Promise<{ files: number; bytes: number }> {
  if (!(await caches.has(list.cache))) return { files: 0, bytes: 0 };
  const cache = await caches.open(list.cache);
  const saved = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  const present = list.files.filter(([url]) => saved.has(url));
  return { files: present.length, bytes: present.reduce((sum, [, bytes]) => sum + bytes, 0) };
}

/** The cache of the list's build, once its service worker has installed. */
async function buildCache(list: LocaleDownload): Promise<Cache> {
  if (!offlineSupported()) throw new OfflineUnavailable('unsupported');
  if (!(await caches.has(list.cache))) {
    const ready = navigator.serviceWorker.ready;
    await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    // Still none: the worker in charge is another build's; its update must run first.
    if (!(await caches.has(list.cache))) throw new OfflineUnavailable('updateFirst');
  }
  return caches.open(list.cache);
}

export async function downloadLocale(
  list: LocaleDownload,
  onProgress: (done: { files: number; bytes: number }) => void,
): Promise<void> {
  const cache = await buildCache(list);
  // Ask the browser not to evict what the reader chose to keep.
  await navigator.storage?.persist?.().catch(() => false);
  const done = { files: 0, bytes: 0 };
  await forEachLimited(list.files, 6, async ([url, bytes]) => {
    if (!(await cache.match(url))) {
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      await cache.put(url, response);
    }
    done.files++;
    done.bytes += bytes;
    onProgress({ ...done });
  });
}
