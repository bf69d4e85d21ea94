/**
 * A worker thread of `npm run extract -- --jobs N` (and of `npm run collect`, which judges its
 * downloads here): takes file tasks, answers with their outcomes.
 * The heavy part (decoding, extraction, schema validation of the detail file) happens here, so the
 * main thread only writes files and keeps the index.
 *
 * The pool sends a worker more than one task at a time (src/cli/worker-pool.ts): they are worked
 * through one after another, in the order received, and a file's bytes are read as soon as its
 * task arrives (synchronously: src/cli/read-report.ts), so the next file is ready when the current
 * one is done.
 */
import { parentPort, workerData } from 'node:worker_threads';

import type { SourcedDecision } from '../../data/apply-review';
import { judgeDownload, type JudgeTask } from '../collect/judge';
import type { DecisionsByText } from './corrections';
import { type FileOutcome, type FileTask, processFile, startReading, transferablesOf } from './process-file';

/** What the pool gives a worker when it starts: the review decisions by text (`[textSha256, decisions]`). */
export interface WorkerData {
  readonly decisions?: readonly (readonly [string, readonly SourcedDecision[]])[];
}

type TaskMessage = { id: number; kind: 'file'; task: FileTask } | { id: number; kind: 'judge'; task: JudgeTask };

/** The run's review decisions, given once when the worker starts (src/cli/worker-pool.ts), applied to each report here. */
const decisions: DecisionsByText = new Map((workerData as WorkerData | undefined)?.decisions ?? []);

/** The tasks received and not yet answered, worked through in order. */
let previous: Promise<void> = Promise.resolve();

parentPort?.on('message', (message: TaskMessage) => {
  const reading = message.kind === 'file' ? startReading(message.task) : null;
  previous = previous.then(async () => {
    if (message.kind === 'judge') {
      parentPort?.postMessage({ id: message.id, outcome: await judgeDownload(message.task) });
      return;
    }
    const outcome: FileOutcome = await processFile(message.task, reading, decisions);
    // A packed detail's bytes are moved to the main thread, not copied.
    parentPort?.postMessage({ id: message.id, outcome }, transferablesOf(outcome));
  });
});

// Loaded: from now on a file's time budget measures the file, not this thread's start-up.
parentPort?.postMessage({ ready: true });
