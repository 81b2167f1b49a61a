import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSite } from './site';
import { smtpCodePage, statusesNamedBy } from './statusLinks';

// The search fixtures hold articles that name statuses in text, in links and in logged texts.
const { site } = validateSite(path.join(import.meta.dirname, '../search/fixtures/corpus'));
const article = (id: string) => site.corpus.articles.find((a) => a.id === id)!;
const eventsOf = (code: string) => smtpCodePage(site, code, 'en')?.events;

describe('statusesNamedBy', () => {
  it('reads a status from the body text', () =>
    expect(statusesNamedBy(article('msexchangetransport/1035/event'))).toEqual([
      '454 4.7.0',
      '4.7.0',
      'x.7.0',
      '454',
    ]));

  it('reads a status from a link to its page', () =>
    expect(statusesNamedBy(article('msexchangetransport/2017/event'))).toEqual([
      '454 4.7.0',
      '4.7.0',
      'x.7.0',
      '454',
    ]));

  it('finds nothing in an article that names no status', () =>
    expect(statusesNamedBy(article('msexchangetransport/8004/event'))).toEqual([]));
});

describe('smtpCodePage', () => {
  it('lists the events naming the code, in event order', () =>
    expect(eventsOf('4.7.0')).toEqual(['msexchangetransport/1035', 'msexchangetransport/2017']));

  it('lists the events naming the reply code of a pair', () =>
    expect(eventsOf('454')).toEqual(['msexchangetransport/1035', 'msexchangetransport/2017']));

  it('does not carry an event over to another class of the same detail', () =>
    expect(eventsOf('5.7.0')).toEqual([]));

  it('adds the events listed by hand under the text after those named in the data', () =>
    expect(eventsOf('4.3.1')).toEqual(['msexchangetransport/15004', 'msexchangetransport/15006']));
});
