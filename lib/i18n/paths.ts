/** Every public path of the site (DESIGN §2), built in one place. All end with a slash. */
import { isLocale, type Locale } from './config';

export const paths = {
  home: (locale: Locale) => `/${locale}/`,
  events: (locale: Locale) => `/${locale}/events/`,
  source: (locale: Locale, sourceSlug: string) => `/${locale}/events/${sourceSlug}/`,
  /** `eventKey` is `<source-slug>/<id>`. */
  event: (locale: Locale, eventKey: string) => `/${locale}/events/${eventKey}/`,
  article: (locale: Locale, eventKey: string, articleSlug: string) =>
    `/${locale}/events/${eventKey}/${articleSlug}/`,
  ids: (locale: Locale, eventId: number) => `/${locale}/ids/${eventId}/`,
  search: (locale: Locale, query?: string) =>
    `/${locale}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  smtpIndex: (locale: Locale) => `/${locale}/smtp/`,
  smtp: (locale: Locale, code: string) => `/${locale}/smtp/${code.toLowerCase()}/`,
  translations: (locale: Locale) => `/${locale}/translations/`,
  integrations: (locale: Locale) => `/${locale}/integrations/`,
  triage: (locale: Locale) => `/${locale}/triage/`,
  /** Reading offline: the download of a whole locale, and where an unsaved page sends an offline reader. */
  offline: (locale: Locale, missing?: string) =>
    `/${locale}/offline/${missing ? `?missing=${encodeURIComponent(missing)}` : ''}`,
  /** Locale-free permalink for monitoring rules. */
  permalink: (eventKey: string) => `/events/${eventKey}/`,
};

/** The same page in another locale: swaps the leading locale segment of a site path. */
export function localizedPath(path: string, locale: Locale): string {
  const [, first, ...rest] = withTrailingSlash(path).split('/');
  if (isLocale(first)) return `/${[locale, ...rest].join('/')}`;
  return `/${locale}/`;
}

/** `/en/events` → `/en/events/`: the static export's form of every page path. */
export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** The locale a site path belongs to, if it has one. */
export function localeOfPath(path: string): Locale | null {
  const first = path.split('/')[1];
  return isLocale(first) ? first : null;
}
