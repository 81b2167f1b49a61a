/** The validated content model that pages, search and the API are built from. */
import type { Locale } from '../i18n/config';
import type { BodySection, InternalLink } from './markdown';
import type { ContentPath } from './paths';
import type { Facts } from './schema';

export interface Original {
  /** Path for problem reports, e.g. `content/en/msexchangetransport/2004.md`. */
  file: string;
  path: ContentPath;
  title: string;
  updated: string;
  related: string[];
  /** Public pages the facts come from (https), shown as References. */
  sources: string[];
  facts: Facts;
  sections: BodySection[];
  links: InternalLink[];
  keyLines: Map<string, number>;
}

export interface Translation {
  file: string;
  locale: Locale;
  title: string;
  /** The original's `updated` date this translation was made from. */
  updated: string;
  sections: BodySection[];
  links: InternalLink[];
}

export interface Article {
  /** `<source-slug>/<id>/<slug>`: unique over the corpus. */
  id: string;
  /** `<source-slug>/<id>`: shared by every article of one event. */
  eventKey: string;
  /** The article's own address below the event: its variant, or its kind when it has none. */
  slug: string;
  original: Original;
  translations: Partial<Record<Locale, Translation>>;
}

export interface EventEntry {
  key: string;
  sourceSlug: string;
  source: string;
  eventId: number;
  /** Events first, then alerts and analyzer rules; newer product versions first. */
  articles: Article[];
  /** Sister sources that log the same ID and text, from the articles' `alsoLoggedBy`. */
  alsoLoggedBy: string[];
}

export interface SourceEntry {
  slug: string;
  name: string;
  events: EventEntry[];
}

export interface Corpus {
  articles: Article[];
  /** Sorted by event ID, then source. */
  events: EventEntry[];
  sources: SourceEntry[];
  eventByKey: Map<string, EventEntry>;
  /**
   * `<sister-source-slug>/<id>` → the event documented under its main source, for sources that
   * log the same event (`msexchangefrontendtransport/1035` → `msexchangetransport/1035`).
   */
  aliases: Map<string, EventEntry>;
  /** Content files read per locale (originals in the default locale, translations elsewhere). */
  fileCounts: Record<Locale, number>;
}
