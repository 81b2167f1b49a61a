/**
 * The labelled query set of the benchmark: what administrators type, and the article a good
 * search puts first. Used for hit@1 / hit@5 and for latency.
 */
export interface LabelledQuery {
  locale: 'en' | 'de' | 'ru';
  query: string;
  /** Article ids (`<source>/<id>/<slug>`) that count as a correct answer. */
  expected: string[];
}

const t = (id: number, slug = 'event') => `msexchangetransport/${id}/${slug}`;

export const labelledQueries: LabelledQuery[] = [
  { locale: 'en', query: '2004', expected: [t(2004)] },
  { locale: 'en', query: 'SmtpSendAckMessage', expected: [t(2004)] },
  { locale: 'en', query: '0x400407D4', expected: [t(2004)] },
  {
    locale: 'en',
    query: 'MSExchangeTransport 8004',
    expected: [t(8004), t(8004, 'exchange-2007-alert')],
  },
  {
    locale: 'en',
    query: 'drop directory I/O exception',
    expected: [t(8004), t(8004, 'exchange-2007-alert')],
  },
  { locale: 'en', query: 'drop directory quota', expected: [t(8005)] },
  { locale: 'en', query: 'send connector error connecting', expected: [t(2002)] },
  { locale: 'en', query: 'send connector new session', expected: [t(2007)] },
  { locale: 'en', query: 'poison message', expected: [t(10001), t(10002), t(10003)] },
  {
    locale: 'en',
    query: 'back pressure disk space queue database',
    expected: [t(15006), t(15004)],
  },
  { locale: 'en', query: 'back pressure memory', expected: [t(15004), t(15005), t(15007)] },
  { locale: 'en', query: 'STARTTLS certificate expired', expected: [t(12016)] },
  { locale: 'en', query: 'internal transport certificate expired', expected: [t(12015), t(12019)] },
  {
    locale: 'en',
    query: 'certifcate expird',
    expected: [t(12015), t(12016), t(12019), t(12017), t(12018)],
  },
  {
    locale: 'en',
    query: 'receive connector address already in use',
    expected: [t(1018, 'exchange-2013'), t(1019)],
  },
  { locale: 'en', query: 'submit permission receive connector', expected: [t(1018)] },
  {
    locale: 'en',
    query:
      'Send connector Internet: Message delivery was not successful. The message with message ID 1 was acknowledged with SMTP response 421 4.4.2 Connection dropped.',
    expected: [t(2004)],
  },
  {
    locale: 'en',
    query:
      'A non-SMTP gateway connection failure occurred on connector Fax. When writing to the drop directory D:\\Drop, an I/O exception disk full occurred .',
    expected: [t(8004)],
  },
  { locale: 'de', query: 'Zertifikat abgelaufen STARTTLS', expected: [t(12016)] },
  { locale: 'de', query: 'Verbindung Sendeconnector Fehler', expected: [t(2002)] },
  { locale: 'de', query: 'Rückstau Speicher', expected: [t(15004), t(15005), t(15007)] },
  {
    locale: 'de',
    query: 'Ablageverzeichnis E/A-Ausnahme',
    expected: [t(8004), t(8004, 'exchange-2007-alert')],
  },
  { locale: 'ru', query: 'сертификат STARTTLS истёк', expected: [t(12016)] },
  { locale: 'ru', query: 'соединитель отправки ошибка подключения', expected: [t(2002)] },
  { locale: 'ru', query: 'обратное давление память', expected: [t(15004), t(15005), t(15007)] },
  {
    locale: 'ru',
    query: 'каталог Drop исключение ввода-вывода',
    expected: [t(8004), t(8004, 'exchange-2007-alert')],
  },
];

/** Queries for latency on generated corpora (words of the generator's vocabulary). */
export const genericQueries = [
  'connector',
  'queue message',
  'certificate server',
  'disk pressure threshold',
  'smart host tls',
  'retry timeout',
  'routing categorizer',
  'dns firewall network',
  '20042',
  'Generated123',
  'mailbox database restart',
  'authentication permission',
];
