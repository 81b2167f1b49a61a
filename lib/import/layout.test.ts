import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recogniseLayout, splitDocument } from './layout';
import { toLines } from './lines';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');
const split = (text: string) => splitDocument(toLines(text));

describe('splitDocument', () => {
  it('finds title, date, introduction, table and sections of an event article', () => {
    const doc = split(fixture('en/MSExchangeTransport-9901.txt'));
    expect(doc.title).toBe('MSExchangeTransport 9901');
    expect(doc.lastModified).toMatchObject({ label: 'Topic Last Modified', date: '2010-05-04' });
    expect(doc.intro.map((l) => l.text).join(' ')).toContain('This page explains one event');
    expect(doc.details).toMatchObject({
      eventId: '9901',
      source: 'MSExchangeTransport',
      symbolicName: 'SampleQueueStalled',
      messageText: 'Queue %1 has not moved for %2 minutes.',
    });
    expect(doc.sections.map((s) => s.key)).toEqual([
      'explanation',
      'user-action',
      'more-information',
    ]);
  });

  it('drops the share line and footer, never taking them for a title or text', () => {
    const doc = split(
      'Share via\n\nMSExchangeTransport 1\n\nTopic Last Modified: 2010-05-04\n\nDetails\n\nEvent ID\n\n1\n\nExplanation\n\nText.\n\n© 2010 Sample Corporation. All rights reserved.',
    );
    expect(doc.title).toBe('MSExchangeTransport 1');
    expect(doc.sections[0]!.lines.filter((l) => l.text !== '').map((l) => l.text)).toEqual([
      'Text.',
    ]);
  });

  it('reads the bracketed note of an analyzer rule over several lines, and its prose as introduction', () => {
    const doc = split(fixture('en/analyzer-sample-queue-warning.txt'));
    expect(doc.note).toMatch(
      /^This topic addresses an issue reported by the sample analyzer tool\. .* this topic\.$/,
    );
    expect(doc.details).toBeNull();
    expect(doc.sections).toEqual([]);
    expect(doc.intro.some((l) => l.text.startsWith('To address this warning'))).toBe(true);
  });

  it('does not take prose that starts like a generic label for the table', () => {
    const doc = split(
      'Rule\n\n[Reported by the analyzer.]\n\nTopic Last Modified: 2006-01-01\n\nThe tool looks for event 7 from MSExchangeTransport.\n\nMessage: the queue is full.\n\nTo address this warning:\n\n1. a\n2. b',
    );
    expect(doc.details).toBeNull();
    expect(recogniseLayout(doc).kind).toBe('analyzer');
  });

  it('takes an "Applies to" line as the releases', () => {
    expect(
      split('Title\n\nApplies to: Exchange Server 2007\n\nTopic Last Modified: 2008-01-01\n\nText.')
        .appliesTo,
    ).toBe('Exchange Server 2007');
  });

  it('continues a section whose heading the page repeats', () => {
    const doc = split(
      'T\n\nTopic Last Modified: 2010-01-01\n\nEvent ID: 1\n\nUser Action\n\n1. a\n\nExplanation\n\nx\n\nUser Action\n\n2. b',
    );
    expect(doc.sections.map((s) => s.key)).toEqual(['explanation', 'user-action']);
  });

  it('reports a date that is not a real one', () => {
    expect(split('T\n\nTopic Last Modified: 2010-02-30\n\nEvent ID: 1').lastModified).toMatchObject(
      { date: null },
    );
  });
});

describe('recogniseLayout', () => {
  it('recognises an event, an alert and an analyzer rule', () => {
    expect(recogniseLayout(split(fixture('en/MSExchangeTransport-9901.txt'))).kind).toBe('event');
    expect(recogniseLayout(split(fixture('en/MSExchangeTransport-9902-alert.txt'))).kind).toBe(
      'alert',
    );
    expect(recogniseLayout(split(fixture('en/analyzer-sample-queue-warning.txt')))).toEqual({
      kind: 'analyzer',
      watched: { eventId: 9901, source: 'MSExchangeTransport', level: 'warning' },
    });
  });

  it('finds the watched event under Explanation when an analyzer page has headings', () => {
    const doc = split(
      'Rule\n\n[Reported by the analyzer.]\n\nTopic Last Modified: 2006-01-01\n\nExplanation\n\nThe tool looks for event 7 from MSExchangeTransport.',
    );
    expect(recogniseLayout(doc)).toEqual({
      kind: 'analyzer',
      watched: { eventId: 7, source: 'MSExchangeTransport', level: null },
    });
  });

  it('says why a file is not an article', () => {
    expect(() => recogniseLayout(split(fixture('other/meeting-notes.txt')))).toThrow(
      /not a legacy event, alert or analyzer article/,
    );
    expect(() =>
      recogniseLayout(
        split('T\n\nTopic Last Modified: 2010-01-01\n\nEvent Source: X\n\nExplanation\n\nx'),
      ),
    ).toThrow('the Details table has no Event ID');
  });
});
