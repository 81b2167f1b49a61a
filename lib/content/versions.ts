/** Product versions as the event log and the old articles write them, and their release names. */

const releaseNames: Record<string, string> = {
  '6.0': 'Exchange 2000 Server',
  '6.5': 'Exchange Server 2003',
  '8.0': 'Exchange Server 2007',
  '14.0': 'Exchange Server 2010',
  '15.0': 'Exchange Server 2013',
  '15.1': 'Exchange Server 2016',
  '15.2': 'Exchange Server 2019',
};

/** The releases known by name, as major.minor versions (`6.0` … `15.2`). */
export const namedReleases = Object.keys(releaseNames);

/** `8.0 SP1` → `8.0`; `14.03.0123.002` → `14.3`; `8.0 (Exchange Server 2007)` → `8.0`. */
export function majorMinor(version: string): string | null {
  const match = /^\s*(\d+)\.(\d+)/.exec(version);
  return match ? `${Number(match[1])}.${Number(match[2])}` : null;
}

/** `14.0` → `Exchange Server 2010 (14.0)`; unknown versions are shown as they are. */
export function versionLabel(version: string): string {
  const name = releaseNames[majorMinor(version) ?? ''];
  return name ? `${name} (${version})` : version;
}

/** The short release name alone (`Exchange 2010`), for compact labels. */
export function releaseName(version: string): string {
  return releaseNames[majorMinor(version) ?? '']?.replace(' Server', '') ?? version;
}

/** Major.minor versions sorted newest first, without duplicates. */
export function sortVersions(versions: Iterable<string>): string[] {
  const parse = (v: string) => Number.parseFloat(majorMinor(v) ?? '0');
  return [...new Set(versions)].sort((a, b) => parse(b) - parse(a) || a.localeCompare(b));
}
