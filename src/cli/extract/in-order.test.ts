import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { settleInOrder } from './in-order';

/** A runner whose tasks finish after the given delays (ms), tracking how many run at once. */
function delayedRunner() {
  const stats = { running: 0, mostRunning: 0 };
  const run = (delay: number) =>
    new Promise<number>((resolve) => {
      stats.running += 1;
      stats.mostRunning = Math.max(stats.mostRunning, stats.running);
      setTimeout(() => {
        stats.running -= 1;
        resolve(delay * 10);
      }, delay);
    });
  return { run, stats };
}

describe('settleInOrder', () => {
  it('settles every outcome in task order whatever order they finish in, with at most `window` started ahead', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        async (delays, window) => {
          const { run, stats } = delayedRunner();
          const settled: [number, number][] = [];
          let unsettledAtMost = 0;
          await settleInOrder(
            delays,
            (delay) => {
              unsettledAtMost = Math.max(unsettledAtMost, stats.running);
              return run(delay);
            },
            (index, outcome) => settled.push([index, outcome]),
            window,
          );
          expect(settled).toEqual(delays.map((delay, index) => [index, delay * 10]));
          expect(stats.mostRunning).toBeLessThanOrEqual(window);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the runner fed: a slow first task does not stop the next ones from starting, up to the window', async () => {
    const started: number[] = [];
    let releaseFirst: () => void = () => undefined;
    const done = settleInOrder(
      [0, 1, 2, 3, 4, 5],
      (task) => {
        started.push(task);
        return task === 0 ? new Promise<number>((resolve) => (releaseFirst = () => resolve(task))) : Promise.resolve(task);
      },
      () => undefined,
      3,
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Tasks 1 and 2 finished but wait for task 0; nothing past the window has started.
    expect(started).toEqual([0, 1, 2]);
    releaseFirst();
    await done;
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('rejects with the first error of the runner or of settle', async () => {
    await expect(
      settleInOrder(
        [1, 2, 3],
        (task) => (task === 2 ? Promise.reject(new Error('boom')) : Promise.resolve(task)),
        () => undefined,
        2,
      ),
    ).rejects.toThrow('boom');
    await expect(
      settleInOrder(
        [1, 2, 3],
        (task) => Promise.resolve(task),
        (index) => {
          if (index === 1) throw new Error('settle failed');
        },
        2,
      ),
    ).rejects.toThrow('settle failed');
  });

  it('resolves at once with no tasks, and refuses a window under one', async () => {
    await expect(
      settleInOrder(
        [],
        () => Promise.resolve(0),
        () => undefined,
        4,
      ),
    ).resolves.toBeUndefined();
    expect(() =>
      settleInOrder(
        [1],
        () => Promise.resolve(1),
        () => undefined,
        0,
      ),
    ).toThrow(RangeError);
  });
});
