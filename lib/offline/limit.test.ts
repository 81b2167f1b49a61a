import { describe, expect, it } from 'vitest';
import { forEachLimited } from './limit';

describe('forEachLimited', () => {
  it('visits every item once and never runs more than the limit at a time', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 1));
      seen.push(item);
      running--;
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('rejects when one item fails', async () => {
    await expect(
      forEachLimited([1, 2], 2, async (item) => {
        if (item === 2) throw new Error('no network');
      }),
    ).rejects.toThrow('no network');
  });
});
