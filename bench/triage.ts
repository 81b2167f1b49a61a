/**
 * Log triage figures (part of `npm run bench`; alone: `npm run bench:triage`): throughput in
 * events per second and peak memory for generated exports of 200,000 events (an Event Viewer
 * CSV of about 50 MB and an EVTX file), read through the same pipeline the page's worker runs;
 * then, when out/ is built, the real page in Chromium: time to the report and the longest
 * main-thread task while the worker reads. The files are written to .cache/bench/triage at run
 * time and never committed. Nothing here passes or fails.
 */
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import sirv from 'sirv';
import { Aggregator } from '../lib/triage/aggregate';
import { CatalogIndex } from '../lib/triage/catalog';
import { buildTriageCatalog } from '../lib/triage/buildCatalog';
import { writeEvtx, type SampleEvent } from '../lib/triage/fixtures/evtxWriter';
import { triageInput } from '../lib/triage/pipeline';
import { loadCorpus } from '../lib/site/site';
import { findChromium } from '../scripts/chromium';

const work = path.resolve('.cache/bench/triage');
const eventCount = Number(process.env.TRIAGE_EVENTS ?? 200_000);
const mib = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
const number = (n: number) => Math.round(n).toLocaleString('en');

const servers = [
  'EX01.contoso.local',
  'EX02.contoso.local',
  'EX03.contoso.local',
  'EDGE01.contoso.local',
];
const responses = [
  '454 4.7.0 Failed to establish appropriate TLS channel: UntrustedRoot: Access Denied',
  '550 5.7.1 Unable to relay',
  '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError."',
  '552 5.3.4 Message size exceeds fixed maximum message size',
];

/** One generated event: a realistic mix of documented and undocumented transport events. */
function generated(i: number): SampleEvent & { message: string } {
  const computer = servers[i % servers.length]!;
  const time = Date.UTC(2024, 0, 2) + i * 400;
  switch (i % 10) {
    case 0:
    case 1:
    case 2:
    case 3: {
      const values = [
        `Outbound ${i % 13}`,
        `<m${i}@contoso.com>`,
        responses[i % responses.length]!,
      ];
      return {
        source: 'MSExchangeTransport',
        eventId: 2004,
        level: 4,
        qualifiers: 16388,
        time,
        computer,
        values,
        message: `Send connector ${values[0]}: Message delivery was not successful. The message with message ID ${values[1]} was acknowledged with SMTP response ${values[2]}.`,
      };
    }
    case 4:
    case 5: {
      const values = ['Internet', `mx${i % 50}.fabrikam.com`];
      return {
        source: 'MSExchangeTransport',
        eventId: 2002,
        level: 3,
        qualifiers: 32772,
        time,
        computer,
        values,
        message: `Send connector ${values[0]}: an error occurred while connecting to ${values[1]}.`,
      };
    }
    case 6: {
      const values = [`Default Frontend ${computer.slice(0, 4)}`, responses[3]!];
      return {
        source: 'MSExchangeFrontEndTransport',
        eventId: 1010,
        level: 3,
        qualifiers: 32772,
        time,
        computer,
        values,
        message: `Receive connector ${values[0]} rejected a message at SMTP end of data with ${values[1]}.`,
      };
    }
    case 7: {
      const values = ['mail.contoso.com'];
      return {
        source: 'MSExchangeTransport',
        eventId: 12016,
        level: 2,
        qualifiers: 49156,
        time,
        computer,
        values,
        message: `There is no valid SMTP Transport Layer Security (TLS) certificate for the FQDN of ${values[0]}. The existing certificate for that FQDN has expired.`,
      };
    }
    default: {
      const values = ['MSExchangeTransport.exe', String(4000 + (i % 97))];
      return {
        source: 'MSExchange ADAccess',
        eventId: 2080,
        level: 4,
        qualifiers: 16388,
        time,
        computer,
        values,
        message: `Process ${values[0]} (PID=${values[1]}). Exchange Active Directory Provider has discovered the following servers with the following characteristics:\r\n (Server name | Roles | Enabled | Reachability)\r\nIn-site:\r\ndc01.contoso.local\tCDG 1 7 7 1 0 1 1 7 1`,
      };
    }
  }
}

const levelNames: Record<number, string> = { 2: 'Error', 3: 'Warning', 4: 'Information' };

