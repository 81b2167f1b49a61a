/** Label bundles for client components, which cannot receive a translate function. */
import type { Locale } from './config';
import { getDictionary, translator } from './dictionary';

export function idBoxLabels(locale: Locale) {
  const t = translator(locale);
  return {
    region: t('idbox.region'),
    label: t('idbox.label'),
    placeholder: t('idbox.placeholder'),
    submit: t('idbox.submit'),
    invalid: t('idbox.invalid'),
    unknown: t('idbox.unknown'),
    searchInstead: t('idbox.searchInstead'),
  };
}

export function levelLabels(locale: Locale) {
  const t = translator(locale);
  return {
    error: t('level.error'),
    warning: t('level.warning'),
    information: t('level.information'),
    disagree: t('details.levelsDisagree'),
  };
}
export type LevelLabels = ReturnType<typeof levelLabels>;

/** A copy button's name, its confirmation and its failure notice. */
export function copyLabels(locale: Locale, what: 'text' | 'command' | 'code' = 'text') {
  const t = translator(locale);
  const names = { text: t('details.copy'), command: t('copy.command'), code: t('copy.code') };
  return { copy: names[what], done: t('details.copied'), failed: t('copy.failed') };
}
export type CopyLabels = ReturnType<typeof copyLabels>;

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
    more: t('events.filter.more'),
    shown: t('events.shown'),
    none: t('events.none'),
    levels: levelLabels(locale),
    kinds: { event: t('kind.event'), alert: t('kind.alert'), analyzer: t('kind.analyzer') },
    caption: t('events.title'),
    /** The marker of a title shown from the English original, and its explanation. */
    english: t('search.english'),
    englishTitle: t('search.englishTitle'),
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

export function searchLabels(locale: Locale) {
  const t = translator(locale);
  return {
    label: t('search.label'),
    placeholder: t('search.placeholder'),
    submit: t('search.submit'),
    allResults: t('search.allResults'),
    loading: t('search.loading'),
    loadFailed: t('search.loadFailed'),
    /** Contains `{query}`. */
    noResults: t('search.noResults'),
    english: t('search.english'),
    englishTitle: t('search.englishTitle'),
    /** Contains `{code}`. */
    smtpOption: t('search.smtpOption'),
    /** Contains `{id}` and `{sources}`. */
    sharedId: t('search.sharedId'),
    /** Contains `{source}`. */
    loggedAs: t('search.loggedAs'),
  };
}
export type SearchLabels = ReturnType<typeof searchLabels>;

export function searchPageLabels(locale: Locale) {
  const t = translator(locale);
  return {
    ...searchLabels(locale),
    title: t('search.title'),
    resultsFor: t('search.resultsFor'),
    /** Plural forms with `{count}`; pick one with `pluralForm`. */
    count: getDictionary(locale)['search.count'],
    noResultsHelp: t('search.noResultsHelp'),
    suggestions: t('search.suggestions'),
    popular: t('search.popular').split('|'),
    empty: t('search.empty'),
    undocumented: t('search.undocumented'),
    exact: t('search.exact'),
    template: t('search.template'),
    valuesCaption: t('search.valuesCaption'),
    placeholderCol: t('search.placeholderCol'),
    valueCol: t('search.valueCol'),
    eventViewerPaste: t('search.eventViewerPaste'),
    smtpCodes: t('search.smtpCodes'),
    filters: t('search.filters'),
    sharedIdLink: t('search.sharedIdLink'),
    table: eventTableLabels(locale),
    idBox: idBoxLabels(locale),
  };
}
export type SearchPageLabels = ReturnType<typeof searchPageLabels>;

// Offline reading and updates (delivery)
export function offlineLabels(locale: Locale) {
  const t = translator(locale);
  const raw = getDictionary(locale);
  return {
    /** With `{pages}` and `{size}`. */
    size: raw['offline.size'],
    sizeLoading: t('offline.sizeLoading'),
    /** With `{size}`. */
    download: raw['offline.download'],
    /** With `{done}`, `{total}`, `{doneSize}` and `{size}`. */
    progress: raw['offline.progress'],
    /** With `{pages}` and `{size}`. */
    done: raw['offline.done'],
    /** With `{reason}`. */
    failed: raw['offline.failed'],
    progressLabel: t('offline.allTitle'),
    noscript: t('offline.noscript'),
    updateFirst: t('offline.updateFirst'),
    unsupported: t('offline.unsupported'),
  };
}
export type OfflineLabels = ReturnType<typeof offlineLabels>;

export function updateLabels(locale: Locale) {
  const t = translator(locale);
  return { updateReady: t('offline.updateReady'), reload: t('offline.reload') };
}
