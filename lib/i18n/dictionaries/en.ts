/**
 * English UI strings: the reference dictionary. Every key here must exist; other locales may
 * lack keys (they then fall back to English, and `npm test` lists what is missing).
 * `{name}` marks a value filled in at run time.
 */
const en = {
  'site.name': 'Transport Events KB',
  'site.tagline': 'Microsoft Exchange transport event reference',
  'site.description':
    'What each Exchange transport event means and what to do about it: event IDs, message texts, symbolic names and steps to resolve.',
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

  'section.explanation': 'Explanation',
  'section.user-action': 'User action',
  'section.more-information': 'More information',

  'home.title': 'Exchange transport events',
  'home.intro':
    'Look up an event by its ID, browse by source, or search for words from the event description.',
  'home.sources': 'Event sources',
  'home.recent': 'Recently updated',
  'home.eventCount': { one: '{count} event', other: '{count} events' },

  'idbox.region': 'Look up an event by ID',
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

  'ids.title': 'Event ID {id}',
  'ids.intro': {
    one: 'One article documents event ID {id}.',
    other:
      '{count} articles document event ID {id}. Pick the one that matches your source and product version.',
  },

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
  'details.alsoLoggedBy': 'Also logged by',
  'details.localizedMessage': 'As logged by a server installed in {language}',
  'article.references': 'References',

  'level.error': 'Error',
  'level.warning': 'Warning',
  'level.information': 'Information',
  'kind.event': 'Event',
  'kind.alert': 'Management-pack alert',
  'kind.analyzer': 'Exchange Server Analyzer rule',

  'article.related': 'Related events',
  'article.updated': 'Updated {date}',
  'article.variants': {
    one: 'This event has one article',
    other: 'This event has {count} articles',
  },
  'article.variantsIntro':
    'Several articles document this event. Choose the one for your product version and kind:',
  'article.thisArticle': 'shown below',

  'fallback.missing': 'This article is not available in your language yet; it is shown in English.',
  'fallback.outdated': 'The English original has changed since this translation was made ({date}).',
  'fallback.readOriginal': 'Read the English original',
  'fallback.untranslatedSection': 'This section is not translated yet and is shown in English.',
  'fallback.showOriginal': 'Show English original',
  'fallback.showTranslation': 'Show translation',

  'notFound.title': 'Page not found',
  'notFound.intro':
    'There is no page at this address. The event may not be documented yet, or the link may be mistyped.',
  'notFound.tryId': 'Look up an event by its ID:',
  'notFound.links': 'Or start from one of these pages:',
  'notFound.resolving': 'Looking for the event…',

  'translations.title': 'Translation status',
  'translations.intro':
    'How many articles are translated into each language. Untranslated parts are always shown from the English original and marked as such.',
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

  'integrations.title': 'Linking from monitoring tools',
  'integrations.intro':
    'Every monitoring tool can store one URL per rule. Point it at this knowledge base and an alert opens the right article in the reader’s language. The addresses below are stable.',
  'integrations.addresses': 'Two stable address forms',
  'integrations.permalink':
    'Permalink of an event: the source in lower case with spaces as dashes, then the ID. It opens the article in the reader’s language.',
  'integrations.go':
    'Resolver for tools that fill in parameters: source and ID in any order and letter case, optionally lang, version (product version) and kind (event, alert, analyzer). Event Viewer’s own parameters (EvtSrc, EvtID, ProdVer, LCID …) work too.',
  'integrations.template': 'Template',
  'integrations.example': 'What the tool opens for MSExchangeTransport 2004:',
  'integrations.eventViewer':
    'Event Viewer’s “Event Log Online Help” link sends the event’s source, ID, product version and language to the address in the MicrosoftRedirectionURL registry value. Set it on the Exchange servers (or by Group Policy):',
  'integrations.scom':
    'In an Operations Manager rule or monitor for an Exchange event, add the link to the company knowledge or to the alert description. The event’s source and ID come from the alert parameters:',
  'integrations.zabbix':
    'In the Windows event-log template, define the source and ID as user macros and use them in the trigger’s URL field:',
  'integrations.nagios':
    'Give each event-log service custom variables for the source and ID and use them in notes_url:',
  'integrations.prometheus':
    'Add a runbook_url annotation to the alerting rule; Alertmanager passes it to every receiver:',
  'integrations.grafana':
    'In a Grafana alert rule, set the Runbook URL annotation. Add lang to fix the language for a team:',

  'search.label': 'Search the knowledge base',
  'search.placeholder': 'Search events, messages, codes…  ( / )',
  'search.submit': 'Search',
  'search.title': 'Search',
  'search.resultsFor': 'Results for “{query}”',
  'search.count': { one: '{count} result', other: '{count} results' },
  'search.allResults': 'Show all results',
  'search.loading': 'Loading the search index…',
  'search.loadFailed': 'The search index could not be loaded. Check your connection and try again.',
  'search.noResults': 'Nothing matches “{query}”.',
  'search.noResultsHelp':
    'Try fewer or different words, the event ID alone, or the symbolic name. You can also look an event up by its ID:',
  'search.suggestions': 'Or try one of these searches:',
  'search.empty':
    'Type words from the event, an event ID, a symbolic name, an SMTP status, or paste the whole event description.',
  'search.undocumented':
    'Event {query} is not documented in this knowledge base yet. The results below may still help.',
  'search.english': 'EN',
  'search.englishTitle': 'Not translated yet: shown in English',
  'search.exact': 'Exact match',
  'search.template': 'Matches the pasted description',
  'search.valuesCaption': 'Values in the pasted event',
  'search.placeholderCol': 'Placeholder',
  'search.valueCol': 'Value',
  'search.eventViewerPaste': 'Recognised an event copied from Event Viewer: {source} {id}.',
  'search.smtpCodes': 'SMTP codes in your query:',
  'search.smtpOption': 'SMTP code {code}: reference',
  'search.filters': 'Filter results',

  'search.popular':
    'certificate|back pressure|Send connector|poison message|Receive connector|drop directory',
  'smtp.title': 'SMTP reply and status codes',
  'smtp.intro':
    'What the codes in SMTP replies, non-delivery reports and transport events mean, whether the sender retries, and what to check in Exchange.',
  'smtp.replyCodes': 'Reply codes',
  'smtp.enhancedCodes': 'Enhanced status codes',
  'smtp.enhancedIntro':
    'An enhanced status code is class.subject.detail: the class says whether the failure is transient (4) or permanent (5), the subject what it is about.',
  'smtp.class.2': 'Success',
  'smtp.class.3': 'Intermediate: the server waits for more',
  'smtp.class.4': 'Transient failure: the sender keeps the message and retries',
  'smtp.class.5': 'Permanent failure: the message is returned to the sender',
  'smtp.subject.0': 'Other or undefined',
  'smtp.subject.1': 'Addressing',
  'smtp.subject.2': 'Mailbox',
  'smtp.subject.3': 'Mail system',
  'smtp.subject.4': 'Network and routing',
  'smtp.subject.5': 'Mail delivery protocol',
  'smtp.subject.6': 'Message content or media',
  'smtp.subject.7': 'Security or policy',
  'smtp.codeTitle': 'SMTP {code}',
  'smtp.registryName': 'Registry name',
  'smtp.reference': 'Defined in',
  'smtp.ndrText': 'Text in Exchange NDRs',
  'smtp.kind': 'Kind',
  'smtp.summary': 'What it means',
  'smtp.causes': 'Typical causes in Exchange',
  'smtp.checks': 'What to check',
  'smtp.events': 'Events where it appears',
  'smtp.otherClasses': 'Same detail, other classes',
  'smtp.noText': 'No explanation has been written for this code yet.',

  'pipeline.title': 'How a message travels through transport',
  'pipeline.desc':
    'Messages arrive through SMTP Receive or the Pickup and Replay directories, wait in the submission queue for the categorizer, are routed, and leave through SMTP Send, mailbox delivery or the Drop directory of a Foreign connector. The queue database holds them meanwhile; the resource manager applies back pressure. Each stage links to its events.',
  'pipeline.receive': 'SMTP Receive',
  'pipeline.pickup': 'Pickup / Replay',
  'pipeline.categorizer': 'Categorizer',
  'pipeline.routing': 'Routing',
  'pipeline.send': 'SMTP Send',
  'pipeline.delivery': 'Mailbox delivery',
  'pipeline.drop': 'Drop directory',
  'pipeline.queue': 'Queue database',
  'pipeline.resources': 'Resource manager',
  'pipeline.events': 'Events of this stage: {stage}',

  'root.redirecting': 'Taking you to the site in your language…',

  'footer.about':
    'Independent reference for Microsoft Exchange transport events. Not affiliated with Microsoft.',

  // Reading on a phone (issue 16): compact header, copy buttons, "On this page", filter bar.
  'header.menu': 'Menu',
  'header.openSearch': 'Search',
  'copy.command': 'Copy command',
  'copy.code': 'Copy code',
  'copy.failed': 'Could not copy: select the text instead',
  'toc.title': 'On this page',
  'events.filter.more': 'Filters',
  'pipeline.support': 'Used by every stage',
} as const;

/** A message that depends on `{count}`, chosen by the locale's plural rules (Intl.PluralRules). */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type MessageKey = keyof typeof en;
export type Dictionary = {
  [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage;
};
export default en satisfies Dictionary;
