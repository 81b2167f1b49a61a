/**
 * The triage Web Worker: reads each file as a stream, runs it through the pipeline and posts
 * progress (at most every 100 ms) and, at the end, the aggregated cells. The page stays
 * responsive whatever the size of the files; nothing leaves this worker but those messages.
 */
import { Aggregator } from './aggregate';
import { CatalogIndex } from './catalog';
import type { FileResult } from './model';
import { triageInput } from './pipeline';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

const cancelled = new Set<number>();

/** Lets the worker's message queue run (a cancel may be waiting) every so often. */
let lastYield = 0;
async function breathe(): Promise<void> {
  if (performance.now() - lastYield < 50) return;
  await new Promise((resolve) => setTimeout(resolve, 0));
  lastYield = performance.now();
}

async function* chunksOf(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      await breathe();
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    void reader.cancel().catch(() => {});
  }
}

async function run(message: Extract<ToWorker, { type: 'start' }>): Promise<void> {
  const { job } = message;
  const aggregator = new Aggregator(message.catalog ? new CatalogIndex(message.catalog) : null);
  const total = message.files.reduce((n, f) => n + f.blob.size, 0);
  const files: FileResult[] = [];
  let before = 0;
  let posted = 0;
  for (const { name, blob } of message.files) {
    const result = await triageInput(
      { name, size: blob.size, chunks: chunksOf(blob) },
      aggregator,
      {
        cancelled: () => cancelled.has(job),
        progress: (bytes) => {
          const now = performance.now();
          if (now - posted < 100) return;
          posted = now;
          scope.postMessage({
            type: 'progress',
            job,
            read: before + bytes,
            total,
            events: aggregator.total,
          });
        },
      },
    );
    files.push(result);
    before += blob.size;
    if (cancelled.has(job)) break;
  }
  scope.postMessage({
    type: 'done',
    job,
    files,
    cells: aggregator.snapshot(),
    overflow: aggregator.overflow,
    cancelled: cancelled.delete(job),
    finished: Date.now(),
  });
}

scope.onmessage = (event) => {
  if (event.data.type === 'cancel') cancelled.add(event.data.job);
  else void run(event.data);
};

scope.postMessage({ type: 'ready' });
