'use client';
import { fill } from '@/lib/i18n/fill';
import { useId, useState, type FormEvent } from 'react';
import type { IdIndex } from '@/lib/content/idIndex';
import type { Locale } from '@/lib/i18n/config';
import { paths } from '@/lib/i18n/paths';
import { decodeEventId } from '@/lib/search/eventId';

export interface IdBoxLabels {
  region: string;
  label: string;
  placeholder: string;
  submit: string;
  invalid: string;
  /** Contains `{id}`. */
  unknown: string;
  searchInstead: string;
}

let idIndex: Promise<IdIndex> | null = null;

function loadIdIndex(): Promise<IdIndex> {
  idIndex ??= fetch('/api/ids.json').then((r) =>
    r.ok ? (r.json() as Promise<IdIndex>) : Promise.reject(new Error(String(r.status))),
  );
  idIndex.catch(() => (idIndex = null));
  return idIndex;
}

/** "Go to event ID": one event → its page; several → the ID page; none → says so. */
export function IdBox({ locale, labels }: { locale: Locale; labels: IdBoxLabels }) {
  const inputId = useId();
  const [message, setMessage] = useState<{ text: string; searchFor?: string } | null>(null);

  async function go(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = String(new FormData(event.currentTarget).get('id') ?? '');
    const id = decodeEventId(raw);
    if (id === null) return setMessage({ text: labels.invalid });
    const keys = (await loadIdIndex().catch(() => null))?.[id];
    if (!keys)
      return setMessage({
        text: fill(labels.unknown, { id: String(id) }),
        searchFor: String(id),
      });
    window.location.assign(
      keys.length === 1 ? paths.event(locale, keys[0]!) : paths.ids(locale, id),
    );
  }

  return (
    <form
      className="id-box"
      role="search"
      aria-label={labels.region}
      onSubmit={go}
      action={paths.search(locale)}
    >
      <label htmlFor={inputId}>{labels.label}</label>
      <input
        id={inputId}
        name="id"
        inputMode="numeric"
        autoComplete="off"
        placeholder={labels.placeholder}
        aria-describedby={message ? `${inputId}-msg` : undefined}
      />
      <button type="submit">{labels.submit}</button>
      {message ? (
        <p className="message" id={`${inputId}-msg`} role="status">
          {message.text}{' '}
          {message.searchFor ? (
            <a href={paths.search(locale, message.searchFor)}>{labels.searchInstead}</a>
          ) : null}
        </p>
      ) : null}
    </form>
  );
}
