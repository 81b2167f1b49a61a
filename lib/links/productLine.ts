/**
 * Product versions as tools report them (`14.0`, `14.03.0123.002`, `8.0 (Exchange Server 2007)`,
 * `15.01.2507.006`) reduced to the release they belong to. Exchange 2007 and 2010 kept their
 * major version across service packs (14.3 is Exchange 2010 SP3); from 2013 on the minor version
 * names the release (15.0 = 2013, 15.1 = 2016, 15.2 = 2019).
 */
export function productLine(version: string): string | null {
  const match = /^\s*v?(\d{1,2})(?:\.(\d{1,4}))?/.exec(version);
  if (!match) return null;
  const major = Number(match[1]);
  const minor = Number(match[2] ?? 0);
  if (major >= 15) return `${major}.${minor}`;
  if (major === 6) return `6.${minor >= 5 ? 5 : 0}`;
  return `${major}`;
}
