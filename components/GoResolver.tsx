'use client';
import { useEffect } from 'react';
import type { IdIndex } from '@/lib/content/idIndex';
import { defaultLocale, locales, localeNames, localeTags } from '@/lib/i18n/config';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { paths } from '@/lib/i18n/paths';
import { rememberedLocale } from '@/lib/i18n/preference';
import type { Catalog, CatalogEvent } from '@/lib/links/catalog';
import { parseLinkQuery, resolveLink } from '@/lib/links/resolve';

async function fetchJson<T>(url: string): Promise<T | null> {
  const response = await fetch(url);
  return response.ok ? ((await response.json()) as T) : null;
}

/** Only the events that use the requested ID are fetched, one small file each. */
async function catalogFor(eventId: number | null): Promise<Catalog> {
  if (eventId === null) return { events: [] };
  const keys = (await fetchJson<IdIndex>('/api/ids.json'))?.[eventId] ?? [];
  const events = await Promise.all(
    keys.map((key) => fetchJson<CatalogEvent>(`/api/events/${key}.json`)),
  );
  return { events: events.filter((e) => e !== null) };
}

export function GoResolver() {
  useEffect(() => {
    const query = parseLinkQuery(window.location.search);
    const fallback = negotiateLocale(
      rememberedLocale(),
      navigator.languages ?? [navigator.language],
    );
    catalogFor(query.eventId)
      .then((catalog) => window.location.replace(resolveLink(query, catalog, fallback).path))
      .catch(() => window.location.replace(resolveLink(query, { events: [] }, fallback).path));
  }, []);
  return (
    <>
      <h1>Opening the article…</h1>
      <noscript>
        <p>This link needs JavaScript to find the article. Choose a language to browse instead:</p>
      </noscript>
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={paths.home(locale)}
              hrefLang={localeTags[locale]}
              lang={locale === defaultLocale ? undefined : localeTags[locale]}
            >
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
