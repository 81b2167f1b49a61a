import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { searchLabels } from '@/lib/i18n/labels';
import { paths } from '@/lib/i18n/paths';
import { LocaleSwitcher } from './LocaleSwitcher';
import { NavLinks } from './NavLinks';
import { SearchBox } from './SearchBox';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = translator(locale);
  const links = [
    { href: paths.events(locale), label: t('nav.events') },
    { href: paths.smtpIndex(locale), label: t('nav.smtp') },
    { href: paths.integrations(locale), label: t('nav.integrations') },
    { href: paths.translations(locale), label: t('nav.translations') },
    { href: paths.triage(locale), label: t('nav.triage') },
  ];
  return (
    <header className="site-header">
      <div className="bar">
        <Link className="brand" href={paths.home(locale)}>
          {t('site.name')}
        </Link>
        <NavLinks label={t('nav.primary')} links={links} />
        <div className="header-tools">
          <SearchBox locale={locale} labels={searchLabels(locale)} />
          <LocaleSwitcher locale={locale} label={t('lang.label')} />
        </div>
      </div>
    </header>
  );
}
