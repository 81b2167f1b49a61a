/**
 * The labelled query set of `npm run bench`: what administrators paste or type, in the forms they
 * meet them (Event Viewer copies in its own layout and language, Get-Queue LastError lines, NDR
 * text, alert console titles, questions), with the event a good search puts first. Kept apart from
 * the unit tests that drive ranking (lib/search/*.test.ts use their own fixture corpus): this set
 * measures, it is never tuned against.
 */
import type { Locale } from '../lib/i18n/config';

export const queryClasses = [
  'id-form',
  'sister-source',
  'event-paste',
  'localized-text',
  'smtp-status',
  'phrase',
  'alert-title',
  'shared-id',
  'question',
  'symbolic-name',
  'typo',
] as const;
export type QueryClass = (typeof queryClasses)[number];

export interface LabelledQuery {
  locale: Locale;
  class: QueryClass;
  query: string;
  /** Event keys (`msexchangetransport/2004`) or article ids (`…/8004/exchange-2007-alert`). */
  expected: string[];
}

/** True when a hit's article id is expected, itself or through its event. */
export function isExpected(query: Pick<LabelledQuery, 'expected'>, articleId: string): boolean {
  const eventKey = articleId.split('/').slice(0, 2).join('/');
  return query.expected.includes(articleId) || query.expected.includes(eventKey);
}

const t = (id: number) => `msexchangetransport/${id}`;
const backPressure = [t(15001), t(15002), t(15004), t(15006), t(15007)];

/** Event Viewer's "Copy details as text", in the labels of its language. */
function eventViewer(
  language: 'en' | 'de' | 'ru',
  fields: { source: string; id: number; category: string; level: string; description: string },
): string {
  const labels = {
    en: [
      'Log Name:',
      'Source:',
      'Date:',
      'Event ID:',
      'Task Category:',
      'Level:',
      'Keywords:',
      'User:',
      'Computer:',
      'Description:',
    ],
    de: [
      'Protokollname:',
      'Quelle:',
      'Datum:',
      'Ereignis-ID:',
      'Aufgabenkategorie:',
      'Ebene:',
      'Schlüsselwörter:',
      'Benutzer:',
      'Computer:',
      'Beschreibung:',
    ],
    ru: [
      'Имя журнала:',
      'Источник:',
      'Дата:',
      'Код события:',
      'Категория задачи:',
      'Уровень:',
      'Ключевые слова:',
      'Пользователь:',
      'Компьютер:',
      'Описание:',
    ],
  }[language];
  const values = {
    en: ['Application', '11/3/2026 2:17:44 AM', 'Classic', 'N/A', 'EX01.contoso.com'],
    de: [
      'Application',
      '03.11.2026 02:17:44',
      'Klassisch',
      'Nicht zutreffend',
      'EX01.contoso.local',
    ],
    ru: ['Application', '03.11.2026 2:17:44', 'Классический', 'Н/Д', 'EX01.contoso.ru'],
  }[language];
  const pad = (label: string) => label.padEnd(15);
  return [
    `${pad(labels[0]!)}${values[0]}`,
    `${pad(labels[1]!)}${fields.source}`,
    `${pad(labels[2]!)}${values[1]}`,
    `${pad(labels[3]!)}${fields.id}`,
    `${pad(labels[4]!)}${fields.category}`,
    `${pad(labels[5]!)}${fields.level}`,
    `${pad(labels[6]!)}${values[2]}`,
    `${pad(labels[7]!)}${values[3]}`,
    `${pad(labels[8]!)}${values[4]}`,
    labels[9]!,
    fields.description,
  ].join('\n');
}

const tls12016 =
  'There is no valid SMTP Transport Layer Security (TLS) certificate for the FQDN of mail.contoso.com. The existing certificate for that FQDN has expired. The continued use of that FQDN will cause mail flow problems. A new certificate that contains the FQDN of mail.contoso.com should be installed on this server as soon as possible. You can create a new certificate by using the New-ExchangeCertificate task.';
const relay2004 =
  'Send connector Internet Outbound: Message delivery was not successful. The message with message ID <CAF3a8Z1@contoso.com> was acknowledged with SMTP response 550 5.7.1 Unable to relay.';
const limit1009 =
  'Receive connector Default Frontend EX01 rejected an incoming connection. The maximum number of connections (5000) for this connector has been reached.';
const auth1035 =
  'Inbound authentication failed with error LogonDenied for Receive connector Client Frontend EX01. The authentication mechanism is Login. The source IP address of the client who tried to authenticate to Microsoft Exchange is [203.0.113.17].';
