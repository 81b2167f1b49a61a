import type { EventEntry } from '@/lib/content/model';
import { defaultLocale, locales, localeNames, localeTags } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/dictionary';
import { paths } from '@/lib/i18n/paths';
import { LocaleRedirect } from './LocaleRedirect';
import { Breakable } from './Breakable';

/**
 * Forwards to `/<locale>/events/<source>/<id>/`: with script to the negotiated locale, without
 * script by a meta refresh to the default locale. Links for every language in the meantime.
 */
export function PermalinkView({ event }: { event: EventEntry }) {
  const t = translator(defaultLocale);
  return (
    <>
      <noscript>
        <meta httpEquiv="refresh" content={`0; url=${paths.event(defaultLocale, event.key)}`} />
      </noscript>
      <LocaleRedirect rest={`events/${event.key}/`} />
      <h1>
        <Breakable text={event.source} /> {event.eventId}
      </h1>
      <p>{t('root.redirecting')}</p>
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={paths.event(locale, event.key)}
              hrefLang={localeTags[locale]}
              lang={localeTags[locale]}
            >
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
