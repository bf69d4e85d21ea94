/**
 * A fixed pool of worker threads that run `processFile`. Tasks are handed out one at a time as
 * workers free up, so a slow PDF never holds up a queue behind it.
 *
 * Every file is read in a worker, never in the main thread, because only a worker can be stopped:
 * a file that runs past its time budget has its worker terminated, and one that exhausts a
 * worker's memory (`resourceLimits`, or the process's resident memory, which counts the buffers a
 * heap limit does not) kills that worker only. Either way the file gets one `error`
 * line, a fresh worker takes its place, and the rest of the run goes on.
 */
import { Worker } from 'node:worker_threads';
import type { FileOutcome, FileTask } from './process-file';

export interface Pool<Task = FileTask, Outcome = FileOutcome> {
  run(task: Task): Promise<Outcome>;
  close(): Promise<void>;
}

/** What the pool's workers are asked: files to extract, or (collect) downloads to judge. */
export interface PoolKind<Task, Outcome> {
  readonly kind: 'file' | 'judge';
  /** The outcome of a task its worker could not finish (time, memory, a crash), with the reason. */
  readonly refuse: (task: Task, reason: string) => Outcome;
}

export interface PoolLimits {
  /** How long one file may take, decoding and extraction together. */
  readonly fileTimeoutMs: number;
  /** A worker's heap limit; a file that needs more is refused. */
  readonly maxMemoryMb: number;
  /**
   * The whole process's resident memory, buffers outside the JS heap included (a heap limit does
   * not bound an ArrayBuffer): past it, the files being read are stopped and refused.
   */
  readonly maxResidentMb: number;
}

/** A report takes milliseconds, a long PDF a few seconds; a minute means something is wrong with the file. */
export const DEFAULT_LIMITS: PoolLimits = { fileTimeoutMs: 60_000, maxMemoryMb: 1536, maxResidentMb: 1400 };

/** How often the process's resident memory is looked at while files are being read. */
const MEMORY_WATCH_MS = 100;

interface Pending<Task, Outcome> {
  readonly id: number;
  readonly task: Task;
  readonly resolve: (outcome: Outcome) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<Task, Outcome> {
  worker: Worker;
  /** The worker has loaded the reader (its start-up is not charged to the first file's budget). */
  ready: boolean;
  pending: Pending<Task, Outcome> | null;
  timer: ReturnType<typeof setTimeout> | null;
}

/** Workers start from a small ES module that registers tsx, then load the TypeScript worker. */
function spawnWorker(limits: PoolLimits): Worker {
  return new Worker(new URL('./extract-worker-entry.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
  });
}

function refusal(task: FileTask, reason: string): FileOutcome {
  return { kind: 'error', line: `error ${task.sourceFile}: ${reason}` };
}

/** The pool of `npm run extract`: files to extract. */
export function createPool(size: number, limits: PoolLimits = DEFAULT_LIMITS): Pool {
  return createWorkerPool<FileTask, FileOutcome>(size, limits, { kind: 'file', refuse: refusal });
}

export function createWorkerPool<Task, Outcome>(size: number, limits: PoolLimits, { kind, refuse }: PoolKind<Task, Outcome>): Pool<Task, Outcome> {
  const refusal = refuse;
  const slots: Slot<Task, Outcome>[] = [];
  const queue: Pending<Task, Outcome>[] = [];
  let nextId = 0;
  let closed = false;

  const finish = (slot: Slot<Task, Outcome>, outcome: Outcome): void => {
    const pending = slot.pending;
    if (slot.timer) clearTimeout(slot.timer);
    slot.pending = null;
    slot.timer = null;
    pending?.resolve(outcome);
  };

  /** Replaces a slot's worker after it was terminated or died, and answers its file with `outcome`. */
  const replace = (slot: Slot<Task, Outcome>, outcome: Outcome): void => {
    const dead = slot.worker;
    dead.removeAllListeners();
    void dead.terminate().catch(() => undefined);
    finish(slot, outcome);
    if (!closed) {
      slot.worker = spawnWorker(limits);
      slot.ready = false;
      listen(slot);
    }
  };

  const listen = (slot: Slot<Task, Outcome>): void => {
    const worker = slot.worker;
    worker.on('message', (message: { ready: true } | { id: number; outcome: Outcome }) => {
      if ('ready' in message) {
        slot.ready = true;
        dispatch();
        return;
      }
      if (slot.pending?.id !== message.id) return;
      finish(slot, message.outcome);
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (!slot.pending) return;
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `needs more than ${limits.maxMemoryMb} MB of memory to read; refused (a report needs a few MB)`
          : `could not be read: the reader failed (${error.message.split('\n')[0]?.slice(0, 160)})`;
      replace(slot, refusal(slot.pending.task, reason));
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker || !slot.pending || closed) return;
      replace(slot, refusal(slot.pending.task, `could not be read: the reader stopped (exit code ${code})`));
    });
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      if (!slot.ready || slot.pending || queue.length === 0) continue;
      const pending = queue.shift()!;
      slot.pending = pending;
      slot.timer = setTimeout(() => {
        const seconds = (limits.fileTimeoutMs / 1000).toLocaleString('en', { maximumFractionDigits: 2 });
        replace(slot, refusal(pending.task, `took longer than ${seconds} s to read and was stopped (a report takes under a second; --file-timeout raises the limit)`));
      }, limits.fileTimeoutMs);
      slot.worker.postMessage({ id: pending.id, kind, task: pending.task });
    }
  };

  for (let i = 0; i < size; i += 1) {
    const slot: Slot<Task, Outcome> = { worker: spawnWorker(limits), ready: false, pending: null, timer: null };
    listen(slot);
    slots.push(slot);
  }

  // Memory outside the JS heap (decoded buffers) escapes a worker's heap limit: the process's
  // resident memory is watched while files are read, and past the limit every file being read is
  // stopped and refused (which of them grew is not known; each gets its own line, and the run
  // goes on with fresh workers).
  const watch = setInterval(() => {
    if (!slots.some((slot) => slot.pending)) return;
    const residentMb = process.memoryUsage.rss() / 1024 / 1024;
    if (residentMb <= limits.maxResidentMb) return;
    for (const slot of slots) {
      if (!slot.pending) continue;
      replace(slot, refusal(slot.pending.task, `needed more than ${limits.maxResidentMb} MB of memory while being read and was stopped (a decompression bomb?); refused`));
    }
    dispatch();
  }, MEMORY_WATCH_MS);
  watch.unref();

  return {
    run(task) {
      return new Promise((resolve, reject) => {
        queue.push({ id: (nextId += 1), task, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      clearInterval(watch);
      for (const slot of slots) if (slot.timer) clearTimeout(slot.timer);
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
