/**
 * What a report group links to, in the reader's locale: the event's page with the title of its
 * main article (falling back to English, marked as such), or a search for an undocumented event;
 * and the reference page of each SMTP code that has one.
 */
import { defaultLocale, type Locale } from '../i18n/config';
import { paths } from '../i18n/paths';
import type { CatalogIndex } from './catalog';
import { smtpStatusCodes } from './smtp';

export interface GroupLink {
  title: string | null;
  /** The language the title is in (English when the locale has no translation). */
  titleLang: Locale;
  href: string;
  /** Further articles on the event page (alerts, analyzer rules, other versions). */
  moreArticles: number;
  documented: boolean;
}

export function groupLink(
  index: CatalogIndex,
  group: { catalogKey: string | null; source: string; eventId: number },
  locale: Locale,
): GroupLink {
  const event = group.catalogKey ? index.byKey.get(group.catalogKey) : undefined;
  if (!event)
    return {
      title: null,
      titleLang: locale,
      href: paths.search(locale, `${group.source} ${group.eventId}`),
      moreArticles: 0,
      documented: false,
    };
  const main = event.articles.find((a) => a.kind === 'event') ?? event.articles[0]!;
  const own = main.titles[locale];
  return {
    title: own ?? main.titles.en,
    titleLang: own ? locale : defaultLocale,
    href: event.urls[locale],
    moreArticles: event.articles.length - 1,
    documented: true,
  };
}

/** Each code of an SMTP status with the address of its page, or null when it has none. */
export function smtpLinks(
  status: string,
  knownCodes: ReadonlySet<string>,
  locale: Locale,
): { code: string; href: string | null }[] {
  return smtpStatusCodes(status).map((code) => ({
    code,
    href: knownCodes.has(code) ? paths.smtp(locale, code) : null,
  }));
}
