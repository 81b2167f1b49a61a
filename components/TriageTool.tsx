'use client';
import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Locale } from '@/lib/i18n/config';
import { CatalogIndex } from '@/lib/triage/catalog';
import { formatBytes } from '@/lib/triage/format';
import { label, type TriageLabels } from '@/lib/triage/labels';
import { TriageReport } from './TriageReport';
import { useBrowserValue } from './useBrowserValue';
import { useTriageWorker } from './useTriageWorker';

const filesOf = (list: FileList | null | undefined) =>
  [...(list ?? [])].map((file) => ({ name: file.name, blob: file as Blob }));

/** Input (drop, choose or paste), progress with cancel, and the report of the last run. */
export function TriageTool({ locale, labels }: { locale: Locale; labels: TriageLabels }) {
  const id = useId();
  const mounted = useBrowserValue(() => true, false);
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const { catalog, catalogStatus, workerStatus, progress, outcome, start, cancel } =
    useTriageWorker();
  const index = useMemo(
    () => new CatalogIndex(catalog ?? { events: [], smtpCodes: [] }),
    [catalog],
  );
  const busy = progress !== null;
  const ready = workerStatus === 'ready' && catalogStatus !== 'loading' && !busy;

  // A file dropped anywhere on the page is triaged rather than opened by the browser.
  useEffect(() => {
    const over = (event: globalThis.DragEvent) => event.preventDefault();
    const drop = (event: globalThis.DragEvent) => {
      event.preventDefault();
      if (ready) start(filesOf(event.dataTransfer?.files));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [ready, start]);

  // The static page (and a reader without JavaScript) gets this note; the tool replaces it.
  if (!mounted) return <p className="notice">{labels['triage.noscript']}</p>;

  const onZoneDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    if (ready) start(filesOf(event.dataTransfer.files));
  };

  return (
    <>
      <section className="triage-input" aria-label={labels['triage.input.region']}>
        <div
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onZoneDrop}
        >
          <p className="drop-title">{labels['triage.input.drop']}</p>
          <button type="button" disabled={!ready} onClick={() => fileInput.current?.click()}>
            {labels['triage.input.choose']}
          </button>
          <input
            ref={fileInput}
            type="file"
            multiple
            hidden
            aria-label={labels['triage.input.choose']}
            onChange={(event) => {
              start(filesOf(event.target.files));
              event.target.value = '';
            }}
          />
          <p className="muted">{labels['triage.input.hint']}</p>
        </div>
        <div className="paste">
          <label htmlFor={`${id}-paste`}>{labels['triage.input.paste']}</label>
          <p className="muted" id={`${id}-paste-hint`}>
            {labels['triage.input.pasteHint']}
          </p>
          <textarea
            id={`${id}-paste`}
            aria-describedby={`${id}-paste-hint`}
            rows={5}
            spellCheck={false}
            value={pasted}
            onChange={(event) => setPasted(event.target.value)}
          />
          <button
            type="button"
            className="secondary"
            disabled={!ready || pasted.trim() === ''}
            onClick={() =>
              start([{ name: labels['triage.input.pastedName'], blob: new Blob([pasted]) }])
            }
          >
            {labels['triage.input.pasteSubmit']}
          </button>
        </div>
      </section>
      {catalogStatus === 'loading' || workerStatus === 'loading' ? (
        <p className="muted">{labels['triage.catalog.loading']}</p>
      ) : null}
      {catalogStatus === 'failed' ? (
        <p className="notice">{labels['triage.catalog.failed']}</p>
      ) : null}
      {workerStatus === 'failed' ? (
        <p className="notice">{labels['triage.worker.failed']}</p>
      ) : null}
      {progress ? (
        <div className="triage-progress">
          <label htmlFor={`${id}-progress`}>{labels['triage.progress']}</label>
          <progress id={`${id}-progress`} max={Math.max(progress.total, 1)} value={progress.read} />
          <span className="muted">
            {label(labels, locale, 'triage.progress.status', {
              read: formatBytes(progress.read, locale),
              total: formatBytes(progress.total, locale),
              events: progress.events,
            })}
          </span>
          <button type="button" className="secondary" onClick={cancel}>
            {labels['triage.cancel']}
          </button>
        </div>
      ) : null}
      {outcome ? (
        <TriageReport outcome={outcome} index={index} labels={labels} locale={locale} />
      ) : null}
    </>
  );
}
