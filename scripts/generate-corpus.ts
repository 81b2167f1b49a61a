/**
 * Generates a synthetic content folder of N valid articles (for the scale test and the search
 * benchmark). Words are drawn from a fixed vocabulary with a seeded generator, so runs repeat.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const words =
  'connector queue message transport certificate server receive send delivery routing categorizer mailbox database disk resource pressure directory pickup replay poison retry timeout authentication permission domain recipient sender header agent service restart configuration network firewall dns smart host tls session protocol log tracking threshold memory version'.split(
    ' ',
  );
const sources = [
  'MSExchangeTransport',
  'MSExchange Antispam',
  'MSExchange Store Driver',
  'MSExchangeFrontEndTransport',
];
const categories = ['SmtpReceive', 'SmtpSend', 'Routing', 'Storage', 'ResourceManager'];
const levels = ['error', 'warning', 'information'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

export function generateCorpus(dir: string, count: number, seed = 42): void {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const sentence = (n: number) => {
    const text = Array.from({ length: n }, () => pick(words)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length]!;
    const slug = source.toLowerCase().replace(/\s+/g, '-');
    const eventId = 20000 + Math.floor(i / sources.length);
    const folder = path.join(dir, 'en', slug);
    mkdirSync(folder, { recursive: true });
    const body = [
      '## Explanation',
      '',
      Array.from({ length: 6 }, () => sentence(14)).join(' '),
      '',
      '## User action',
      '',
      ...Array.from(
        { length: 4 },
        (_, step) => `${step + 1}. ${sentence(12)} Run \`Get-Queue\` and check the result.`,
      ),
      '',
      '## More information',
      '',
      Array.from({ length: 3 }, () => sentence(16)).join(' '),
    ].join('\n');
    const frontmatter = [
      '---',
      `title: ${sentence(7).replace(/\.$/, '')} ${i}`,
      'kind: event',
      `source: ${source}`,
      `eventId: ${eventId}`,
      `level: ${pick(levels)}`,
      `category: ${pick(categories)}`,
      `symbolicName: Generated${i}`,
      `messageText: 'The ${pick(words)} ${pick(words)} %1 could not reach %2 after %3 attempts.'`,
      'product: Exchange',
      "productVersions: ['14.0']",
      'updated: 2026-01-01',
      `sources: ['https://technet.example.org/library/${eventId}']`,
      '---',
    ].join('\n');
    writeFileSync(path.join(folder, `${eventId}.md`), `${frontmatter}\n${body}\n`);
  }
}
