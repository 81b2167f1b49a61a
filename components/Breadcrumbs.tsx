import Link from 'next/link';
import { Breakable } from './Breakable';

export interface Crumb {
  href?: string;
  label: string;
}

export function Breadcrumbs({ items, label }: { items: Crumb[]; label: string }) {
  return (
    <nav className="breadcrumbs" aria-label={label}>
      <ol>
        {items.map((item, index) => (
          <li key={index}>
            {item.href ? (
              <Link href={item.href}>
                <Breakable text={item.label} />
              </Link>
            ) : (
              <span aria-current="page">
                <Breakable text={item.label} />
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
