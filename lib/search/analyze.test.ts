import { describe, expect, it } from 'vitest';
import { analyze, maxTokenLength } from './analyze';

const same = (locale: 'en' | 'de' | 'ru', a: string, b: string) =>
  expect(analyze(locale, a), `${a} ~ ${b}`).toEqual(analyze(locale, b));

describe('German analysis', () => {
  it.each([
    ['Überprüfen', 'Ueberpruefen'],
    ['Überprüfen', 'uberprufen'],
    ['Begrüßung', 'Begruessung'],
    ['Zertifikate', 'Zertifikat'],
    ['Warteschlangen', 'Warteschlange'],
    ['Verbindungen', 'Verbindung'],
  ])('%s matches %s', (a, b) => same('de', a, b));
});

describe('Russian analysis', () => {
  it.each([
    ['сертификата', 'сертификат'],
    ['сертификаты', 'сертификат'],
    ['ключа', 'ключ'],
    ['отпечатка', 'отпечаток'],
    ['истёк', 'истек'],
    ['соединителя', 'соединитель'],
  ])('%s matches %s', (a, b) => same('ru', a, b));

  it('keeps й distinct from и', () => expect(analyze('ru', 'район')[0]).toContain('й'));
  it('analyses English words inside Russian text as English', () =>
    same('ru', 'certificates', 'certificate'));
});

describe('English analysis', () => {
  it.each([
    ['certificates', 'certificate'],
    ['connections', 'connection'],
    ['queues', 'queue'],
  ])('%s matches %s', (a, b) => same('en', a, b));
});

describe('tokens', () => {
  it('keep numbers whole (2004 is not 204)', () =>
    expect(analyze('en', 'event 2004')).toEqual(['event', '2004']));
  it('are capped in length', () =>
    expect(analyze('en', 'a'.repeat(500))[0]!.length).toBeLessThanOrEqual(maxTokenLength));
});
