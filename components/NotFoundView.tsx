'use client';
import { useEffect, useState } from 'react';
import type { IdIndex } from '@/lib/content/idIndex';
import { defaultLocale, localeTags, type Locale } from '@/lib/i18n/config';
import type { NotFoundLabels } from '@/lib/i18n/labels';
import { localeOfPath, paths } from '@/lib/i18n/paths';
import { rememberedLocale } from '@/lib/i18n/preference';
import { documentedEventPath, matchEventPath } from '@/lib/links/eventPath';
import { undocumentedSearchPath } from '@/lib/links/resolve';
import { IdBox } from './IdBox';
import { useBrowserValue } from './useBrowserValue';

/**
 * The one 404 page of the static site. It speaks the language of the address (or the reader's
 * remembered one) and first tries to resolve event addresses written as the event log writes
 * sources (`/events/MSExchangeTransport/2004`), forwarding to the real page when it exists.
 */
function readLocale(): Locale {
  return (
    localeOfPath(window.location.pathname.toLowerCase()) ?? rememberedLocale() ?? defaultLocale
  );
}

/** True when the address looks like an event page written as logged (`/events/<source>/<id>`). */
function readIsEventPath(): boolean {
  return matchEventPath(window.location.pathname) !== null;
}

export function NotFoundView({ labels }: { labels: Record<Locale, NotFoundLabels> }) {
  const locale = useBrowserValue(readLocale, defaultLocale);
  const isEventPath = useBrowserValue(readIsEventPath, false);
  const [resolving, setResolving] = useState(true);

  useEffect(() => {
    document.documentElement.lang = localeTags[locale];
  }, [locale]);

  useEffect(() => {
    const match = isEventPath ? matchEventPath(window.location.pathname) : null;
    if (!match) return;
    fetch('/api/ids.json')
      .then((r) => (r.ok ? (r.json() as Promise<IdIndex>) : null))
      .then((index) => {
        if (!index) return setResolving(false);
        const documented = documentedEventPath(match, index);
        if (documented && documented !== window.location.pathname)
          window.location.replace(`${documented}${window.location.search}${window.location.hash}`);
        // An event the site does not document under that source (a sister service's own name,
        // say) goes where /go/ sends it: the search, which says so and shows the articles with
        // that ID.
        else if (!documented)
          window.location.replace(
            undocumentedSearchPath(match.locale ?? readLocale(), match.event),
          );
        else setResolving(false);
      })
      .catch(() => setResolving(false));
  }, [isEventPath]);

  const text = labels[locale];
  return (
    <>
      <p className="brand-line">
        <a className="brand" href={paths.home(locale)}>
          {text.siteName}
        </a>
      </p>
      <h1>{text.title}</h1>
      {resolving && isEventPath ? <p className="muted">{text.resolving}</p> : null}
      <p>{text.intro}</p>
      <p>{text.tryId}</p>
      <IdBox locale={locale} labels={text.idBox} />
      <p>{text.links}</p>
      <ul>
        <li>
          <a href={paths.home(locale)}>{text.home}</a>
        </li>
        <li>
          <a href={paths.events(locale)}>{text.events}</a>
        </li>
        <li>
          <a href={paths.search(locale)}>{text.search}</a>
        </li>
      </ul>
    </>
  );
}
