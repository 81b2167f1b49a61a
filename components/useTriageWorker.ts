'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TriageCatalog } from '@/lib/triage/catalog';
import type { FromWorker, Progress, ToWorker } from '@/lib/triage/protocol';

export type Outcome = Extract<FromWorker, { type: 'done' }>;

/**
 * The triage worker and the catalog, both loaded when the page opens (so that triaging a file
 * later makes no request at all), and the state of the current job. Triage can start once the
 * worker says it is ready and the catalog has loaded (or failed: then nothing is linked).
 */
export function useTriageWorker() {
  const worker = useRef<Worker | null>(null);
  const job = useRef(0);
  const [catalog, setCatalog] = useState<TriageCatalog | null>(null);
  const [catalogStatus, setCatalogStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [workerStatus, setWorkerStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    const created = new Worker(new URL('../lib/triage/worker.ts', import.meta.url));
    worker.current = created;
    created.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'ready') return setWorkerStatus('ready');
      if (message.job !== job.current) return;
      if (message.type === 'progress') setProgress(message);
      else {
        setProgress(null);
        setOutcome(message);
      }
    };
    created.onerror = () => {
      setProgress(null);
      setWorkerStatus('failed');
    };
    let live = true;
    fetch('/api/triage.json')
      .then((r) =>
        r.ok ? (r.json() as Promise<TriageCatalog>) : Promise.reject(new Error(String(r.status))),
      )
      .then(
        (loaded) => {
          if (!live) return;
          setCatalog(loaded);
          setCatalogStatus('ready');
        },
        () => live && setCatalogStatus('failed'),
      );
    return () => {
      live = false;
      created.terminate();
    };
  }, []);

  const start = useCallback(
    (files: { name: string; blob: Blob }[]) => {
      if (!worker.current || files.length === 0) return;
      job.current++;
      setOutcome(null);
      setProgress({ read: 0, total: files.reduce((n, f) => n + f.blob.size, 0), events: 0 });
      const message: ToWorker = { type: 'start', job: job.current, catalog, files };
      worker.current.postMessage(message);
    },
    [catalog],
  );

  const cancel = useCallback(() => {
    const message: ToWorker = { type: 'cancel', job: job.current };
    worker.current?.postMessage(message);
  }, []);

  return { catalog, catalogStatus, workerStatus, progress, outcome, start, cancel };
}
