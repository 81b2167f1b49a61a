import { describe, expect, it } from 'vitest';
import { allSmtpCodes, findSmtpCode, isKnownSmtpCode } from './codes';

describe('SMTP codes', () => {
  it.each(['421', '550', '4.4.2', '5.7.1', '2.6.0', '2.1.5', 'X.4.2'.replace('X', '4')])(
    'knows %s',
    (code) => expect(isKnownSmtpCode(code)).toBe(true),
  );
  it.each(['420', '999', '2.7.1', '6.1.1', '4.9.9', '4.4', ''])('does not know %s', (code) =>
    expect(isKnownSmtpCode(code)).toBe(false),
  );

  it('tells transient from permanent enhanced codes', () => {
    expect(findSmtpCode('4.4.2')).toMatchObject({ type: 'enhanced', classDigit: '4' });
    expect(findSmtpCode('5.4.2')).toMatchObject({ type: 'enhanced', classDigit: '5' });
  });

  it('gives every listed code a page, once', () => {
    const codes = allSmtpCodes();
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(isKnownSmtpCode(code), code).toBe(true);
  });
});
