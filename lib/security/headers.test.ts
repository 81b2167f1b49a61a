import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSources } from './headers';

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the site and from the hashes it is given', () => {
    const policy = contentSecurityPolicy(hashSources(['abc=', 'def=']));
    expect(policy).toContain("script-src 'self' 'sha256-abc=' 'sha256-def='; ");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('allows no inline script at all without hashes', () => {
    expect(contentSecurityPolicy()).toContain("script-src 'self'; ");
  });
});
