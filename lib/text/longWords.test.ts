import { describe, expect, it } from 'vitest';
import { longWordPieces } from './longWords';

describe('longWordPieces', () => {
  it('splits only the long words of a sentence', () => {
    expect(longWordPieces('the event OnSubmittedMessage, e.g. 4.4.2')).toEqual([
      'the event On',
      'Submitted',
      'Message, e.g. 4.4.2',
    ]);
  });

  it('splits a dotted type name inside a quotation', () => {
    expect(longWordPieces("type 'Contoso.Mail.RoutingAgent' failed")).toEqual([
      "type 'Contoso.",
      'Mail.',
      'Routing',
      "Agent' failed",
    ]);
  });

  it('leaves text without long words in one piece', () => {
    expect(longWordPieces('Send connector %1 failed.')).toEqual(['Send connector %1 failed.']);
    expect(longWordPieces('')).toEqual([]);
  });
});
