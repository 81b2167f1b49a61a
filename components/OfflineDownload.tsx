'use client';
import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { fill } from '@/lib/i18n/fill';
import type { OfflineLabels } from '@/lib/i18n/labels';
import {
  downloadLocale,
  fetchDownloadList,
  OfflineUnavailable,
  offlineSupported,
  savedPart,
} from '@/lib/offline/download';
import type { LocaleDownload } from '@/lib/offline/plan';
import { formatSize } from '@/lib/offline/size';
import { useBrowserValue } from './useBrowserValue';

type State =
  | { step: 'loading' }
  | { step: 'ready' | 'downloading' | 'done'; files: number; bytes: number }
  | { step: 'failed'; message: string };

/** The size of the whole locale, a button to download it, and its progress. */
export function OfflineDownload({ locale, labels }: { locale: Locale; labels: OfflineLabels }) {
  const [list, setList] = useState<LocaleDownload | null>(null);
  const [state, setState] = useState<State>({ step: 'loading' });

  const supported = useBrowserValue(offlineSupported, true);
  // The static HTML (all a reader without JavaScript gets) says what this needs.
  const scripted = useBrowserValue(() => true, false);

  useEffect(() => {
    if (!supported) return;
    fetchDownloadList(locale)
      .then(async (loaded) => {
        const saved = await savedPart(loaded);
        setList(loaded);
        const complete = saved.files === loaded.files.length;
        setState({ step: complete ? 'done' : 'ready', ...saved });
      })
      .catch((error: unknown) =>
        setState({ step: 'failed', message: fill(labels.failed, { reason: String(error) }) }),
      );
  }, [locale, labels, supported]);

  const size = (bytes: number) => formatSize(bytes, locale);
  const start = (loaded: LocaleDownload) => {
    setState({ step: 'downloading', files: 0, bytes: 0 });
    downloadLocale(loaded, (done) => setState({ step: 'downloading', ...done })).then(
      () => setState({ step: 'done', files: loaded.files.length, bytes: loaded.bytes }),
      (error: unknown) =>
        setState({
          step: 'failed',
          message:
            error instanceof OfflineUnavailable
              ? labels[error.problem]
              : fill(labels.failed, {
                  reason: error instanceof Error ? error.message : String(error),
                }),
        }),
    );
  };

  if (!scripted) return <p className="notice">{labels.noscript}</p>;
  if (!supported) return <p className="notice">{labels.unsupported}</p>;
  const total = list && fill(labels.size, { pages: String(list.pages), size: size(list.bytes) });
  return (
    <div className="offline-download">
      <p>{total ?? labels.sizeLoading}</p>
      {list && state.step !== 'done' && (
        <button type="button" disabled={state.step === 'downloading'} onClick={() => start(list)}>
          {fill(labels.download, { size: size(list.bytes) })}
        </button>
      )}
      {list && state.step === 'downloading' && (
        <>
          <progress max={list.bytes} value={state.bytes} aria-label={labels.progressLabel} />
          <p>
            {fill(labels.progress, {
              done: String(state.files),
              total: String(list.files.length),
              doneSize: size(state.bytes),
              size: size(list.bytes),
            })}
          </p>
        </>
      )}
      <p role="status">
        {list && state.step === 'done'
          ? fill(labels.done, { pages: String(list.pages), size: size(list.bytes) })
          : state.step === 'failed'
            ? state.message
            : ''}
      </p>
    </div>
  );
}
