import Link from 'next/link';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { searchLabels } from '@/lib/i18n/labels';
import { paths } from '@/lib/i18n/paths';
import { Disclosure } from './Disclosure';
import { Icon } from './Icons';
import { LocaleSwitcher } from './LocaleSwitcher';
import { NavLinks } from './NavLinks';
import { SearchBox } from './SearchBox';

/**
 * Wide screens: site name, search box and languages, the navigation below. Narrow screens: site
 * name, a search button and a menu holding the navigation and the languages, on one line, so a
 * page's own title starts high on a phone. The navigation and the languages are in the HTML twice
 * (bar and menu); CSS shows one of them. The search box is one: on wide screens CSS shows the
 * content of its closed disclosure (`::details-content`).
 */
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
        <Disclosure
          className="site-search"
          panelClassName="header-search"
          button={
            <>
              <Icon name="search" />
              <span className="visually-hidden">{t('header.openSearch')}</span>
            </>
          }
        >
          <SearchBox locale={locale} labels={searchLabels(locale)} />
        </Disclosure>
        <div className="header-languages">
          <LocaleSwitcher locale={locale} label={t('lang.label')} />
        </div>
        <Disclosure
          className="site-menu"
          panelClassName="site-menu-panel"
          button={
            <>
              <Icon name="menu" />
              <span className="menu-label">{t('header.menu')}</span>
            </>
          }
        >
          <NavLinks label={t('nav.primary')} links={links} />
          <LocaleSwitcher locale={locale} label={t('lang.label')} />
        </Disclosure>
        <div className="header-nav">
          <NavLinks label={t('nav.primary')} links={links} />
        </div>
      </div>
    </header>
  );
}
