import { describe, expect, it } from 'vitest';
import { isWorthCopying } from './codeMarks';

describe('isWorthCopying', () => {
  it.each([
    'Get-Queue -Server EX01',
    'V14\\TransportRoles\\Logs\\ProtocolLog',
    'CN=Accepted Domains,CN=Transport Settings',
  ])('offers a copy button for %s', (text) => {
    expect(isWorthCopying(text)).toBe(true);
  });

  it.each([
    ['short commands', 'ipconfig /all'],
    ['short cmdlets', 'Get-Queue'],
    ['cmdlet names named in a sentence', 'Get-MessageTrackingLog'],
    ['long property names', 'MaxInboundConnectionPerSource'],
    ['text over several lines', 'Get-Queue -Server EX01\nGet-Message'],
  ])('offers none for %s', (_, text) => {
    expect(isWorthCopying(text)).toBe(false);
  });
});
