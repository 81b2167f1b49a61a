/**
 * What the triage page knows about documented events: for each (source, event ID) the article
 * titles and addresses per locale and the message templates, as built into /api/triage.json.
 * An article's sister sources (`alsoLoggedBy`) find it too; its own source is preferred.
 */
import { sourceMatchKey } from '../content/paths';
import type { ArticleKind } from '../content/schema';
import type { Locale } from '../i18n/config';
import { compileTemplate, matchTemplate, type CompiledTemplate } from '../search/template';
import type { LogEvent } from './model';

export interface TriageCatalogArticle {
  kind: ArticleKind;
  /** Titles in the locales that have a translation; English always. */
  titles: Partial<Record<Locale, string>> & { en: string };
  urls: Record<Locale, string>;
}

export interface TriageCatalogEvent {
  key: string;
  source: string;
  alsoLoggedBy: string[];
  eventId: number;
  /** The event's page per locale. */
  urls: Record<Locale, string>;
  /** Message templates with `%1` placeholders: the original and the ones servers log in other languages. */
  templates: string[];
  articles: TriageCatalogArticle[];
}

export interface TriageCatalog {
  events: TriageCatalogEvent[];
  /** SMTP codes that have a reference page. */
  smtpCodes: string[];
}

/** Sources compare as a reader names them: `MSExchangeStoreDriver` is `MSExchange Store Driver`. */
const eventKey = (source: string, eventId: number) => `${sourceMatchKey(source)}/${eventId}`;

export class CatalogIndex {
  private readonly own = new Map<string, TriageCatalogEvent>();
  private readonly sister = new Map<string, TriageCatalogEvent>();
  private readonly compiled = new Map<string, CompiledTemplate[]>();
  readonly byKey = new Map<string, TriageCatalogEvent>();

  constructor(readonly catalog: TriageCatalog) {
    for (const event of catalog.events) {
      this.byKey.set(event.key, event);
      this.own.set(eventKey(event.source, event.eventId), event);
      for (const other of event.alsoLoggedBy) {
        const key = eventKey(other, event.eventId);
        if (!this.sister.has(key)) this.sister.set(key, event);
      }
    }
  }

  find(source: string, eventId: number): TriageCatalogEvent | null {
    const key = eventKey(source, eventId);
    return this.own.get(key) ?? this.sister.get(key) ?? null;
  }

  templates(event: TriageCatalogEvent): CompiledTemplate[] {
    let compiled = this.compiled.get(event.key);
    if (!compiled) {
      compiled = event.templates.map(compileTemplate);
      this.compiled.set(event.key, compiled);
    }
    return compiled;
  }
}

/** At most this many placeholders (insertion strings) are kept per event. */
export const maxPlaceholders = 20;

/**
 * The placeholder values of one event, `%1` first: its insertion strings when the export has
 * them, else what the best-fitting template pulls out of the rendered description.
 */
export function placeholderValues(
  event: LogEvent,
  templates: CompiledTemplate[],
): Map<number, string> | null {
  if (event.values && event.values.length > 0)
    return new Map(event.values.slice(0, maxPlaceholders).map((value, i) => [i + 1, value]));
  if (!event.message || templates.length === 0) return null;
  let best: ReturnType<typeof matchTemplate> = null;
  for (const template of templates) {
    const match = matchTemplate(template, event.message);
    if (match && (!best || match.coverage > best.coverage)) best = match;
  }
  if (!best) return null;
  const values = new Map<number, string>();
  for (const { placeholder, value } of best.values)
    if (!values.has(placeholder) && placeholder <= maxPlaceholders) values.set(placeholder, value);
  return values;
}

/**
 * A short name for each placeholder, from the words before it in the template:
 * `Send connector %1: …` names %1 "Send connector".
 */
export function placeholderLabels(template: string): Map<number, string> {
  const labels = new Map<number, string>();
  const pattern = /%(\d+)/g;
  let previous = 0;
  for (const match of template.matchAll(pattern)) {
    const placeholder = Number(match[1]);
    const before = template
      .slice(previous, match.index)
      .split(/[.:;!?]\s/)
      .at(-1)!
      .replace(/[\s'"([{<:=,-]+$/, '')
      .trim();
    const words = before.split(/\s+/).filter(Boolean).slice(-2).join(' ');
    if (words && !labels.has(placeholder)) labels.set(placeholder, words);
    previous = match.index + match[0].length;
  }
  return labels;
}
