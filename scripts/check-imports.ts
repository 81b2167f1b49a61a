/**
 * Part of `npm run lint`: no import circles in app/, components/, lib/ and scripts/ (the
 * one-way layer rule itself is ESLint's no-restricted-imports). ESLint's import/no-cycle does
 * the same job but took minutes on this machine; this takes about a second.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { importCircles, importGraph } from './importGraph';

const root = process.cwd();
const files = ['app', 'components', 'lib', 'scripts', 'e2e', 'bench'].flatMap((dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name) && !name.includes('fixtures'))
    .map((name) => path.join(root, dir, name)),
);
const circles = importCircles(importGraph(files, root));
for (const circle of circles)
  console.error(`import circle: ${circle.map((f) => path.relative(root, f)).join(' ⇄ ')}`);
if (circles.length > 0) process.exit(1);
console.log(`No import circles among ${files.length} files.`);
