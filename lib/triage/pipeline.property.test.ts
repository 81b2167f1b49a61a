/** Properties: any input ends in a report or a clear note, never a throw; cutting does not matter. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeEvtx } from './fixtures/evtxWriter';
import { sampleEvents } from './fixtures/sampleEvents';
import { fixture, triageBytes } from './testing';

const names = [
  'eventviewer-en.csv',
  'eventviewer-ru.txt',
  'powershell-de.csv',
  'powershell-ru.json',
  'details-de.txt',
  'wevtutil-rendered-de.xml',
];
const samples = names.map(fixture);
const evtx = writeEvtx(sampleEvents, 3);

/**
 * A file that either says why nothing was read, or read something. "Unreadable" is for a file
 * the browser cannot read; bytes in memory never are, so it would hide a bug here.
 */
function settled(result: Awaited<ReturnType<typeof triageBytes>>['result']) {
  if (result.notes.some((n) => n.code === 'unreadable')) return false;
  return result.ok ? result.events > 0 : result.notes.length > 0;
}

describe('triage of any input', () => {
  it('ends in a result for arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        expect(settled((await triageBytes('x', bytes)).result)).toBe(true);
      }),
    );
  });

  it('ends in a result for sample exports cut, spliced and mixed with noise', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc
              .tuple(fc.nat(samples.length - 1), fc.nat(), fc.nat(4000))
              .map(([i, start, length]) => {
                const sample = samples[i]!;
                const from = start % sample.length;
                return sample.subarray(from, from + length);
              }),
            fc.string().map((s) => new TextEncoder().encode(s)),
          ),
          { maxLength: 6 },
        ),
        async (parts) => {
          const bytes = new Uint8Array(parts.flatMap((p) => [...p]));
          expect(settled((await triageBytes('mixed', bytes)).result)).toBe(true);
        },
      ),
    );
  });

  it('ends in a result for an EVTX file with damaged bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(evtx.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 40,
        }),
        async (damage) => {
          const bytes = evtx.slice();
          for (const [at, value] of damage) bytes[at] = value;
          const { result } = await triageBytes('damaged.evtx', bytes);
          expect(settled(result)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the same groups however the stream cuts the file', async () => {
    const inputs: [string, Uint8Array][] = [
      ['details-de.txt', fixture('details-de.txt')],
      ['powershell-de.json', fixture('powershell-de.json')],
      ['wevtutil-rendered-de.xml', fixture('wevtutil-rendered-de.xml')],
      ['eventviewer-ru.txt', fixture('eventviewer-ru.txt')],
      ['sample.evtx', evtx],
    ];
    const whole = await Promise.all(
      inputs.map(([n, b]) => triageBytes(n, b).then((r) => r.groups)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 8 }),
        async (sizes) => {
          for (const [k, [name, bytes]] of inputs.entries())
            expect((await triageBytes(name, bytes, sizes)).groups).toEqual(whole[k]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
