import { locales, localeNames, localeTags } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';
import { LocaleRedirect } from './LocaleRedirect';

/** `/`: links to every language (enough without script); with script, goes to the best one. */
export function LanguageChoice() {
  return (
    <>
      <LocaleRedirect rest="" />
      {locales.map((locale) => {
        const t = translator(locale);
        return (
          <section key={locale} lang={localeTags[locale]} className="aside-box">
            <h1 style={{ fontSize: '1.3rem' }}>{t('site.name')}</h1>
            <p>{t('site.tagline')}</p>
            <p>
              <a href={paths.home(locale)} hrefLang={localeTags[locale]}>
                {localeNames[locale]} →
              </a>
            </p>
          </section>
        );
      })}
    </>
  );
}
