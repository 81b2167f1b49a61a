/** Small helpers for the benchmark's figures. */
import { brotliCompressSync, constants } from 'node:zlib';

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

export const median = (values: readonly number[]) => percentile(values, 50);

export function brotliSize(data: string | Uint8Array): number {
  return brotliCompressSync(typeof data === 'string' ? Buffer.from(data) : data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
}

/** Left-aligned label, then columns of equal width. */
export function row(label: string, ...cells: string[]): string {
  return `  ${label.padEnd(44)}${cells.map((c) => c.padEnd(32)).join('')}`.trimEnd();
}