const pressure15004 = [
  'The resource pressure increased from Normal to High.',
  '',
  'The following resources are under pressure:',
  'Used disk space ("D:\\Exchange\\TransportRoles\\data\\Queue") = 99% [High] [Normal=95% Medium=97% High=99%]',
  '',
  'The following components are disabled due to back pressure:',
  'Inbound mail submission from Hub Transport servers',
  'Inbound mail submission from the Internet',
].join('\n');

export const labelledQueries: LabelledQuery[] = [
  // English
  { locale: 'en', class: 'id-form', query: 'event id 15004', expected: [t(15004)] },
  { locale: 'en', class: 'id-form', query: 'EventID=12016', expected: [t(12016)] },
  { locale: 'en', class: 'id-form', query: 'Event ID: 2,004', expected: [t(2004)] },
  {
    locale: 'en',
    class: 'id-form',
    query: 'what does exchange event 17003 mean',
    expected: [t(17003)],
  },
  {
    locale: 'en',
    class: 'id-form',
    query: 'MSExchangeTransport 10001 poison',
    expected: [t(10001)],
  },
  {
    locale: 'en',
    class: 'id-form',
    query: 'EventCode=2017 SourceName=MSExchangeTransport',
    expected: [t(2017)],
  },
  {
    locale: 'en',
    class: 'id-form',
    query: 'Exchange 2019 event 15 006 queue disk',
    expected: [t(15006)],
  },
  {
    locale: 'en',
    class: 'sister-source',
    query: 'MSExchangeFrontEndTransport 1035',
    expected: [t(1035)],
  },
  {
    locale: 'en',
    class: 'event-paste',
    query: eventViewer('en', {
      source: 'MSExchangeTransport',
      id: 12016,
      category: 'TransportService',
      level: 'Error',
      description: tls12016,
    }),
    expected: [t(12016)],
  },
  {
    locale: 'en',
    class: 'event-paste',
    query: eventViewer('en', {
      source: 'MSExchangeTransport',
      id: 2004,
      category: 'SmtpSend',
      level: 'Information',
      description: relay2004,
    }),
    expected: [t(2004)],
  },
  {
    locale: 'en',
    class: 'event-paste',
    query: eventViewer('en', {
      source: 'MSExchangeFrontEndTransport',
      id: 1035,
      category: 'SmtpReceive',
      level: 'Warning',
      description: auth1035,
    }),
    expected: [t(1035)],
  },
  {
    locale: 'en',
    class: 'event-paste',
    query:
      'Event Type:\tWarning\nEvent Source:\tMSExchangeTransport\nEvent Category:\tSmtpSend \nEvent ID:\t2002\nDate:\t\t3/14/2009\nTime:\t\t4:05:11 PM\nUser:\t\tN/A\nComputer:\tHUB01\nDescription:\nSend connector Internet: an error occurred while connecting to 192.0.2.25.',
    expected: [t(2002)],
  },
  { locale: 'en', class: 'event-paste', query: limit1009, expected: [t(1009)] },
  {
    locale: 'en',
    class: 'event-paste',
    query:
      '42 messages have reached or exceeded the configured poison threshold of 2. After the Microsoft Exchange Transport service restarted, these messages were moved to the poison message queue.',
    expected: [t(10001)],
  },
  {
    locale: 'en',
    class: 'event-paste',
    query:
      'TransportMailItem: A database operation has encountered an I/O error. The Microsoft Exchange Transport service is shutting down. Exception details: Microsoft.Exchange.Data.Transport.Storage.IOException: MapiExceptionIOError',
    expected: [t(17019)],
  },
  { locale: 'en', class: 'event-paste', query: pressure15004, expected: [t(15004)] },
  {
    locale: 'en',
    class: 'smtp-status',
    query:
      '451 4.4.0 Primary target IP address responded with: "454 4.7.0 Temporary authentication failure." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.',
    expected: [t(1035), t(2017)],
  },
  {
    locale: 'en',
    class: 'smtp-status',
    query:
      'LastError: 451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry',
    expected: [t(2000)],
  },
  {
    locale: 'en',
    class: 'smtp-status',
    query: '452 4.3.1 Insufficient system resources',
    expected: backPressure,
  },
  {
    locale: 'en',
    class: 'smtp-status',
    query: 'Remote Server returned 554 5.4.6 Hop count exceeded - possible mail loop',
    expected: [t(717), t(9026)],
  },
  {
    locale: 'en',
    class: 'smtp-status',
    query: '535 5.7.3 Authentication unsuccessful',
    expected: [t(1035), t(1012)],
  },
  {
    locale: 'en',
    class: 'phrase',
    query: 'The maximum number of connections for this connector has been reached',
    expected: [t(1009)],
  },
  {
    locale: 'en',
    class: 'phrase',
    query: 'could not be opened because it does not belong with the current set of log files',
    expected: [t(17015)],
  },
  {
    locale: 'en',
    class: 'phrase',
    query: 'Read-only files have been found in the directory',
    expected: [t(9003)],
  },
  {
    locale: 'en',
    class: 'phrase',
    query:
      'Messages to this recipient will be deferred until the configuration is corrected in Active Directory',
    expected: [t(9217)],
  },
  {
    locale: 'en',
    class: 'phrase',
    query: 'could not discover any route to connector',
    expected: [t(5016)],
  },
  {
    locale: 'en',
    class: 'alert-title',
    query: 'A Send connector error occurred while connecting to the specified server.',
    expected: [t(2002)],
  },
  {
    locale: 'en',
    class: 'alert-title',
    query:
      'SMTP authentication errors from this remote site have exceeded the maximum allowed. Exchange is disconnecting from the site.',
    expected: [t(1012)],
  },
  {
    locale: 'en',
    class: 'alert-title',
    query:
      'The attempt to bind to the SourceIPAddress configured on the Send connector failed. The SourceIPAddress should be checked for correctness.',
    expected: [t(2014)],
  },
  {
    locale: 'en',
    class: 'alert-title',
    query:
      'The Transport database log file path is invalid. The Microsoft Exchange Transport service is shutting down.',
    expected: [t(17006)],
  },
  {
    locale: 'en',
    class: 'shared-id',
    query: '1018',
    expected: [t(1018), 'msexchange-store-driver/1018'],
  },
  {
    locale: 'en',
    class: 'shared-id',
    query: '12014',
    expected: [t(12014), 'msexchangefrontendtransport/12014'],
  },
  {
    locale: 'en',
    class: 'shared-id',
    query: '1004',
    expected: [
      'msexchange-edgesync/1004',
      'msexchange-store-driver/1004',
      'msexchangemailsubmission/1004',
    ],
  },
  {
    locale: 'en',
    class: 'question',
    query: 'exchange mail stuck in queue insufficient system resources disk space',
    expected: [t(15006), t(15004)],
  },
  {
    locale: 'en',
    class: 'question',
    query: 'smtp certificate expired exchange STARTTLS',
    expected: [t(12016)],
  },
  {
    locale: 'en',
    class: 'question',
    query: 'transport service crashed messages moved to poison queue',
    expected: [t(10001)],
  },
  {
    locale: 'en',
    class: 'question',
    query: 'send connector requires TLS but remote server does not offer it',
    expected: [t(2015)],
  },
  {
    locale: 'en',
    class: 'question',
    query: 'transport agents failed to start and the transport service stopped',
    expected: [t(16023)],
  },
  {
    locale: 'en',
    class: 'question',
    query: 'how do I fix foreign connector drop directory access denied',
    expected: [t(8009)],
  },
  {
    locale: 'en',
    class: 'question',
    query: 'why is the internal transport certificate expired between exchange servers',
    expected: [t(12015)],
  },
  { locale: 'en', class: 'symbolic-name', query: 'SmtpSendAckMessage', expected: [t(2004)] },
  { locale: 'en', class: 'symbolic-name', query: 'JetIOError', expected: [t(17019)] },
  { locale: 'en', class: 'symbolic-name', query: 'RoutingNoRouteToConnector', expected: [t(5016)] },
  { locale: 'en', class: 'typo', query: 'certifcate expird STARTTLS', expected: [t(12016)] },
  {
    locale: 'en',
    class: 'typo',
    query: 'recieve connector maximum conections',
    expected: [t(1009)],
  },
  { locale: 'en', class: 'typo', query: 'posion message queue', expected: [t(10001)] },
  {
    locale: 'en',
    class: 'localized-text',
    query:
      'Fehler bei der Quarantäne von Nachrichten, weil das Spamquarantänepostfach ungültig ist. Konfigurieren Sie das Quarantänepostfach.',
    expected: ['msexchange-antispam/302'],
  },

  // German
  { locale: 'de', class: 'id-form', query: 'Ereignis-ID 15004', expected: [t(15004)] },
  { locale: 'de', class: 'id-form', query: 'Ereignis-ID: 2.004', expected: [t(2004)] },
  { locale: 'de', class: 'id-form', query: 'Was bedeutet Ereignis 17019?', expected: [t(17019)] },
  {
    locale: 'de',
    class: 'id-form',
    query: 'Fehler 12016 im Anwendungsprotokoll',
    expected: [t(12016)],
  },
  {
    locale: 'de',
    class: 'id-form',
    query: 'MSExchangeTransport Ereignis 1009 Exchange 2016',
    expected: [t(1009)],
  },
  { locale: 'de', class: 'id-form', query: 'Ereignis 15 006 Warteschlange', expected: [t(15006)] },
  {
    locale: 'de',
    class: 'sister-source',
    query: eventViewer('de', {
      source: 'MSExchangeFrontEndTransport',
      id: 1035,
      category: 'SmtpReceive',
      level: 'Warnung',
      description: auth1035,
    }),
    expected: [t(1035)],
  },
  {
    locale: 'de',
    class: 'event-paste',
    query: eventViewer('de', {
      source: 'MSExchangeTransport',
      id: 12016,
      category: 'TransportService',
      level: 'Fehler',
      description: tls12016,
    }),
    expected: [t(12016)],
  },
  {
    locale: 'de',
    class: 'event-paste',
    query: eventViewer('de', {
      source: 'MSExchangeTransport',
      id: 2004,
      category: 'SmtpSend',
      level: 'Informationen',
      description: relay2004,
    }),
    expected: [t(2004)],
  },
  {
    locale: 'de',
    class: 'event-paste',
    query: eventViewer('de', {
      source: 'MSExchangeTransport',
      id: 15004,
      category: 'ResourceManager',
      level: 'Warnung',
      description: pressure15004,
    }),
    expected: [t(15004)],
  },
  {
    locale: 'de',
    class: 'event-paste',
    query:
      'Receive connector Default Frontend EX02: Authentication failures have exceeded the maximum of 3 for the connection from 198.51.100.23. Disconnecting.',
    expected: [t(1012)],
  },
  {
    locale: 'de',
    class: 'localized-text',
    query: eventViewer('de', {
      source: 'MSExchange Antispam',
      id: 301,
      category: 'General',
      level: 'Fehler',
      description:
        'Fehler beim Initialisieren des Inhaltsfilter-Agents: Das System kann die angegebene Datei nicht finden.',
    }),
    expected: ['msexchange-antispam/301'],
  },
  {
    locale: 'de',
    class: 'localized-text',
    query:
      'Fehler bei der Quarantäne von Nachrichten, weil das Spamquarantänepostfach ungültig ist. Konfigurieren Sie das Quarantänepostfach.',
    expected: ['msexchange-antispam/302'],
  },
  {
    locale: 'de',
    class: 'localized-text',
    query:
      "Fehler von Agent 'Transport Rule Agent' beim Erstellen einer Agent-Instanz mit Fehler 'Der Typeninitialisierer für \"Microsoft.Exchange.MessagingPolicies.Rules.RuleAgent\" hat eine Ausnahme verursacht.'.",
    expected: ['msexchange-extensibility/1053'],
  },
  {
    locale: 'de',
    class: 'smtp-status',
    query:
      '451 4.4.0 Primary target IP address responded with: "454 4.7.0 Temporary authentication failure." Attempted failover to alternate host, but that did not succeed.',
    expected: [t(1035), t(2017)],
  },
  {
    locale: 'de',
    class: 'smtp-status',
    query: 'LastError : 452 4.3.1 Insufficient system resources',
    expected: backPressure,
  },
  {
    locale: 'de',
    class: 'smtp-status',
    query: 'Warteschlange LastError 451 4.4.0 DNS query failed',
    expected: [t(2000)],
  },
  {
    locale: 'de',
    class: 'smtp-status',
    query: 'Unzustellbarkeitsbericht 554 5.4.6 Hop count exceeded - possible mail loop',
    expected: [t(717), t(9026)],
  },
  {
    locale: 'de',
    class: 'phrase',
    query: 'The existing certificate for that FQDN has expired',
    expected: [t(12016)],
  },
  {
    locale: 'de',
    class: 'phrase',
    query: 'Authentication failures have exceeded the maximum',
    expected: [t(1012)],
  },
  {
    locale: 'de',
    class: 'phrase',
    query: 'Ablageverzeichnis eines Fremdconnectors ist auf dem Transportserver nicht vorhanden',
    expected: [t(8008)],
  },
  {
    locale: 'de',
    class: 'alert-title',
    query:
      'A non-SMTP gateway connection failure occurred on the specified connector. An I/O exception occurred when writing to the Drop directory.',
    expected: [t(8004)],
  },
  {
    locale: 'de',
    class: 'alert-title',
    query:
      'The categorizer configuration cannot be refreshed because the new configuration is invalid.',
    expected: [t(9206)],
  },
  {
    locale: 'de',
    class: 'alert-title',
    query:
      'Processing the MSExchangeTransport Pickup file caused the Transport process to fail. The file will be deleted.',
    expected: [t(10004)],
  },
  {
    locale: 'de',
    class: 'shared-id',
    query: '1010',
    expected: [t(1010), 'msexchangemailsubmission/1010'],
  },
  {
    locale: 'de',
    class: 'shared-id',
    query: '1035',
    expected: [t(1035), 'msexchange-edgesync/1035'],
  },
  {
    locale: 'de',
    class: 'question',
    query: 'Festplattenplatz geht zur Neige, Exchange lehnt Mails ab',
    expected: [t(15006)],
  },
  {
    locale: 'de',
    class: 'question',
    query: 'Exchange nimmt keine Mails mehr an Rückstau',
    expected: backPressure,
  },
  {
    locale: 'de',
    class: 'question',
    query: 'STARTTLS-Zertifikat abgelaufen',
    expected: [t(12016)],
  },
  {
    locale: 'de',
    class: 'question',
    query: 'Sendeconnector kann keine Verbindung zum Remoteserver herstellen',
    expected: [t(2002)],
  },
  {
    locale: 'de',
    class: 'question',
    query: 'Warteschlangendatenbank beschädigt, Transportdienst wird beendet',
    expected: [t(17003)],
  },
  {
    locale: 'de',
    class: 'question',
    query: 'zu viele fehlgeschlagene SMTP-Anmeldungen, Verbindung getrennt',
    expected: [t(1012)],
  },
  {
    locale: 'de',
    class: 'question',
    query: 'Transportdienst startet nicht wegen Transport-Agents',
    expected: [t(16023)],
  },
  {
    locale: 'de',
    class: 'question',
    query: 'Transportprozess belegt zu viel Arbeitsspeicher, Nachrichten werden abgelehnt',
    expected: [t(15007)],
  },
  {
    locale: 'de',
    class: 'question',
    query: 'Empfangsconnector maximale Anzahl Verbindungen erreicht',
    expected: [t(1009)],
  },
  { locale: 'de', class: 'question', query: 'DNS-Fehler beim Sendeconnector', expected: [t(2000)] },
  {
    locale: 'de',
    class: 'symbolic-name',
    query: 'SmtpReceiveAuthenticationFailed',
    expected: [t(1035)],
  },
  { locale: 'de', class: 'symbolic-name', query: 'JetCorruptionError', expected: [t(17003)] },
  { locale: 'de', class: 'typo', query: 'Zertifkat abgelaufen STARTTLS', expected: [t(12016)] },
  { locale: 'de', class: 'typo', query: 'Warteschlagendatenbank beschädigt', expected: [t(17003)] },

  // Russian
  { locale: 'ru', class: 'id-form', query: 'Код события 15004', expected: [t(15004)] },
  { locale: 'ru', class: 'id-form', query: 'код события: 12 016', expected: [t(12016)] },
  {
    locale: 'ru',
    class: 'id-form',
    query: 'что означает событие 17003 в Exchange',
    expected: [t(17003)],
  },
  { locale: 'ru', class: 'id-form', query: 'ошибка 2002 MSExchangeTransport', expected: [t(2002)] },
  { locale: 'ru', class: 'id-form', query: 'Event ID 10001 транспорт', expected: [t(10001)] },
  {
    locale: 'ru',
    class: 'sister-source',
    query: 'MSExchangeFrontEndTransport 1035',
    expected: [t(1035)],
  },
  {
    locale: 'ru',
    class: 'event-paste',
    query: eventViewer('ru', {
      source: 'MSExchangeTransport',
      id: 12016,
      category: 'TransportService',
      level: 'Ошибка',
      description: tls12016,
    }),
    expected: [t(12016)],
  },
  {
    locale: 'ru',
    class: 'event-paste',
    query: eventViewer('ru', {
      source: 'MSExchangeFrontEndTransport',
      id: 1009,
      category: 'SmtpReceive',
      level: 'Предупреждение',
      description: limit1009,
    }),
    expected: [t(1009)],
  },
  {
    locale: 'ru',
    class: 'event-paste',
    query: eventViewer('ru', {
      source: 'MSExchangeTransport',
      id: 15004,
      category: 'ResourceManager',
      level: 'Предупреждение',
      description: pressure15004,
    }),
    expected: [t(15004)],
  },
  {
    locale: 'ru',
    class: 'event-paste',
    query:
      'Send connector Internet: A DNS failure occurred with the following diagnostic information ErrorRetry.',
    expected: [t(2000)],
  },
  {
    locale: 'ru',
    class: 'smtp-status',
    query:
      '451 4.4.0 Primary target IP address responded with: "454 4.7.0 Temporary authentication failure."',
    expected: [t(1035), t(2017)],
  },
  {
    locale: 'ru',
    class: 'smtp-status',
    query: 'письма висят в очереди: 452 4.3.1 Insufficient system resources',
    expected: backPressure,
  },
  {
    locale: 'ru',
    class: 'smtp-status',
    query: '535 5.7.3 Authentication unsuccessful',
    expected: [t(1035), t(1012)],
  },
  {
    locale: 'ru',
    class: 'phrase',
    query:
      'The database may be fragmented and manual offline defragmentation using ESEUTIL may be required',
    expected: [t(17016)],
  },
  {
    locale: 'ru',
    class: 'phrase',
    query: 'rejected an incoming connection. The maximum number of connections',
    expected: [t(1009)],
  },
  {
    locale: 'ru',
    class: 'phrase',
    query: 'More than one Active Directory object is configured with the recipient address',
    expected: [t(9217)],
  },
  {
    locale: 'ru',
    class: 'alert-title',
    query:
      'A message was rejected by the remote server. This message will be deferred and retried because it was marked for retry if rejected.',
    expected: [t(8010)],
  },
  {
    locale: 'ru',
    class: 'alert-title',
    query:
      "The topology doesn't contain a route to the server in the Active Directory site in the routing tables.",
    expected: [t(5008)],
  },
  {
    locale: 'ru',
    class: 'alert-title',
    query:
      'The account provided valid credentials; however, it is not authorized to use the server to submit mail to SMTP, so the authentication has failed.',
    expected: [t(1020)],
  },
  {
    locale: 'ru',
    class: 'shared-id',
    query: '1020',
    expected: [t(1020), 'msexchange-store-driver/1020'],
  },
  {
    locale: 'ru',
    class: 'shared-id',
    query: '1024',
    expected: [t(1024), 'msexchange-edgesync/1024'],
  },
  {
    locale: 'ru',
    class: 'question',
    query: 'не хватает места на диске, Exchange отклоняет почту',
    expected: [t(15006)],
  },
  { locale: 'ru', class: 'question', query: 'истёк сертификат STARTTLS', expected: [t(12016)] },
  {
    locale: 'ru',
    class: 'question',
    query: 'соединитель отправки не может подключиться к удалённому серверу',
    expected: [t(2002)],
  },
  {
    locale: 'ru',
    class: 'question',
    query: 'база данных очереди повреждена',
    expected: [t(17003)],
  },
  {
    locale: 'ru',
    class: 'question',
    query: 'транспортная служба не запускается из-за агентов',
    expected: [t(16023)],
  },
  {
    locale: 'ru',
    class: 'question',
    query: 'превышено число неудачных попыток проверки подлинности SMTP',
    expected: [t(1012)],
  },
  {
    locale: 'ru',
    class: 'question',
    query: 'Exchange не принимает почту, обратное давление',
    expected: backPressure,
  },
  {
    locale: 'ru',
    class: 'question',
    query: 'транспорт использует слишком много памяти',
    expected: [t(15007)],
  },
  {
    locale: 'ru',
    class: 'question',
    query: 'ошибка DNS у соединителя отправки',
    expected: [t(2000)],
  },
  {
    locale: 'ru',
    class: 'question',
    query: 'сообщения попали в очередь подозрительных сообщений',
    expected: [t(10001)],
  },
  {
    locale: 'ru',
    class: 'symbolic-name',
    query: 'STARTTLSCertificateExpired',
    expected: [t(12016)],
  },
  { locale: 'ru', class: 'symbolic-name', query: 'ResourceUtilizationUp', expected: [t(15004)] },
  { locale: 'ru', class: 'typo', query: 'сертификат STARTTLS истек', expected: [t(12016)] },
  { locale: 'ru', class: 'typo', query: 'очередь подозрительых сообщений', expected: [t(10001)] },
];
