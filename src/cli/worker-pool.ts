/**
 * A fixed pool of worker threads that run `processFile`. Each worker holds at most
 * {@link TASKS_IN_FLIGHT} tasks: it works through them one at a time, and reads the next file's
 * bytes as soon as its task arrives, so that it never sits idle waiting for this thread's answer. Tasks are handed out as workers free up, so a slow PDF holds up at most
 * the one task queued behind it, and that one is handed to a fresh worker if the PDF is stopped.
 *
 * Every file is read in a worker, never in the main thread, because only a worker can be stopped:
 * a file that runs past its time budget has its worker terminated, and one that exhausts a
 * worker's memory (`resourceLimits`, or the process's resident memory, which counts the buffers a
 * heap limit does not) kills that worker only. Either way the file gets one `error`
 * line, a fresh worker takes its place, and the rest of the run goes on.
 */
import { Worker } from 'node:worker_threads';

import type { DecisionsByText } from './extract/corrections';
import type { WorkerData } from './extract/extract-worker';
import type { FileOutcome, FileTask } from './extract/process-file';

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
   * The whole process's resident memory but this thread's heap: the workers and every buffer (a
   * heap limit does not bound an ArrayBuffer). Past it, the files being read are stopped and refused.
   */
  readonly maxResidentMb: number;
}

/** A report takes milliseconds, a long PDF a few seconds; a minute means something is wrong with the file. */
export const DEFAULT_LIMITS: PoolLimits = { fileTimeoutMs: 60_000, maxMemoryMb: 1536, maxResidentMb: 1400 };

/**
 * Tasks a worker holds at once: the one it works on, and the next, already read (an idle worker
 * waiting on a read or a round trip through this thread cost a fifth of its time).
 */
export const TASKS_IN_FLIGHT = 2;

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
  /**
   * Tasks sent to the worker, in the order it works through them: the first is the one being
   * worked on, the one the time budget runs for.
   */
  inFlight: Pending<Task, Outcome>[];
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Workers start from a small ES module that registers tsx, then load the TypeScript worker;
 * `workerData` is what every worker of the pool is given at start (src/cli/extract/extract-worker.ts).
 */
function spawnWorker(limits: PoolLimits, workerData: WorkerData | undefined): Worker {
  return new Worker(new URL('./extract/extract-worker-entry.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb },
    workerData,
  });
}

function refusal(task: FileTask, reason: string): FileOutcome {
  return { kind: 'error', line: `error ${task.sourceFile}: ${reason}` };
}

/**
 * The pool of `npm run extract`: files to extract, with the run's review decisions applied in the
 * workers (given to each worker once, not with every task).
 */
export function createPool(size: number, limits: PoolLimits = DEFAULT_LIMITS, decisions?: DecisionsByText): Pool {
  const workerData: WorkerData | undefined = decisions && decisions.size > 0 ? { decisions: [...decisions] } : undefined;
  return createWorkerPool<FileTask, FileOutcome>(size, limits, { kind: 'file', refuse: refusal }, workerData);
}

export function createWorkerPool<Task, Outcome>(
  size: number,
  limits: PoolLimits,
  { kind, refuse }: PoolKind<Task, Outcome>,
  workerData?: WorkerData,
): Pool<Task, Outcome> {
  const refusal = refuse;
  const slots: Slot<Task, Outcome>[] = [];
  const queue: Pending<Task, Outcome>[] = [];
  let nextId = 0;
  let closed = false;

  /** Starts the time budget of the task the worker works on now, when there is one. */
  const startClock = (slot: Slot<Task, Outcome>): void => {
    const current = slot.inFlight[0];
    if (!current) return;
    slot.timer = setTimeout(() => {
      const seconds = (limits.fileTimeoutMs / 1000).toLocaleString('en', { maximumFractionDigits: 2 });
      replace(
        slot,
        refusal(
          current.task,
          `took longer than ${seconds} s to read and was stopped (a report takes under a second; --file-timeout raises the limit)`,
        ),
      );
      dispatch();
    }, limits.fileTimeoutMs);
  };

  /** Answers the task the worker was working on, and starts the clock of the next one it holds. */
  const finish = (slot: Slot<Task, Outcome>, outcome: Outcome): void => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const current = slot.inFlight.shift();
    startClock(slot);
    current?.resolve(outcome);
  };

  /**
   * Replaces a slot's worker after it was terminated or died, and answers its current file with
   * `outcome`. The tasks queued behind that file go back to the front of the queue: they were not
   * the trouble, and another worker (or this slot's fresh one) reads them.
   */
  const replace = (slot: Slot<Task, Outcome>, outcome: Outcome): void => {
    const dead = slot.worker;
    dead.removeAllListeners();
    void dead.terminate().catch(() => undefined);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const [current, ...waiting] = slot.inFlight;
    slot.inFlight = [];
    queue.unshift(...waiting);
    current?.resolve(outcome);
    if (!closed) {
      slot.worker = spawnWorker(limits, workerData);
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
      if (slot.inFlight[0]?.id !== message.id) return;
      finish(slot, message.outcome);
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const current = slot.inFlight[0];
      if (!current) return;
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `needs more than ${limits.maxMemoryMb} MB of memory to read; refused (a report needs a few MB)`
          : `could not be read: the reader failed (${error.message.split('\n')[0]?.slice(0, 160)})`;
      replace(slot, refusal(current.task, reason));
      dispatch();
    });
    worker.on('exit', (code) => {
      const current = slot.inFlight[0];
      if (slot.worker !== worker || !current || closed) return;
      replace(slot, refusal(current.task, `could not be read: the reader stopped (exit code ${code})`));
      dispatch();
    });
  };

  const dispatch = (): void => {
    for (const slot of slots) {
      while (slot.ready && slot.inFlight.length < TASKS_IN_FLIGHT && queue.length > 0) {
        const pending = queue.shift()!;
        slot.inFlight.push(pending);
        if (slot.inFlight.length === 1) startClock(slot);
        slot.worker.postMessage({ id: pending.id, kind, task: pending.task });
      }
    }
  };

  for (let i = 0; i < size; i += 1) {
    const slot: Slot<Task, Outcome> = { worker: spawnWorker(limits, workerData), ready: false, inFlight: [], timer: null };
    listen(slot);
    slots.push(slot);
  }

  // Memory outside the JS heap (decoded buffers) escapes a worker's heap limit: the process's
  // resident memory is watched while files are read, and past the limit every file being read is
  // stopped and refused (which of them grew is not known; each gets its own line, and the run
  // goes on with fresh workers). This thread's own heap does not count: it holds the run's index,
  // which grows with every report kept (gigabytes at 240,000 reports), and counting it refused
  // every file once a national run was half-way, as if each were a bomb.
  const watch = setInterval(() => {
    if (!slots.some((slot) => slot.inFlight.length > 0)) return;
    const { rss, heapTotal } = process.memoryUsage();
    const residentMb = (rss - heapTotal) / 1024 / 1024;
    if (residentMb <= limits.maxResidentMb) return;
    for (const slot of slots) {
      const current = slot.inFlight[0];
      if (!current) continue;
      replace(
        slot,
        refusal(
          current.task,
          `needed more than ${limits.maxResidentMb} MB of memory while being read and was stopped (a decompression bomb?); refused`,
        ),
      );
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
