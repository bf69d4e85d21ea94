/**
 * The downloads' worker thread (src/cli/extract/downloads/downloads-thread.ts): takes one job, writes
 * the downloads, answers with their index or with why it could not.
 */
import { parentPort } from 'node:worker_threads';

import { type DownloadsAnswer, type DownloadsJob, writeDownloadsJob } from './downloads-thread';

parentPort?.once('message', (job: DownloadsJob) => {
  writeDownloadsJob(job).then(
    (downloads) => parentPort?.postMessage({ downloads } satisfies DownloadsAnswer),
    (error: unknown) => parentPort?.postMessage({ error: (error as Error).message ?? String(error) } satisfies DownloadsAnswer),
  );
});
