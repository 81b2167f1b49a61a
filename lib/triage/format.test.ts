import { describe, expect, it } from 'vitest';
import { formatBytes, formatSpan } from './format';

describe('formatBytes', () => {
  it('prints sizes in the unit that fits, in the reader’s locale', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(52_428_800, 'en')).toBe('50 MB');
    expect(formatBytes(1_572_864, 'de')).toBe('1,5 MB');
  });
});

describe('formatSpan', () => {
  it('prints a histogram interval in minutes, hours or days', () => {
    expect(formatSpan(5 * 60_000, 'en')).toBe('5 min');
    expect(formatSpan(3 * 3_600_000, 'en')).toBe('3 hr');
    expect(formatSpan(3 * 86_400_000, 'ru')).toBe('3 дн.');
  });
});
