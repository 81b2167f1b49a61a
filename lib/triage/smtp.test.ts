import { describe, expect, it } from 'vitest';
import { smtpStatus } from './smtp';

describe('smtpStatus', () => {
  it('takes a reply with its enhanced code from an SMTP response', () => {
    expect(smtpStatus('454 4.7.0 Failed to establish appropriate TLS channel')).toBe('454 4.7.0');
    expect(smtpStatus('550-5.7.1 Relay denied')).toBe('550 5.7.1');
  });

  it('takes a reply alone when no enhanced code follows', () => {
    expect(smtpStatus('421 Service not available')).toBe('421');
  });

  it('finds an enhanced code inside other text, with or without #', () => {
    expect(smtpStatus('Delivery failed: #5.1.10 recipient not found')).toBe('5.1.10');
  });

  it('ignores numbers that are not statuses: versions, ports, addresses', () => {
    expect(smtpStatus('Outbound to Office 365')).toBeNull();
    expect(smtpStatus('15.2.1118.7')).toBeNull();
    expect(smtpStatus('10.0.0.5:587')).toBeNull();
    expect(smtpStatus('2500 messages')).toBeNull();
  });
});
