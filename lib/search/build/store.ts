/** A search store over built index files in memory (tests, benchmark, scale check). */
import type { SearchStore } from '../engine';

/** Values pass through JSON, exactly as the browser receives them. */
export function memoryStore(files: ReadonlyMap<string, unknown>): SearchStore {
  return {
    async load<T>(path: string): Promise<T> {
      const value = files.get(path.replace(/\?.*$/, ''));
      if (value === undefined) throw new Error(`no search file ${path}`);
      return JSON.parse(JSON.stringify(value)) as T;
    },
  };
}
