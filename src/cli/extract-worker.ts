/**
 * A worker thread of `npm run extract -- --jobs N`: takes file tasks, answers with their outcomes.
 * The heavy part (decoding, extraction, schema validation of the detail file) happens here, so the
 * main thread only writes files and keeps the index.
 */
import { parentPort } from 'node:worker_threads';
import { type FileTask, processFile } from './process-file';

parentPort?.on('message', async (message: { id: number; task: FileTask }) => {
  const outcome = await processFile(message.task);
  parentPort?.postMessage({ id: message.id, outcome });
});

// Loaded: from now on a file's time budget measures the file, not this thread's start-up.
parentPort?.postMessage({ ready: true });
