/**
 * Generates a synthetic content folder shaped like the real corpus, for the scale check and the
 * benchmarks: several articles per event (an alert and an older product version beside the
 * event), German and Russian translations (some partial, some outdated), related events, SMTP
 * links, sister sources and localized message texts. A seeded generator makes runs repeat.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const english =
  'connector queue message transport certificate server receive send delivery routing categorizer mailbox database disk resource pressure directory pickup replay poison retry timeout authentication permission domain recipient sender header agent service restart configuration network firewall dns smart host tls session protocol log tracking threshold memory version'.split(
    ' ',
  );
const german =
  'Connector Warteschlange Nachricht Transport Zertifikat Server Empfang Zustellung Weiterleitung Postfach Datenbank Datenträger Ressourcendruck Verzeichnis Wiederholung Zeitlimit Authentifizierung Berechtigung Domäne Empfänger Absender Dienst Neustart Konfiguration Netzwerk Sitzung Protokoll Schwellenwert Arbeitsspeicher'.split(
    ' ',
  );
const russian =
  'соединитель очередь сообщение транспорт сертификат сервер получение доставка маршрутизация почтовый ящик база данных диск нагрузка каталог повтор тайм-аут проверка подлинности разрешение домен получатель отправитель служба перезапуск конфигурация сеть сеанс журнал порог память'.split(
    ' ',
  );
const sources = [
  'MSExchangeTransport',
  'MSExchangeTransport',
  'MSExchangeTransport',
  'MSExchangeFrontEndTransport',
  'MSExchange Store Driver',
  'MSExchange Antispam',
  'MSExchange Extensibility',
];
const categories = ['SmtpReceive', 'SmtpSend', 'Routing', 'Storage', 'ResourceManager'];
const levels = ['error', 'warning', 'information'];
const smtpCodes = ['4.4.2', '5.7.1', '4.7.0', '5.1.1', '421', '550', '451', '4.4.7'];
const headings = {
  en: ['Explanation', 'User action', 'More information'],
  de: ['Erklärung', 'Empfohlene Maßnahmen', 'Weitere Informationen'],
  ru: ['Объяснение', 'Действия пользователя', 'Дополнительная информация'],
} as const;
type Language = keyof typeof headings;

export interface GeneratedCorpus {
  /** English originals written (the `count` asked for). */
  articles: number;
  events: number;
  translations: Record<'de' | 'ru', number>;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

interface GeneratedEvent {
  source: string;
  slug: string;
  eventId: number;
}

/** Writes `count` English articles (and their translations) below `dir`. */
export function generateCorpus(dir: string, count: number, seed = 42): GeneratedCorpus {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const sentence = (words: readonly string[], n: number) => {
    const text = Array.from({ length: n }, () => pick(words)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const events: GeneratedEvent[] = [];
  const summary: GeneratedCorpus = { articles: 0, events: 0, translations: { de: 0, ru: 0 } };

  const write = (language: Language | 'en', event: GeneratedEvent, file: string, text: string) => {
    const folder = path.join(dir, language, event.slug);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, file), text);
  };

  const body = (language: Language, event: GeneratedEvent, sections: number) => {
    const words = { en: english, de: german, ru: russian }[language];
    const related = events.length > 1 ? pick(events.slice(0, -1)) : null;
    const link = related ? ` [${related.eventId}](event:${related.slug}/${related.eventId})` : '';
    const parts = [
      `## ${headings[language][0]}\n\n${Array.from({ length: 5 }, () => sentence(words, 14)).join(' ')} [${pick(smtpCodes)}](smtp:${pick(smtpCodes)}).`,
      `## ${headings[language][1]}\n\n${Array.from({ length: 4 }, (_, step) => `${step + 1}. ${sentence(words, 10)} \`Get-Queue -Server EX${event.eventId}\``).join('\n')}`,
      `## ${headings[language][2]}\n\n${sentence(words, 16)}${link}`,
    ];
    return parts.slice(0, sections).join('\n\n');
  };

  const original = (event: GeneratedEvent, index: number, variant: 'event' | 'alert' | 'old') => {
    const title = `${sentence(english, 6).replace(/\.$/, '')} ${index}`;
    const relatedKeys = [
      ...new Set(events.slice(-4, -1).map((e) => `${e.slug}/${e.eventId}`)),
    ].slice(0, 2);
    const lines = [
      `title: ${title}`,
      `kind: ${variant === 'alert' ? 'alert' : 'event'}`,
      `source: ${event.source}`,
      `eventId: ${event.eventId}`,
      `level: ${pick(levels)}`,
      `category: ${pick(categories)}`,
      `symbolicName: Generated${event.slug.replace(/\W/g, '')}${event.eventId}`,
      `messageText: 'The ${pick(english)} ${pick(english)} %1 could not reach %2 after %3 attempts: ${pick(smtpCodes)}.'`,
      'product: Exchange',
      `productVersions: [${variant === 'old' ? "'8.0'" : "'14.0', '15.2'"}]`,
      'updated: 2026-01-01',
      `sources: ['https://technet.example.org/library/${event.eventId}']`,
    ];
    if (relatedKeys.length) lines.push(`related: [${relatedKeys.join(', ')}]`);
    if (variant === 'event' && event.source === 'MSExchangeTransport' && index % 10 === 0)
      lines.push('alsoLoggedBy: [MSExchangeTransportDelivery]');
    if (variant === 'event' && index % 20 === 0)
      lines.push(
        `localizedMessageText: { de: { text: 'Der ${pick(german)} %1 hat %2 nicht erreicht.', source: 'https://technet.example.org/library/${event.eventId}' } }`,
      );
    if (variant === 'alert')
      lines.push(
        `alert: { type: Error, rulePath: 'Microsoft Exchange Server/Exchange 2010/Transport', ruleName: '${title}' }`,
      );
    return `---\n${lines.join('\n')}\n---\n${body('en', event, 3)}\n`;
  };

  const translation = (event: GeneratedEvent, language: Language, index: number) => {
    const partial = index % 10 === 3;
    const outdated = index % 20 === 7;
    const words = language === 'de' ? german : russian;
    const front = [`title: ${sentence(words, 6).replace(/\.$/, '')} ${index}`];
    front.push(`updated: ${outdated ? '2025-06-01' : '2026-01-01'}`);
    return `---\n${front.join('\n')}\n---\n${body(language, event, partial ? 2 : 3)}\n`;
  };

  for (let index = 0; summary.articles < count; index++) {
    const source = sources[index % sources.length]!;
    const slug = source.toLowerCase().replace(/\s+/g, '-');
    const event = { source, slug, eventId: 20000 + index };
    events.push(event);
    summary.events++;
    const variants: ('event' | 'alert' | 'old')[] = ['event'];
    if (index % 4 === 1) variants.push('alert');
    if (index % 9 === 2) variants.push('old');
    for (const variant of variants) {
      if (summary.articles >= count) break;
      const file = {
        event: `${event.eventId}.md`,
        alert: `${event.eventId}-exchange-2010-alert.md`,
        old: `${event.eventId}-exchange-2007.md`,
      }[variant];
      write('en', event, file, original(event, index, variant));
      summary.articles++;
      // German for about 60 % of the articles, Russian for about half.
      if (next() < 0.6) {
        write('de', event, file, translation(event, 'de', index));
        summary.translations.de++;
      }
      if (next() < 0.5) {
        write('ru', event, file, translation(event, 'ru', index));
        summary.translations.ru++;
      }
    }
  }
  return summary;
}
