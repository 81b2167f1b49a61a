'use client';
import { useEffect, useState } from 'react';
import type { IdIndex } from '@/lib/content/idIndex';
import { defaultLocale, localeTags, type Locale } from '@/lib/i18n/config';
import type { NotFoundLabels } from '@/lib/i18n/labels';
import { localeOfPath, paths } from '@/lib/i18n/paths';
import { rememberedLocale } from '@/lib/i18n/preference';
import { eventPathOf, matchEventPath } from '@/lib/links/eventPath';
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

/** The real address of an event path written as logged, or null when the path is no such thing. */
function readTarget(): string | null {
  const match = matchEventPath(window.location.pathname);
  const target = match ? eventPathOf(match) : null;
  return target && target !== window.location.pathname ? target : null;
}

export function NotFoundView({ labels }: { labels: Record<Locale, NotFoundLabels> }) {
  const locale = useBrowserValue(readLocale, defaultLocale);
  const target = useBrowserValue(readTarget, null);
  const [resolving, setResolving] = useState(true);

  useEffect(() => {
    document.documentElement.lang = localeTags[locale];
  }, [locale]);

  useEffect(() => {
    const match = target ? matchEventPath(window.location.pathname) : null;
    if (!target || !match) return;
    fetch('/api/ids.json')
      .then((r) => (r.ok ? (r.json() as Promise<IdIndex>) : null))
      .then((index) => {
        const id = match.eventKey.split('/')[1]!;
        if (index?.[id]?.includes(match.eventKey))
          window.location.replace(`${target}${window.location.search}${window.location.hash}`);
        else setResolving(false);
      })
      .catch(() => setResolving(false));
  }, [target]);

  const text = labels[locale];
  return (
    <>
      <p className="brand-line">
        <a className="brand" href={paths.home(locale)}>
          {text.siteName}
        </a>
      </p>
      <h1>{text.title}</h1>
      {resolving && target ? <p className="muted">{text.resolving}</p> : null}
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
