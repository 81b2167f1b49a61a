import { describe, expect, it } from 'vitest';
import { editDistanceAtMostOne } from './typos';

describe('editDistanceAtMostOne', () => {
  it.each([
    ['certificate', 'certifcate'],
    ['certificate', 'certificatte'],
    ['certificate', 'certifikate'],
    ['receive', 'recieve'],
    ['queue', 'queue'],
  ])('%s ~ %s', (a, b) => expect(editDistanceAtMostOne(a, b)).toBe(true));

  it.each([
    ['certificate', 'certifkte'],
    ['receive', 'reveice'],
    ['queue', 'quu'],
  ])('%s is more than one edit from %s', (a, b) => expect(editDistanceAtMostOne(a, b)).toBe(false));
});
