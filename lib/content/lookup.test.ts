import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from './corpus';
import { eventPageParams, findEventOrAlias, findEventPage, permalinkParams } from './lookup';

const { corpus } = validateContent(path.join(import.meta.dirname, 'fixtures', 'valid'));

describe('eventPageParams', () => {
  const params = eventPageParams(corpus);

  it('gives every event its own address', () => {
    expect(
      params
        .filter((p) => p.article.length === 0)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['2002', '2004', '8004']);
  });

  it('gives articles their own address only where several share an event', () => {
    expect(params.filter((p) => p.article.length > 0)).toEqual([
      { source: 'msexchangetransport', id: '8004', article: ['event'] },
      { source: 'msexchangetransport', id: '8004', article: ['exchange-2007-alert'] },
    ]);
  });
});

describe('findEventPage', () => {
  it('shows the first article at the event address', () => {
    expect(findEventPage(corpus, 'msexchangetransport', '8004')?.article.slug).toBe('event');
  });

  it('finds an article below an event it shares', () => {
    const page = findEventPage(corpus, 'msexchangetransport', '8004', ['exchange-2007-alert']);
    expect(page?.article.slug).toBe('exchange-2007-alert');
    expect(page?.belowEvent).toBe(true);
  });

  it.each([
    ['a lone article below its event', '2004', ['event']],
    ['an unknown article', '8004', ['nope']],
    ['an unknown event', '9999', []],
    ['a deeper path', '8004', ['event', 'extra']],
    ['a non-numeric ID', 'abc', []],
  ])('refuses %s', (_, id, segments) => {
    expect(findEventPage(corpus, 'msexchangetransport', id, segments)).toBeNull();
  });
});

describe('sister sources', () => {
  it('lead from the sister source address to the event documented under its main source', () => {
    expect(findEventOrAlias(corpus, 'msexchangefrontendtransport', '2002')?.key).toBe(
      'msexchangetransport/2002',
    );
  });

  it('lead nowhere for an ID the sister source is not said to log', () => {
    expect(findEventOrAlias(corpus, 'msexchangefrontendtransport', '2004')).toBeNull();
  });

  it('get a permalink of their own beside every event', () => {
    expect(permalinkParams(corpus).map((p) => `${p.source}/${p.id}`)).toEqual([
      'msexchangetransport/2002',
      'msexchangetransport/2004',
      'msexchangetransport/8004',
      'msexchangefrontendtransport/2002',
    ]);
  });

  it('do not get a localized event address (only the permalink forwards)', () => {
    expect(findEventPage(corpus, 'msexchangefrontendtransport', '2002')).toBeNull();
  });
});
