/**
 * A fixed pool of worker threads that run `processFile`. Tasks are handed out one at a time as
 * workers free up, so a slow PDF never holds up a queue behind it.
 */
import { Worker } from 'node:worker_threads';
import type { FileOutcome, FileTask } from './process-file';

export interface Pool {
  run(task: FileTask): Promise<FileOutcome>;
  close(): Promise<void>;
}

interface Pending {
  readonly id: number;
  readonly task: FileTask;
  readonly resolve: (outcome: FileOutcome) => void;
  readonly reject: (error: Error) => void;
}

/** Workers start from a small ES module that registers tsx, then load the TypeScript worker. */
function spawnWorker(): Worker {
  return new Worker(new URL('./extract-worker-entry.mjs', import.meta.url));
}

export function createPool(size: number): Pool {
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending>();
  const queue: Pending[] = [];
  let nextId = 0;

  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const pending = queue.shift()!;
      busy.set(worker, pending);
      worker.postMessage({ id: pending.id, task: pending.task });
    }
  };

  const workers = Array.from({ length: size }, () => {
    const worker = spawnWorker();
    worker.on('message', (message: { id: number; outcome: FileOutcome }) => {
      const pending = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      pending?.resolve(message.outcome);
      dispatch();
    });
    worker.on('error', (error: Error) => {
      const pending = busy.get(worker);
      busy.delete(worker);
      pending?.reject(error);
    });
    idle.push(worker);
    return worker;
  });

  return {
    run(task) {
      return new Promise((resolve, reject) => {
        queue.push({ id: (nextId += 1), task, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
