/**
 * A worker thread of `npm run extract -- --jobs N` (and of `npm run collect`, which judges its
 * downloads here): takes file tasks, answers with their outcomes.
 * The heavy part (decoding, extraction, schema validation of the detail file) happens here, so the
 * main thread only writes files and keeps the index.
 */
import { parentPort } from 'node:worker_threads';
import { type JudgeTask, judgeDownload } from './collect/judge';
import { type FileTask, processFile } from './process-file';

// Files to extract (`npm run extract`) and downloads to judge (`npm run collect`) are read alike.
parentPort?.on('message', async (message: { id: number; kind: 'file'; task: FileTask } | { id: number; kind: 'judge'; task: JudgeTask }) => {
  const outcome = message.kind === 'judge' ? await judgeDownload(message.task) : await processFile(message.task);
  parentPort?.postMessage({ id: message.id, outcome });
});

// Loaded: from now on a file's time budget measures the file, not this thread's start-up.
parentPort?.postMessage({ ready: true });
