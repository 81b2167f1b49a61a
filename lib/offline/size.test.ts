import { describe, expect, it } from 'vitest';
import { formatSize } from './size';

describe('formatSize', () => {
  it('writes megabytes the way each locale does', () => {
    expect(formatSize(10_640_000, 'en')).toBe('10.6 MB');
    expect(formatSize(10_640_000, 'de')).toBe('10,6 MB');
    expect(formatSize(10_640_000, 'ru')).toBe('10,6 МБ');
  });
});
