/**
 * What gets indexed for a locale: one document per article section (so results can link to
 * #explanation, #user-action …), the article facts for exact look-ups and display, and the
 * section texts for snippets.
 */
import { localizeArticle } from '../content/localize';
import type { Corpus } from '../content/model';
import type { SectionKey } from '../content/sections';
import type { ArticleKind, Level } from '../content/schema';
import { articleHref, levelsOf } from '../content/views';
import { majorMinor } from '../content/versions';
import type { Locale } from '../i18n/config';
import type { IndexedDocument } from './options';

export interface SearchArticle {
  id: string;
  eventId: number;
  source: string;
  sourceSlug: string;
  kind: ArticleKind;
  title: string;
  /** Language of the title and text: the locale's own, or the original's for a fallback. */
  lang: Locale;
  levels: Level[];
  category: string | null;
  symbolicName: string | null;
  messageText: string | null;
  versions: string[];
  href: string;
}

export interface SearchDocRef {
  article: number;
  section: SectionKey;
  /** Language of the section text. */
  lang: Locale;
}

export interface SearchData {
  articles: SearchArticle[];
  /** Document id → its article (index into `articles`) and section. */
  docs: SearchDocRef[];
  documents: IndexedDocument[];
  /** Document id → section text. */
  texts: string[];
}

export function searchData(corpus: Corpus, locale: Locale): SearchData {
  const data: SearchData = { articles: [], docs: [], documents: [], texts: [] };
  for (const event of corpus.events) {
    for (const article of event.articles) {
      const view = localizeArticle(article, locale);
      const { facts } = article.original;
      const index = data.articles.length;
      data.articles.push({
        id: article.id,
        eventId: facts.eventId,
        source: facts.source,
        sourceSlug: event.sourceSlug,
        kind: facts.kind,
        title: view.title,
        lang: view.titleLang,
        levels: levelsOf(article),
        category: facts.category ?? null,
        symbolicName: facts.symbolicName ?? null,
        messageText: facts.messageText ?? null,
        versions: [...new Set(facts.productVersions.map((v) => majorMinor(v) ?? v))],
        href: articleHref(locale, event, article),
      });
      view.sections.forEach((section, position) => {
        const id = data.docs.length;
        data.docs.push({ article: index, section: section.key, lang: section.lang });
        data.texts.push(section.text);
        // Facts go with the first section only: they belong to the article, not to every section.
        const first = position === 0;
        data.documents.push({
          id,
          title: first ? view.title : '',
          symbolicName:
            first && facts.symbolicName
              ? `${facts.symbolicName} ${splitIdentifier(facts.symbolicName)}`
              : '',
          messageText: first ? (facts.messageText ?? facts.messageExample ?? '') : '',
          category: first ? (facts.category ?? '') : '',
          source: first ? facts.source : '',
          body: section.text,
        });
      });
    }
  }
  return data;
}

/** `STARTTLSCertificateExpired` → `STARTTLS Certificate Expired`, so its words can be searched. */
export function splitIdentifier(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}
