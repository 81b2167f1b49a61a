import { describe, expect, it } from 'vitest';
import { highlight, snippetAround } from './highlight';

describe('highlight', () => {
  it('marks matched words and keeps everything else as plain text, markup included', () =>
    expect(
      highlight(
        '<img src=x onerror=alert(1)> certificate',
        (w) => w === 'img' || w === 'certificate',
      ),
    ).toEqual([
      { text: '<', marked: false },
      { text: 'img', marked: true },
      { text: ' src=x onerror=alert(1)> ', marked: false },
      { text: 'certificate', marked: true },
    ]));

  it('splits words as the search analysis does', () =>
    expect(highlight('E/A-Ausnahme', (w) => w === 'Ausnahme')).toEqual([
      { text: 'E/A-', marked: false },
      { text: 'Ausnahme', marked: true },
    ]));
});

describe('snippetAround', () => {
  it('cuts a snippet around the first hit, at word boundaries', () => {
    const text = `${'lorem '.repeat(100)}certificate expired ${'ipsum '.repeat(100)}`;
    const snippet = snippetAround(text, (w) => w === 'certificate');
    expect(snippet).toMatch(/^… (lorem )+certificate expired( ipsum)+ …$/);
    expect(snippet.length).toBeLessThan(200);
  });
});
