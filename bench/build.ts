/**
 * `npm run bench:build`: the full static export of generated corpora (1,000 and 10,000 articles
 * by default; BENCH_BUILD_SIZES=500,2000 for others), through the same `scripts/build.ts` as the
 * real site. Prints milliseconds per page, peak memory of the whole process tree and the export
 * size, so the cost per page can be compared from run to run. Exports are deleted afterwards.
 * Needs about 0.4 MB of disk per generated article.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../scripts/generate-corpus';

const sizes = (process.env.BENCH_BUILD_SIZES ?? '1000,10000').split(',').map(Number);
const work = path.resolve('.cache/bench-build');

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  let rss = 0;
  const rssOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const parent = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
      const kib = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      rssOf.set(Number(entry), kib * 1024);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while it was read.
    }
  }
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    rss += rssOf.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return rss;
}

function folderStats(dir: string): { bytes: number; htmlPages: number } {
  let bytes = 0;
  let htmlPages = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(path.join(dir, name));
    if (!stats.isFile()) continue;
    bytes += stats.size;
    if (name.endsWith('.html')) htmlPages++;
  }
  return { bytes, htmlPages };
}

async function buildOnce(count: number): Promise<void> {
  const content = path.join(work, `content-${count}`);
  const outDir = path.relative(process.cwd(), path.join(work, `site-${count}`));
  rmSync(content, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  const generated = generateCorpus(content, count);
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, KB_CONTENT_DIR: content, KB_OUT_DIR: outDir },
  });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(sampler);
  const ms = performance.now() - started;
  if (code !== 0) {
    console.log(`${count}: build failed (exit ${code})`);
    return;
  }
  const { bytes, htmlPages } = folderStats(outDir);
  console.log(
    [
      String(count).padStart(6),
      String(generated.events).padStart(7),
      String(htmlPages).padStart(7),
      `${(ms / 1000).toFixed(0)} s`.padStart(8),
      `${(ms / htmlPages).toFixed(1)} ms`.padStart(10),
      `${(peak / 2 ** 30).toFixed(2)} GiB`.padStart(10),
      `${(bytes / 2 ** 30).toFixed(2)} GiB`.padStart(10),
    ].join('  '),
  );
  rmSync(outDir, { recursive: true, force: true });
  rmSync(content, { recursive: true, force: true });
}

console.log('articles   events    pages      wall    per page   peak RSS     export');
for (const count of sizes) await buildOnce(count);
