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
  'home.coverage': 'Events documented: {events} · articles: {articles} · event sources: {sources}',
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

  // Search 2: IDs shared by several sources, sister sources
  'search.sharedId':
    'Event ID {id} is logged by several sources: {sources}. Pick the one shown in your log.',
  'search.sharedIdLink': 'Compare them side by side',
  'search.loggedAs': 'also logged by {source}',

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
  // Log triage (issue 15): the /<locale>/triage/ page, its report and its exports.
  'nav.triage': 'Log triage',
  'home.triage': 'Triage an exported event log',
  'home.triageText':
    'Drop a whole Application log export of one or more servers: every transport event grouped, counted and linked to its article, read in your browser and never uploaded.',
  'triage.title': 'Log triage',
  'triage.intro':
    'Drop exported event logs or paste events. Every event is grouped by source and ID, counted and linked to its article, with the values it carried: connectors, remote hosts, SMTP statuses.',
  'triage.privacy':
    'Your log stays on this device. Your browser reads it here: nothing is uploaded, and the page sends no part of it anywhere.',
  'triage.formats':
    'Accepted: Event Viewer log files (.evtx) and its "Save All Events As" CSV, text and XML; wevtutil XML; PowerShell Get-WinEvent with Export-Csv or ConvertTo-Json; text copied from the details pane of Event Viewer. Column names and levels in English, German or Russian; UTF-8 or UTF-16.',
  'triage.command.title': 'Export the last 24 hours of a server',
  'triage.command.intro':
    'Run this in PowerShell on the Exchange server: it writes the Exchange events of the Application log from the last 24 hours to transport-events.csv in the current folder. To read another server, add -ComputerName with its name to Get-WinEvent.',
  'triage.command.label': 'PowerShell command',
  'triage.noscript':
    'Triage runs in your browser and needs JavaScript. The export command below works without it.',
  'triage.input.region': 'Logs to triage',
  'triage.input.drop': 'Drop exported logs here',
  'triage.input.choose': 'Choose files',
  'triage.input.hint': 'Several files at once are fine: each is recognised on its own.',
  'triage.input.paste': 'Or paste events',
  'triage.input.pasteHint': 'Details text, CSV, XML or JSON as exported.',
  'triage.input.pasteSubmit': 'Triage pasted text',
  'triage.input.pastedName': 'Pasted text',
  'triage.catalog.loading': 'Loading the list of documented events…',
  'triage.catalog.failed':
    'The list of documented events could not be loaded. Reload the page to try again.',
  'triage.worker.failed': 'Triage could not start in this browser. Reload the page to try again.',
  'triage.progress': 'Reading the logs',
  'triage.progress.status': '{read} of {total} read, {events} events so far',
  'triage.cancel': 'Cancel',
  'triage.cancelled': 'Cancelled. The report shows what was read until then.',
  'triage.files': 'Files',
  'triage.files.name': 'File',
  'triage.files.format': 'Format',
  'triage.files.events': 'Events',
  'triage.files.notes': 'Notes',
  'triage.format.evtx': 'Event log file (EVTX)',
  'triage.format.event-viewer-csv': 'Event Viewer CSV',
  'triage.format.event-viewer-txt': 'Event Viewer text (tab-delimited)',
  'triage.format.xml': 'Event XML (wevtutil, Event Viewer)',
  'triage.format.powershell-csv': 'PowerShell Export-Csv',
  'triage.format.powershell-json': 'PowerShell ConvertTo-Json',
  'triage.format.details-text': 'Event Viewer details text',
  'triage.format.unknown': 'Not recognised',
  'triage.note.not-a-log':
    'Not an exported event log. The accepted formats are listed below; export the log again in one of them.',
  'triage.note.empty': 'The file is empty.',
  'triage.note.unreadable': 'The file could not be read.',
  'triage.note.truncated':
    'The file ends in the middle of an event, so it looks cut short. The events before the cut are in the report.',
  'triage.note.malformed': {
    one: '{count} record could not be read as an event and was skipped.',
    other: '{count} records could not be read as events and were skipped.',
  },
  'triage.note.legacy-encoding':
    'Not saved as Unicode: read as {encoding}. If letters look wrong, export again with -Encoding UTF8.',
  'triage.note.undecodable-characters': 'Some characters are not valid UTF-8 and are shown as �.',
  'triage.note.checksum': {
    one: 'A checksum does not match: the file may be damaged. What could be read is in the report.',
    other:
      '{count} checksums do not match: the file may be damaged. What could be read is in the report.',
  },
  'triage.note.no-events': 'The file holds no events.',
  'triage.note.too-many-kinds': {
    one: '{count} event of further kinds was counted but not grouped (too many different events).',
    other:
      '{count} events of further kinds were counted but not grouped (too many different events).',
  },
  'triage.note.cancelled': 'Reading was cancelled.',
  'triage.report': 'Report',
  'triage.summary': '{events} in {groups} from {files}.',
  'triage.count.events': { one: '{count} event', other: '{count} events' },
  'triage.count.groups': { one: '{count} group', other: '{count} groups' },
  'triage.count.files': { one: '{count} file', other: '{count} files' },
  'triage.times':
    'Times as the export wrote them: text exports in the server’s local time; XML, JSON and EVTX in UTC.',
  'triage.filters': 'Filter the report',
  'triage.filter.level': 'Level',
  'triage.filter.source': 'Source',
  'triage.filter.server': 'Server',
  'triage.filter.all': 'All',
  'triage.filter.shown': 'Showing {shown} of {total} groups.',
  'triage.filter.none': 'No group matches these filters.',
  'triage.level.critical': 'Critical',
  'triage.level.verbose': 'Verbose',
  'triage.level.unknown': 'No level',
  'triage.download.markdown': 'Download Markdown',
  'triage.download.csv': 'Download CSV',
  'triage.copy.markdown': 'Copy as Markdown',
  'triage.copied': 'Copied',
  'triage.group.first': 'First seen',
  'triage.group.last': 'Last seen',
  'triage.group.servers': 'Servers',
  'triage.group.noServers': 'not recorded in this export',
  'triage.group.more': 'and {count} more',
  'triage.group.smtp': 'SMTP statuses',
  'triage.group.moreArticles': {
    one: 'One more article on the event page.',
    other: '{count} more articles on the event page.',
  },
  'triage.group.undocumented': 'Not documented yet.',
  'triage.group.search': 'Search the site for {event}',
  'triage.group.timeline': 'Timeline',
  'triage.group.sample': 'Description as logged',
  'triage.histogram': 'Events of {event} over time',
  'triage.histogram.desc':
    '{count} from {start} to {end}; at most {max} in one interval of {interval}.',
  'triage.col.level': 'Level',
  'triage.col.source': 'Source',
  'triage.col.eventId': 'Event ID',
  'triage.col.count': 'Count',
  'triage.col.article': 'Article',
  'triage.col.address': 'Address',
  'triage.col.values': 'Values',
  'triage.report.title': 'Event log triage',
  'triage.report.generated': 'Made on {date} from {files}.',
  'triage.english': 'EN',
  'triage.englishTitle': 'Not translated yet: shown in English',

  // Offline reading and updates (delivery)
  'offline.title': 'Reading offline',
  'offline.intro':
    'Every page you open is kept on this device, together with the search for its language, so you can open it and search again when the network is down.',
  'offline.allTitle': 'Keep the whole knowledge base offline',
  'offline.allIntro':
    'Downloads every page in English, its search and the monitoring links, to read during an outage without any network.',
  'offline.size': '{pages} pages, {size} on this device',
  'offline.sizeLoading': 'Working out the size…',
  'offline.download': 'Download ({size})',
  'offline.progress': '{done} of {total} files, {doneSize} of {size}',
  'offline.done': 'Everything in English is on this device: {pages} pages, {size}.',
  'offline.failed': 'The download stopped ({reason}). Try again when the server can be reached.',
  'offline.updateFirst': 'A new version is waiting: reload the page first, then download.',
  'offline.unsupported':
    'This browser cannot keep the site offline: it needs service workers and a secure address (https, or localhost).',
  'offline.noscript':
    'Reading offline needs JavaScript. Without it, pages are read from the server.',
  'offline.missing':
    'You are offline, and {path} has not been saved on this device. Pages you opened before can still be read.',
  'offline.updateReady': 'A new version of the knowledge base is ready.',
  'offline.reload': 'Reload',
  'footer.offline': 'Reading offline',
} as const;

/** A message that depends on `{count}`, chosen by the locale's plural rules (Intl.PluralRules). */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type MessageKey = keyof typeof en;
export type Dictionary = {
  [K in MessageKey]: (typeof en)[K] extends string ? string : PluralMessage;
};
export default en satisfies Dictionary;
