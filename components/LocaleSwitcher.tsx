'use client';
import { usePathname } from 'next/navigation';
import { localeNames, locales, localeTags, type Locale } from '@/lib/i18n/config';
import { localizedPath } from '@/lib/i18n/paths';
import { rememberLocale } from '@/lib/i18n/preference';

/** Links to the same page in every locale; following one remembers the choice. */
export function LocaleSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname();
  return (
    <nav className="locale-switcher" aria-label={label}>
      <ul>
        {locales.map((other) => (
          <li key={other}>
            <a
              href={localizedPath(pathname, other)}
              hrefLang={localeTags[other]}
              lang={localeTags[other]}
              aria-current={other === locale ? 'true' : undefined}
              onClick={() => rememberLocale(other)}
            >
              {localeNames[other]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
