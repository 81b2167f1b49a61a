import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCircles, importGraph } from './importGraph';

const root = mkdtempSync(path.join(tmpdir(), 'kb-imports-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function project(files: Record<string, string>): string[] {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return Object.keys(files).map((name) => path.join(root, name));
}

const circlesOf = (files: Record<string, string>) =>
  importCircles(importGraph(project(files), root)).map((circle) =>
    circle.map((file) => path.relative(root, file)),
  );

describe('importCircles', () => {
  it('finds a circle through relative and @/ imports, type-only ones included', () => {
    expect(
      circlesOf({
        'lib/a/one.ts': "import { two } from './two';\nexport const one = two;",
        'lib/a/two.ts': "import type { Three } from '@/lib/a/three';\nexport const two = 2;",
        'lib/a/three.ts': "import { one } from '../a/one';\nexport type Three = typeof one;",
      }),
    ).toEqual([['lib/a/one.ts', 'lib/a/three.ts', 'lib/a/two.ts']]);
  });

  it('accepts imports that run one way, packages and index files', () => {
    expect(
      circlesOf({
        'lib/b/index.ts':
          "import { leaf } from './leaf';\nimport { z } from 'zod';\nexport { leaf, z };",
        'lib/b/leaf.ts': 'export const leaf = 1;',
        'app/page.tsx': "import { leaf } from '@/lib/b';\nexport default () => leaf;",
      }),
    ).toEqual([]);
  });
});
