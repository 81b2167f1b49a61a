/**
 * `npm test`: every check, in order, stopping at the first failure. Each step is an npm script
 * of its own (so any one can be run alone); at the end, or at the failure, it prints what each
 * step took, so a maintainer sees where the minutes go.
 */
import { spawnSync } from 'node:child_process';

const steps = [
  'typecheck',
  'lint',
  'test:unit',
  'check:content',
  'test:scale',
  'build',
  'test:e2e',
  'test:lighthouse',
  'test:fixture-site',
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const took: [step: string, seconds: number][] = [];
const started = Date.now();
let failed: string | null = null;

for (const step of steps) {
  const stepStarted = Date.now();
  const run = spawnSync(npm, ['run', step], { stdio: 'inherit' });
  took.push([step, (Date.now() - stepStarted) / 1000]);
  if (run.status !== 0) {
    failed = step;
    break;
  }
}

const width = Math.max(...steps.map((s) => s.length));
console.log('\nnpm test, time per step:');
for (const [step, seconds] of took) console.log(`  ${step.padEnd(width)}  ${seconds.toFixed(0)} s`);
console.log(`  ${'total'.padEnd(width)}  ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (failed) {
  console.error(`\nnpm test stopped: ${failed} failed.`);
  process.exit(1);
}
