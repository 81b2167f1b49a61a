'use client';
import { useEffect, useState } from 'react';
import type { IdIndex } from '@/lib/content/idIndex';
import { defaultLocale, localeTags, type Locale } from '@/lib/i18n/config';
import type { NotFoundLabels } from '@/lib/i18n/labels';
import { localeOfPath, paths } from '@/lib/i18n/paths';
import { rememberedLocale } from '@/lib/i18n/preference';
import { eventPathOf, matchEventPath } from '@/lib/links/eventPath';
import { IdBox } from './IdBox';

/**
 * The one 404 page of the static site. It speaks the language of the address (or the reader's
 * remembered one) and first tries to resolve event addresses written as the event log writes
 * sources (`/events/MSExchangeTransport/2004`), forwarding to the real page when it exists.
 */
export function NotFoundView({ labels }: { labels: Record<Locale, NotFoundLabels> }) {
  const [locale, setLocale] = useState<Locale>(defaultLocale);
  const [resolving, setResolving] = useState(true);

  useEffect(() => {
    const chosen = localeOfPath(window.location.pathname.toLowerCase()) ?? rememberedLocale() ?? defaultLocale;
    setLocale(chosen);
    document.documentElement.lang = localeTags[chosen];
    const match = matchEventPath(window.location.pathname);
    const target = match ? eventPathOf(match) : null;
    if (!match || !target || target === window.location.pathname) return setResolving(false);
    fetch('/api/ids.json')
      .then((r) => (r.ok ? (r.json() as Promise<IdIndex>) : null))
      .then((index) => {
        const id = match.eventKey.split('/')[1]!;
        if (index?.[id]?.includes(match.eventKey)) window.location.replace(`${target}${window.location.search}${window.location.hash}`);
        else setResolving(false);
      })
      .catch(() => setResolving(false));
  }, []);

  const text = labels[locale];
  return (
    <>
      <p className="brand-line">
        <a className="brand" href={paths.home(locale)}>
          {text.siteName}
        </a>
      </p>
      <h1>{text.title}</h1>
      {resolving ? <p className="muted">{text.resolving}</p> : null}
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
