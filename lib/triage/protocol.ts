/** Messages between the triage page and its Web Worker. Everything is plain, cloneable data. */
import type { Cell } from './aggregate';
import type { TriageCatalog } from './catalog';
import type { FileResult } from './model';

export type ToWorker =
  | {
      type: 'start';
      job: number;
      catalog: TriageCatalog | null;
      files: { name: string; blob: Blob }[];
    }
  | { type: 'cancel'; job: number };

export interface Progress {
  /** Bytes read over all files of the job. */
  read: number;
  total: number;
  events: number;
}

export type FromWorker =
  /** Sent once the worker's code has loaded: from then on triage needs no network. */
  | { type: 'ready' }
  | ({ type: 'progress'; job: number } & Progress)
  | {
      type: 'done';
      job: number;
      files: FileResult[];
      cells: Cell[];
      /** Events of kinds beyond the aggregator's limit: counted, not grouped. */
      overflow: number;
      cancelled: boolean;
      /** When the job ended (milliseconds since 1970). */
      finished: number;
    };
