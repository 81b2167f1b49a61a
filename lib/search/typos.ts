/**
 * True when `a` and `b` differ by at most one edit: an insertion, a deletion, a substitution or
 * two neighbouring letters swapped (`recieve`).
 */
export function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length !== long.length) return short.slice(i) === long.slice(i + 1);
  // Substitution, or a swap of this letter and the next.
  return (
    short.slice(i + 1) === long.slice(i + 1) ||
    (short[i] === long[i + 1] &&
      short[i + 1] === long[i] &&
      short.slice(i + 2) === long.slice(i + 2))
  );
}
