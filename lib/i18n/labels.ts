/** Label bundles for client components, which cannot receive a translate function. */
import type { Locale } from './config';
import { translator } from './dictionary';

export function idBoxLabels(locale: Locale) {
  const t = translator(locale);
  return {
    label: t('idbox.label'),
    placeholder: t('idbox.placeholder'),
    submit: t('idbox.submit'),
    invalid: t('idbox.invalid'),
    unknown: t('idbox.unknown'),
    searchInstead: t('idbox.searchInstead'),
  };
}

export function eventTableLabels(locale: Locale) {
  const t = translator(locale);
  return {
    columns: {
      id: t('events.col.id'),
      source: t('events.col.source'),
      category: t('events.col.category'),
      level: t('events.col.level'),
      symbolicName: t('events.col.symbolicName'),
      title: t('events.col.title'),
      versions: t('events.col.versions'),
    },
    source: t('events.filter.source'),
    category: t('events.filter.category'),
    level: t('events.filter.level'),
    version: t('events.filter.version'),
    text: t('events.filter.text'),
    any: t('events.filter.any'),
    reset: t('events.filter.reset'),
    shown: t('events.shown'),
    none: t('events.none'),
    levels: { error: t('level.error'), warning: t('level.warning'), information: t('level.information') },
    kinds: { event: t('kind.event'), alert: t('kind.alert'), analyzer: t('kind.analyzer') },
    caption: t('events.title'),
  };
}

export function notFoundLabels(locale: Locale) {
  const t = translator(locale);
  return {
    siteName: t('site.name'),
    title: t('notFound.title'),
    intro: t('notFound.intro'),
    tryId: t('notFound.tryId'),
    links: t('notFound.links'),
    resolving: t('notFound.resolving'),
    home: t('nav.home'),
    events: t('nav.events'),
    search: t('nav.search'),
    idBox: idBoxLabels(locale),
  };
}
export type NotFoundLabels = ReturnType<typeof notFoundLabels>;
