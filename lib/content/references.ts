/** How a source URL is labelled in an article's References list. */

/**
 * The host and the last meaningful path segment: `learn.microsoft.com › back-pressure`. A reader
 * sees where a link leads without the full URL, which can be several lines long on a phone.
 */
export function referenceLabel(url: string): string {
  const { hostname, pathname } = new URL(url);
  const host = hostname.replace(/^www\./, '');
  const segment = pathname
    .split('/')
    .filter((part) => part.length > 0)
    .at(-1);
  if (!segment) return host;
  const readable = decodeURIComponent(segment).replace(/\.(aspx?|html?|md)$/i, '');
  return `${host} › ${readable}`;
}
