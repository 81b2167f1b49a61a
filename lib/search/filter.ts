/** Filters of the results page, applied to the facets of each article (./format Facets). */
import { levelBits, type Facets, type LevelName } from './format';

export interface SearchFilters {
  source?: string;
  category?: string;
  level?: string;
  version?: string;
}

export function hasFilters(filters: SearchFilters): boolean {
  return Boolean(filters.source || filters.category || filters.level || filters.version);
}

/** A predicate over article indexes; a filter value the facets do not know lets nothing pass. */
export function filterPredicate(facets: Facets, filters: SearchFilters): (doc: number) => boolean {
  const tests: ((row: Facets['articles'][number]) => boolean)[] = [];
  if (filters.source) {
    const index = facets.sources.findIndex(([slug]) => slug === filters.source);
    tests.push((row) => index >= 0 && row[0] === index);
  }
  if (filters.category) {
    const index = facets.categories.indexOf(filters.category);
    tests.push((row) => index >= 0 && row[1] === index);
  }
  if (filters.level) {
    const bit = levelBits[filters.level as LevelName] ?? 0;
    tests.push((row) => (row[2] & bit) !== 0);
  }
  if (filters.version) {
    const index = facets.versions.indexOf(filters.version);
    tests.push((row) => index >= 0 && (row[3] & (1 << index)) !== 0);
  }
  return (doc) => {
    const row = facets.articles[doc];
    return row !== undefined && tests.every((test) => test(row));
  };
}
