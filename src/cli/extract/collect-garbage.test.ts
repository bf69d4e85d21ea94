import { describe, expect, it } from 'vitest';

import { collectGarbage } from './collect-garbage';

/** Makes ~20 MB of objects, measures the heap while they are held, and drops them: returns the heap then. */
function heapWithGarbageDropped(): number {
  const garbage = Array.from({ length: 300_000 }, (_, i) => ({ i, text: `entry ${i}` }));
  expect(garbage).toHaveLength(300_000);
  return process.memoryUsage().heapUsed;
}

describe('collectGarbage', () => {
  it('collects what nothing holds any more, each time it is called', () => {
    for (let round = 0; round < 2; round += 1) {
      collectGarbage();
      const before = process.memoryUsage().heapUsed;
      const held = heapWithGarbageDropped();
      expect(held - before).toBeGreaterThan(10 * 1024 * 1024);
      collectGarbage();
      expect(process.memoryUsage().heapUsed - before).toBeLessThan((held - before) / 4);
    }
  });
});
