/**
 * The downloads' worker thread (src/cli/extract/downloads/downloads-thread.ts): takes one job, writes
 * the files it asks for (the value files first, answering with their ranking), answers with what
 * was written of each group or with why it could not.
 */
import { parentPort } from 'node:worker_threads';

import { threadCpuSeconds } from '../thread-cpu';
import { writeValueFiles } from '../write-compact-values';
import { type DownloadsAnswer, type DownloadsJob, writeDownloadsJob } from './downloads-thread';

async function write(job: DownloadsJob) {
  if (job.valueFiles) parentPort?.postMessage({ assessment: writeValueFiles(job.datasetFolder, job.valueFiles) } satisfies DownloadsAnswer);
  return writeDownloadsJob(job);
}

parentPort?.once('message', (job: DownloadsJob) => {
  write(job).then(
    (groups) => parentPort?.postMessage({ groups, cpuSeconds: threadCpuSeconds() } satisfies DownloadsAnswer),
    (error: unknown) => parentPort?.postMessage({ error: (error as Error).message ?? String(error) } satisfies DownloadsAnswer),
  );
});
