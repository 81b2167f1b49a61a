import { describe, expect, it } from 'vitest';
import { findStatuses, statusKeys } from './statusText';

const isKnown = (code: string) =>
  ['421', '451', '454', '550', '4.4.0', '4.4.2', '4.7.0', '5.7.1'].includes(code);
const found = (text: string, bareReplyCodes = true) =>
  findStatuses(text, { bareReplyCodes, isKnown }).map(({ reply, enhanced }) => ({
    reply,
    enhanced,
  }));

describe('findStatuses', () => {
  it('reads a queue error with the remote answer inside it, in order', () =>
    expect(
      found(
        '451 4.4.0 Primary target IP address responded with: "454 4.7.0 Temporary authentication failure."',
      ),
    ).toEqual([
      { reply: '451', enhanced: '4.4.0' },
      { reply: '454', enhanced: '4.7.0' },
    ]));

  it('reads multi-line replies and lone codes', () =>
    expect(found('550-5.7.1 Relay denied; later 421 and 4.4.2')).toEqual([
      { reply: '550', enhanced: '5.7.1' },
      { reply: '421', enhanced: null },
      { reply: null, enhanced: '4.4.2' },
    ]));

  it('does not read codes out of longer numbers, versions or unknown codes', () =>
    expect(found('build 15.01.2507.006, port 25000, id 14550, 4.4.2.1, 999 9.9.9')).toEqual([]));

  it('in prose, takes a lone three-digit number as a reply code only after a cue word', () => {
    expect(found('The queue holds 550 messages and 421 MB', false)).toEqual([]);
    expect(found('The server answers with SMTP response 421 and Fehler 550', false)).toEqual([
      { reply: '421', enhanced: null },
      { reply: '550', enhanced: null },
    ]);
  });
});

describe('statusKeys', () => {
  it('lists the pair, the enhanced code, its detail in any class, then the reply code', () =>
    expect(statusKeys({ reply: '454', enhanced: '4.7.0' })).toEqual([
      '454 4.7.0',
      '4.7.0',
      'x.7.0',
      '454',
    ]));
});
