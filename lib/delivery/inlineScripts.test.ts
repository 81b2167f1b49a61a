import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from './inlineScripts';

describe('inlineScriptHashes', () => {
  it('hashes an inline script exactly as written', () => {
    expect(inlineScriptHashes('<p>x</p><script>alert(1)</script>')).toEqual([
      'bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=',
    ]);
  });

  it('hashes the UTF-8 bytes of non-ASCII text', () => {
    expect(inlineScriptHashes('<script>console.log("ü")</script>')).toEqual([
      '1HTeIkSPwWaZKf0YfSfUzKwek2XvYNQBGRTdP1ltsVM=',
    ]);
  });

  it('skips scripts loaded from a file and data blocks that never run', () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
      '<script type="application/json">{}</script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it('keeps module scripts, upper-case tags and a quoted ">" in an attribute', () => {
    const html = [
      '<SCRIPT type="module" data-note="a>b">alert(1)</SCRIPT >',
      '<script id="_R_">self.__next_f.push([1,"a>b"])</script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([
      'bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=',
      'Qx9hlS6+taVwUWwYUrLOPSxfy8sQIlLWs15dtZ68cyc=',
    ]);
  });

  it('lists a script that appears twice once', () => {
    expect(inlineScriptHashes('<script>alert(1)</script><script>alert(1)</script>')).toHaveLength(
      1,
    );
  });
});
