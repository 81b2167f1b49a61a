import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to a page of the site. next/link takes a path whose last segment has a dot
 * (`/en/smtp/4.2.2/`) for a file and drops its trailing slash, so every static host would answer
 * with a redirect; such paths get a plain anchor that points at the final address.
 */
export function PageLink({ href, ...props }: ComponentProps<typeof Link> & { href: string }) {
  const lastSegment = href.split(/[?#]/)[0]!.split('/').filter(Boolean).at(-1) ?? '';
  if (lastSegment.includes('.')) {
    const { prefetch: _prefetch, replace: _replace, scroll: _scroll, ...anchor } = props;
    return <a href={href} {...anchor} />;
  }
  return <Link href={href} {...props} />;
}
