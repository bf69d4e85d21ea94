/**
 * Runs tasks through an asynchronous runner (the worker pool) and hands their outcomes on in the
 * tasks' order, whatever order they finish in. The extract command settles reports this way so
 * that the details packed, the duplicates kept and every offset written are the same with one
 * worker or many, run after run: with outcomes taken as they came, two workers gave packs whose
 * members lay in a different order each run.
 */

/**
 * Starts `run` on each task, at most `window` tasks past the first one not yet settled (so that a
 * slow file holds back at most that many finished outcomes in memory), and calls `settle` with
 * each outcome in task order. Resolves once every task is settled; rejects with the first error of
 * `run` or `settle`.
 */
export function settleInOrder<Task, Outcome>(
  tasks: readonly Task[],
  run: (task: Task) => Promise<Outcome>,
  settle: (index: number, outcome: Outcome) => void,
  window: number,
): Promise<void> {
  if (!(window >= 1)) throw new RangeError(`window must be at least 1 (got ${window})`);
  const finished = new Map<number, Outcome>();
  let nextToSettle = 0;
  let started = 0;
  let failed = false;
  return new Promise((resolve, reject) => {
    const fail = (error: unknown): void => {
      failed = true;
      reject(error);
    };
    const startMore = (): void => {
      while (!failed && started < tasks.length && started < nextToSettle + window) {
        const index = started;
        started += 1;
        run(tasks[index]!).then((outcome) => {
          if (failed) return;
          finished.set(index, outcome);
          try {
            while (finished.has(nextToSettle)) {
              const ready = finished.get(nextToSettle)!;
              finished.delete(nextToSettle);
              settle(nextToSettle, ready);
              nextToSettle += 1;
            }
          } catch (error) {
            fail(error);
            return;
          }
          if (nextToSettle === tasks.length) resolve();
          else startMore();
        }, fail);
      }
    };
    if (tasks.length === 0) resolve();
    else startMore();
  });
}
