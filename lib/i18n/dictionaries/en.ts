/**
 * English UI strings: the reference dictionary. Every key here must exist; other locales may
 * lack keys (they then fall back to English, and `npm test` lists what is missing).
 * `{name}` marks a value filled in at run time.
 */
const en = {
  'site.name': 'Transport Events KB',
  'site.tagline': 'Microsoft Exchange transport event reference',
  'site.description': 'What each Exchange transport event means and what to do about it: event IDs, message texts, symbolic names and steps to resolve.',
  'nav.skip': 'Skip to content',
  'nav.home': 'Home',
  'nav.events': 'All events',
  'nav.search': 'Search',
  'nav.smtp': 'SMTP codes',
  'nav.translations': 'Translations',
  'nav.integrations': 'Monitoring links',
  'nav.primary': 'Main navigation',
  'nav.breadcrumbs': 'Breadcrumbs',
  'lang.label': 'Language',
  'lang.switchTo': 'Read this page in {language}',

  'section.explanation': 'Explanation',
  'section.user-action': 'User action',
  'section.more-information': 'More information',

  'home.title': 'Exchange transport events',
  'home.intro': 'Look up an event by its ID, browse by source, or search for words from the event description.',
  'home.sources': 'Event sources',
  'home.recent': 'Recently updated',
  'home.eventCount': { one: '{count} event', other: '{count} events' },

  'idbox.label': 'Go to event ID',
  'idbox.placeholder': 'e.g. 2004',
  'idbox.submit': 'Go',
  'idbox.invalid': 'An event ID is a number from 0 to 65535.',
  'idbox.unknown': 'Event {id} is not documented yet.',
  'idbox.searchInstead': 'Search for it',

  'events.title': 'All events',
  'events.intro': 'Every documented event. Filter the table or sort it by any column.',
  'events.sourceTitle': 'Events of {source}',
  'events.filter.source': 'Source',
  'events.filter.category': 'Category',
  'events.filter.level': 'Level',
  'events.filter.version': 'Product version',
  'events.filter.text': 'Filter',
  'events.filter.any': 'Any',
  'events.filter.reset': 'Reset filters',
  'events.shown': 'Showing {shown} of {total} events',
  'events.none': 'No event matches these filters.',
  'events.col.id': 'Event ID',
  'events.col.source': 'Source',
  'events.col.category': 'Category',
  'events.col.level': 'Level',
  'events.col.symbolicName': 'Symbolic name',
  'events.col.title': 'Summary',
  'events.col.versions': 'Versions',
  'events.sortBy': 'Sort by {column}',

  'ids.title': 'Event ID {id}',
  'ids.intro': { one: 'One article documents event ID {id}.', other: '{count} articles document event ID {id}. Pick the one that matches your source and product version.' },
  'ids.none': 'No article documents event ID {id} yet.',

  'details.title': 'Details',
  'details.productName': 'Product Name',
  'details.productVersion': 'Product Version',
  'details.eventId': 'Event ID',
  'details.eventSource': 'Event Source',
  'details.category': 'Category',
  'details.symbolicName': 'Symbolic Name',
  'details.messageText': 'Message Text',
  'details.messageExample': 'Example as logged',
  'details.level': 'Level',
  'details.alertType': 'Alert Type',
  'details.rulePath': 'Rule Path',
  'details.ruleName': 'Rule Name',
  'details.analyzerRule': 'Analyzer Rule',
  'details.unconfirmed': 'unconfirmed',
  'details.unconfirmedNote': 'Not confirmed by the published sources.',
  'details.levelsDisagree': 'sources disagree',
  'details.copy': 'Copy',
  'details.copied': 'Copied',

  'level.error': 'Error',
  'level.warning': 'Warning',
  'level.information': 'Information',
  'kind.event': 'Event',
  'kind.alert': 'Management-pack alert',
  'kind.analyzer': 'Exchange Server Analyzer rule',

  'article.related': 'Related events',
  'article.updated': 'Updated {date}',
  'article.variants': { one: 'This event has one article', other: 'This event has {count} articles' },
  'article.variantsIntro': 'Several articles document this event. Choose the one for your product version and kind:',
  'article.thisArticle': 'shown below',
  'article.permalink': 'Permanent address of this article',
  'article.allForEvent': 'All articles for this event',

  'fallback.missing': 'This article is not available in your language yet; it is shown in English.',
  'fallback.outdated': 'The English original has changed since this translation was made ({date}).',
  'fallback.readOriginal': 'Read the English original',
  'fallback.untranslatedSection': 'This section is not translated yet and is shown in English.',
  'fallback.showOriginal': 'Show English original',
  'fallback.showTranslation': 'Show translation',

  'notFound.title': 'Page not found',
  'notFound.intro': 'There is no page at this address. The event may not be documented yet, or the link may be mistyped.',
  'notFound.tryId': 'Look up an event by its ID:',
  'notFound.links': 'Or start from one of these pages:',
  'notFound.resolving': 'Looking for the event…',

  'translations.title': 'Translation status',
  'translations.intro': 'How many articles are translated into each language. Untranslated parts are always shown from the English original and marked as such.',
  'translations.summary': 'Articles per language and status',
  'translations.list': 'Every article',
  'translations.col.locale': 'Language',
  'translations.col.article': 'Article',
  'translations.col.total': 'Articles',
  'status.original': 'original',
  'status.translated': 'translated',
  'status.partial': 'partly translated',
  'status.outdated': 'outdated',
  'status.missing': 'not translated',

  'root.title': 'Choose your language',
  'root.redirecting': 'Taking you to the site in your language…',

  'footer.about': 'Independent reference for Microsoft Exchange transport events. Not affiliated with Microsoft.',
} as const;

/** A message that depends on `{count}`, chosen by the locale's plural rules (Intl.PluralRules). */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type MessageKey = keyof typeof en;
export type Dictionary = { [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage };
export default en satisfies Dictionary;
