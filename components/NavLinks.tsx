'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { withTrailingSlash } from '@/lib/i18n/paths';

export function NavLinks({
  label,
  links,
}: {
  label: string;
  links: { href: string; label: string }[];
}) {
  const pathname = withTrailingSlash(usePathname());
  return (
    <nav className="site-nav" aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={pathname === link.href ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
