import { describe, expect, it } from 'vitest';
import { median, summary, table } from './lighthouse-report';

describe('median', () => {
  it('takes the middle run, or the mean of the two middle ones', () => {
    expect(median([97, 91, 99])).toBe(97);
    expect(median([90, 100, 94, 96])).toBe(95);
  });
});

describe('summary', () => {
  it('gives performance as the median and the other categories as their worst run', () => {
    expect(
      summary({
        page: 'article',
        locale: 'en',
        formFactor: 'mobile',
        runs: [
          { performance: 92, accessibility: 100, seo: 100 },
          { performance: 98, accessibility: 96, seo: 100 },
          { performance: 95, accessibility: 100, seo: 100 },
        ],
      }),
    ).toEqual({ performance: 95, accessibility: 96, seo: 100 });
  });
});

describe('table', () => {
  it('prints one aligned row per page, locale and form factor', () => {
    expect(
      table([
        {
          page: 'home',
          locale: 'de',
          formFactor: 'desktop',
          runs: [{ performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }],
        },
      ]),
    ).toBe(
      [
        '| page | locale | form    | performance | accessibility | best practices | SEO |',
        '|------|--------|---------|-------------|---------------|----------------|-----|',
        '| home | de     | desktop | 100         | 100           | 100            | 100 |',
      ].join('\n'),
    );
  });
});