function writeCsv(file: string): void {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const rows = ['Level,Date and Time,Source,Event ID,Task Category'];
  for (let i = 0; i < eventCount; i++) {
    const e = generated(i);
    const d = new Date(e.time);
    const hour = d.getUTCHours() % 12 || 12;
    const when = `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${hour}:${String(d.getUTCMinutes()).padStart(2, '0')}:${String(d.getUTCSeconds()).padStart(2, '0')} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
    rows.push([levelNames[e.level], when, e.source, e.eventId, 'None', quote(e.message)].join(','));
  }
  writeFileSync(file, `${rows.join('\r\n')}\r\n`);
}

/** Events per second and peak memory of the pipeline over one file, streamed in 64 KiB pieces. */
async function measureNode(file: string, catalog: CatalogIndex) {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  const aggregator = new Aggregator(catalog);
  const started = performance.now();
  const result = await triageInput(
    {
      name: path.basename(file),
      size: statSync(file).size,
      chunks: createReadStream(file, { highWaterMark: 64 * 1024 }),
    },
    aggregator,
    {
      progress: () => {
        const now = process.memoryUsage();
        peakHeap = Math.max(peakHeap, now.heapUsed);
        peakRss = Math.max(peakRss, now.rss);
      },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    result,
    seconds,
    peakHeap,
    peakRss,
    baseHeap: before.heapUsed,
    groups: aggregator.snapshot().length,
  };
}

/**
 * The built site, cross-origin isolated so that the page may measure its memory (its own and its
 * worker's) with performance.measureUserAgentSpecificMemory().
 */
function serve(root: string, port: number): Promise<http.Server> {
  const files = sirv(root, { dev: false });
  const server = http.createServer((req, res) => {
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    files(req, res, () => void res.writeHead(404).end());
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

interface MemoryWindow {
  longest: number;
  peakMemory: number;
  baseMemory: number;
}

/**
 * The built page: time from choosing the file to the report, the longest main-thread task
 * meanwhile, and the peak memory of the page with its worker (sampled every 250 ms).
 */
async function measureBrowser(browser: Browser, file: string) {
  const server = await serve('out', 3192);
  const page = await browser.newPage();
  try {
    await page.goto('http://localhost:3192/en/triage/');
    await page.waitForFunction(
      () => document.querySelector<HTMLButtonElement>('.drop-zone button')?.disabled === false,
    );
    await page.evaluate(async () => {
      const w = window as unknown as MemoryWindow;
      const measure = (
        performance as unknown as {
          measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }>;
        }
      ).measureUserAgentSpecificMemory?.bind(performance);
      w.longest = 0;
      w.baseMemory = measure ? (await measure()).bytes : NaN;
      w.peakMemory = w.baseMemory;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
      }).observe({ type: 'longtask', buffered: false });
      if (measure)
        setInterval(() => {
          void measure().then((m) => (w.peakMemory = Math.max(w.peakMemory, m.bytes)));
        }, 250);
    });
    const started = performance.now();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.locator('.triage-summary').waitFor({ timeout: 600_000 });
    const seconds = (performance.now() - started) / 1000;
    const summary = await page.locator('.triage-summary').textContent();
    const measured = await page.evaluate(() => {
      const { longest, peakMemory, baseMemory } = window as unknown as MemoryWindow;
      return { longest, peakMemory, baseMemory };
    });
    return { seconds, summary, ...measured };
  } finally {
    await page.close();
    server.close();
  }
}

export async function benchTriage(print: (line: string) => void): Promise<void> {
  mkdirSync(work, { recursive: true });
  const csv = path.join(work, 'events.csv');
  const evtx = path.join(work, 'Application.evtx');
  writeCsv(csv);
  writeFileSync(
    evtx,
    writeEvtx(
      Array.from({ length: eventCount }, (_, i) => generated(i)),
      1000,
    ),
  );
  (globalThis as { gc?: () => void }).gc?.();
  const catalog = new CatalogIndex(buildTriageCatalog(loadCorpus()));
  print(
    `\n== log triage: ${number(eventCount)} generated events (mixed documented and undocumented)`,
  );
  for (const [label, file] of [
    ['Event Viewer CSV', csv],
    ['EVTX', evtx],
  ] as const) {
    const m = await measureNode(file, catalog);
    print(
      `  ${label}, ${mib(m.result.size)}: ${number(m.result.events)} events in ${m.seconds.toFixed(1)} s = ${number(m.result.events / m.seconds)} events/s (Node, the worker's pipeline); ${m.groups} cells; JS heap peak ${mib(m.peakHeap)}, +${mib(m.peakHeap - m.baseHeap)} over the ${mib(m.baseHeap)} before reading; peak RSS ${mib(m.peakRss)}${m.result.notes.length ? `; notes ${JSON.stringify(m.result.notes)}` : ''}`,
    );
  }
  if (!existsSync('out/en/triage/index.html')) {
    print('  (out/ is not built: run npm run build to measure the page in Chromium too)');
    return;
  }
  // A browser of its own: eager memory measurement needs a flag at launch.
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: ['--enable-blink-features=ForceEagerMeasureMemory', '--disable-background-networking'],
  });
  try {
    const m = await measureBrowser(browser, csv);
    print(
      `  Chromium, built page /en/triage/, the CSV: report after ${m.seconds.toFixed(1)} s = ${number(eventCount / m.seconds)} events/s ("${m.summary}"); longest main-thread task meanwhile ${m.longest.toFixed(0)} ms; page and worker memory peak ${mib(m.peakMemory)} (${mib(m.baseMemory)} before the file)`,
    );
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchTriage(console.log);
