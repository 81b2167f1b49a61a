import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOfLabel } from './language';

const detect = (title: string, label: string | null, intro = '') =>
  detectLanguage({ title, lastModifiedLabel: label, intro })?.code ?? null;

describe('detectLanguage', () => {
  it('reads the translated "last modified" label', () => {
    expect(detect('MSExchangeTransport 9901', 'Topic Last Modified')).toBe('en');
    expect(detect('MSExchangeTransport 9901', 'Letztes Änderungsdatum des Themas')).toBe('de');
    expect(detect('MSExchangeTransport 9901', 'Dernière rubrique modifiée')).toBe('fr');
    expect(detect('MSExchangeTransport 9901', 'Última modificación del tema')).toBe('es');
  });

  it('decides by script for Cyrillic, Japanese, Chinese and Korean text', () => {
    expect(detect('Очередь не перемещается', 'Последнее изменение раздела')).toBe('ru');
    expect(detect('MSExchangeTransport 9901', 'トピックの最終更新日')).toBe('ja');
    expect(detect('キューが停止しました', null)).toBe('ja');
    expect(detect('队列已停止', null)).toBe('zh');
    expect(detect('큐가 중지되었습니다', null)).toBe('ko');
  });

  it('tells a half-translated page by its title and introduction', () => {
    expect(
      detect(
        'Warteschlange bewegt sich nicht',
        null,
        'Diese Seite erklärt ein Ereignis und wie Sie darauf reagieren.',
      ),
    ).toBe('de');
    expect(
      detect(
        "La file d'attente ne se déplace plus",
        null,
        'Cette page explique un événement et ce qu’il faut faire.',
      ),
    ).toBe('fr');
    expect(
      detect(
        'La cola no se mueve',
        null,
        'Esta página explica un evento y cómo actuar cuando se registra.',
      ),
    ).toBe('es');
    expect(
      detect('Queue is stalled', null, 'This page explains one event and how to act on it.'),
    ).toBe('en');
  });

  it('lets a German introduction outweigh an untranslated English label', () => {
    expect(
      detect(
        'Warteschlange bewegt sich nicht',
        'Topic Last Modified',
        'Diese Seite erklärt, wie Sie das Ereignis beheben, wenn es auf dem Server auftritt.',
      ),
    ).toBe('de');
  });

  it('names the language in English', () => {
    expect(
      detectLanguage({ title: 'x', lastModifiedLabel: 'Dernière rubrique modifiée', intro: '' }),
    ).toEqual({ code: 'fr', name: 'French' });
  });

  it('gives up when there is no evidence', () =>
    expect(detect('MSExchangeTransport 9901', null)).toBeNull());
});

describe('languageOfLabel', () => {
  it('ignores case, spacing and a colon', () =>
    expect(languageOfLabel('  letztes   Änderungsdatum des Themas: ')).toBe('de'));
  it('does not know other labels', () => expect(languageOfLabel('Published')).toBeNull());
});
