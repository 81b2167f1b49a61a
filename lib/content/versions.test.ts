import { describe, expect, it } from 'vitest';
import { releaseName, sortVersions, versionLabel } from './versions';

describe('versionLabel', () => {
  it.each([
    ['6.0', 'Exchange 2000 Server (6.0)'],
    ['6.5', 'Exchange Server 2003 (6.5)'],
    ['8.0 SP1', 'Exchange Server 2007 (8.0 SP1)'],
    ['15.2', 'Exchange Server 2019 (15.2)'],
    ['4.0', '4.0'],
  ])('%s → %s', (version, label) => expect(versionLabel(version)).toBe(label));
});

describe('releaseName', () => {
  it('is the short name of every named release, Exchange 2000 included', () =>
    expect(['6.0', '6.5', '14.0'].map(releaseName)).toEqual([
      'Exchange 2000',
      'Exchange 2003',
      'Exchange 2010',
    ]));
});

describe('sortVersions', () => {
  it('puts the newest first and drops repeats', () =>
    expect(sortVersions(['6.0', '15.1', '8.0', '15.1', '6.5'])).toEqual([
      '15.1',
      '8.0',
      '6.5',
      '6.0',
    ]));
});
