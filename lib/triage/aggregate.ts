/**
 * Counting events as they are read, with memory bounded whatever the file holds: one cell per
 * (source, event ID, computer, level), each with its counts, first and last time, time buckets
 * that coarsen as they fill, the distinct placeholder values (capped) and SMTP statuses. The
 * events themselves are not kept.
 */
import { sourceMatchKey } from '../content/paths';
import { CatalogIndex, placeholderValues } from './catalog';
import type { LogEvent, TriageLevel } from './model';
import { smtpStatus } from './smtp';

export const limits = {
  /** Distinct (source, ID, computer, level) cells; events of further kinds are only counted. */
  cells: 20_000,
  /** Distinct values kept per placeholder of a cell; more are counted as "other". */
  valuesPerPlaceholder: 200,
  valueLength: 300,
  smtpStatuses: 100,
  timeBuckets: 240,
  sampleLength: 1_000,
  /**
   * Characters of distinct values and samples kept over all cells (about 16 MB of strings):
   * past it, new values are only counted, so no input can make the report grow without end.
   */
  storedCharacters: 8_000_000,
};

export interface ValueCounts {
  placeholder: number;
  counts: [string, number][];
  /** Values beyond the cap. */
  other: number;
}

export interface TimeBuckets {
  /** Bucket width in milliseconds. */
  width: number;
  /** [bucket start, count] */
  buckets: [number, number][];
}

/** One cell, as plain data (it crosses from the worker to the page). */
export interface Cell {
  source: string;
  eventId: number;
  computer: string | null;
  level: TriageLevel | null;
  count: number;
  first: number | null;
  last: number | null;
  catalogKey: string | null;
  values: ValueCounts[];
  smtp: [string, number][];
  times: TimeBuckets;
  sample: string | null;
}

interface LiveCell {
  cell: Omit<Cell, 'values' | 'smtp' | 'times'>;
  values: Map<number, { counts: Map<string, number>; other: number }>;
  smtp: Map<string, number>;
  width: number;
  buckets: Map<number, number>;
}

const increment = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

function addTime(live: LiveCell, time: number) {
  increment(live.buckets, Math.floor(time / live.width) * live.width);
  while (live.buckets.size > limits.timeBuckets) {
    live.width *= 4;
    const coarse = new Map<number, number>();
    for (const [start, count] of live.buckets) {
      const bucket = Math.floor(start / live.width) * live.width;
      coarse.set(bucket, (coarse.get(bucket) ?? 0) + count);
    }
    live.buckets = coarse;
  }
}

/** What is left of `limits.storedCharacters` for one aggregation. */
interface Budget {
  characters: number;
}

function addValues(live: LiveCell, values: Map<number, string>, budget: Budget) {
  for (const [placeholder, raw] of values) {
    const value = raw.trim().slice(0, limits.valueLength);
    let slot = live.values.get(placeholder);
    if (!slot) live.values.set(placeholder, (slot = { counts: new Map(), other: 0 }));
    if (slot.counts.has(value)) increment(slot.counts, value);
    else if (slot.counts.size < limits.valuesPerPlaceholder && budget.characters >= value.length) {
      budget.characters -= value.length;
      increment(slot.counts, value);
    } else slot.other++;
    const status = smtpStatus(value);
    if (status && (live.smtp.has(status) || live.smtp.size < limits.smtpStatuses))
      increment(live.smtp, status);
  }
}

export class Aggregator {
  private readonly cells = new Map<string, LiveCell>();
  /** Events of kinds beyond the cell limit: counted, not grouped. */
  overflow = 0;
  /** Every event added. */
  total = 0;
  private readonly budget: Budget = { characters: limits.storedCharacters };

  constructor(private readonly index: CatalogIndex | null) {}

  add(event: LogEvent): void {
    this.total++;
    const key = [
      sourceMatchKey(event.source),
      event.eventId,
      event.computer?.toLowerCase() ?? '',
      event.level ?? '',
    ].join('\u0000');
    let live = this.cells.get(key);
    const entry = this.index?.find(event.source, event.eventId) ?? null;
    if (!live) {
      if (this.cells.size >= limits.cells) {
        this.overflow++;
        return;
      }
      live = {
        cell: {
          source: event.source,
          eventId: event.eventId,
          computer: event.computer,
          level: event.level,
          count: 0,
          first: null,
          last: null,
          catalogKey: entry?.key ?? null,
          sample: null,
        },
        values: new Map(),
        smtp: new Map(),
        width: 60_000,
        buckets: new Map(),
      };
      this.cells.set(key, live);
    }
    const { cell } = live;
    cell.count++;
    if (event.time !== null) {
      if (cell.first === null || event.time < cell.first) cell.first = event.time;
      if (cell.last === null || event.time > cell.last) cell.last = event.time;
      addTime(live, event.time);
    }
    // The description as logged is shown only for events the site does not document.
    if (cell.sample === null && !entry && event.message) this.keepSample(cell, event.message);
    const values = placeholderValues(event, entry && this.index ? this.index.templates(entry) : []);
    if (values) addValues(live, values, this.budget);
  }

  private keepSample(cell: LiveCell['cell'], message: string) {
    const sample = message.slice(0, limits.sampleLength);
    if (this.budget.characters < sample.length) return;
    this.budget.characters -= sample.length;
    cell.sample = sample;
  }

  snapshot(): Cell[] {
    return [...this.cells.values()].map((live) => ({
      ...live.cell,
      values: [...live.values].map(([placeholder, slot]) => ({
        placeholder,
        counts: [...slot.counts],
        other: slot.other,
      })),
      smtp: [...live.smtp],
      times: { width: live.width, buckets: [...live.buckets] },
    }));
  }
}
