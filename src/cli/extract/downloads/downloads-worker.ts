/**
 * The downloads' worker thread (src/cli/extract/downloads/downloads-thread.ts): takes one job, writes
 * the files it asks for, answers with what was written of each group or with why it could not.
 */
import { parentPort } from 'node:worker_threads';

import { threadCpuSeconds } from '../thread-cpu';
import { type DownloadsAnswer, type DownloadsJob, writeDownloadsJob } from './downloads-thread';

parentPort?.once('message', (job: DownloadsJob) => {
  writeDownloadsJob(job).then(
    (groups) => parentPort?.postMessage({ groups, cpuSeconds: threadCpuSeconds() } satisfies DownloadsAnswer),
    (error: unknown) => parentPort?.postMessage({ error: (error as Error).message ?? String(error) } satisfies DownloadsAnswer),
  );
});
