/** Section trees for one locale: internal links point at that locale's pages. */
import type { Root as HtmlRoot } from 'hast';
import type { Locale } from '../i18n/config';
import { paths } from '../i18n/paths';
import { renderMarkdown, type LinkResolver } from './markdown';

const resolvers = new Map<Locale, LinkResolver>();

function resolverFor(locale: Locale): LinkResolver {
  let resolver = resolvers.get(locale);
  if (!resolver) {
    resolver = {
      event: (key, article) =>
        article ? paths.article(locale, key, article) : paths.event(locale, key),
      smtp: (code) => paths.smtp(locale, code),
    };
    resolvers.set(locale, resolver);
  }
  return resolver;
}

/** The sanitised HTML tree of a Markdown fragment, for the given reader locale. */
export function markdownTree(markdown: string, locale: Locale): HtmlRoot {
  return renderMarkdown(markdown, resolverFor(locale));
}

export function formatDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
