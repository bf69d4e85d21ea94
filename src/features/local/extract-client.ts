/**
 * The page's side of the extraction worker: one worker, started on first use, files sent to it one
 * at a time, in order. Each final answer is checked on arrival: a report must match the data
 * contract (`localReportFileSchema`, the same zod schema the bundled data is read with) before it
 * is kept.
 *
 * Each file has a time budget: one that runs past it has its worker terminated (the only way to
 * stop work in a worker) and gets an error naming the limit; the next file starts a fresh worker.
 * A file can be cancelled while it waits (it is dropped from the queue) or while it is read (its
 * worker is stopped).
 */

import { type LocalReportFile, parseLocalReportFile } from '../../data/local-reports';
import type { NotAReportReason } from '../../extract/light';
import type { IngestErrorCode, InputFormat } from '../../ingest';
import type { ExtractFinal, ExtractRequest, ExtractResponse, ExtractStage, ExtractTimings } from './worker-protocol';

export type ExtractOutcome =
  | {
      readonly kind: 'done';
      readonly file: LocalReportFile;
      readonly format: InputFormat;
      readonly encoding: string | null;
      readonly unrecognised: boolean;
      readonly timings: ExtractTimings;
    }
  | { readonly kind: 'unrecognised'; readonly reason: string; readonly code: NotAReportReason; readonly han: number }
  | { readonly kind: 'error'; readonly code: IngestErrorCode | 'failed' | 'too_slow' | 'cancelled'; readonly message: string };

/** Turns a worker's final answer into an outcome, validating the report it carries. */
export function checkFinal(final: ExtractFinal): ExtractOutcome {
  if (final.type === 'unrecognised') return { kind: 'unrecognised', reason: final.reason, code: final.code, han: final.han };
  if (final.type === 'error') return { kind: 'error', code: final.code, message: final.message };
  try {
    const file = parseLocalReportFile(final.file);
    return { kind: 'done', file, format: final.format, encoding: final.encoding, unrecognised: final.unrecognised, timings: final.timings };
  } catch (error) {
    const issue = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    return {
      kind: 'error',
      code: 'failed',
      message: `the extracted report does not match the data contract${issue ? ` (${issue.slice(0, 160)})` : ''}`,
    };
  }
}

export interface ExtractOptions {
  readonly force: boolean;
  readonly onProgress?: (stage: ExtractStage) => void;
  /** Cancels the file: dropped from the queue while it waits, its worker stopped while it is read. */
  readonly signal?: AbortSignal;
}

export interface ExtractClient {
  extract(name: string, bytes: ArrayBuffer, options: ExtractOptions): Promise<ExtractOutcome>;
  /** Stops the worker (every waiting file fails); the next request starts a new one. */
  terminate(): void;
}

/** As in the command line (src/cli/worker-pool.ts): a report takes under a second, a long PDF a few. */
export const FILE_TIME_BUDGET_MS = 60_000;

interface Job {
  readonly id: number;
  readonly request: ExtractRequest;
  readonly bytes: ArrayBuffer;
  readonly resolve: (outcome: ExtractOutcome) => void;
  readonly onProgress?: (stage: ExtractStage) => void;
}

/** Where pdf.js's cMaps and fonts are served (copied into the build by vite.config.ts). */
export function pdfAssetsUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}pdfjs/`, document.baseURI).href;
}

const defaultWorker = () => new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module', name: 'extract-report' });

export function createExtractClient(makeWorker: () => Worker = defaultWorker, budgetMs: number = FILE_TIME_BUDGET_MS): ExtractClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const queue: Job[] = [];
  let running: { job: Job; timer: ReturnType<typeof setTimeout> } | null = null;

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
  };

  const finish = (outcome: ExtractOutcome) => {
    if (!running) return;
    clearTimeout(running.timer);
    const { job } = running;
    running = null;
    job.resolve(outcome);
    next();
  };

  const start = (): Worker => {
    if (worker) return worker;
    const created = makeWorker();
    created.onmessage = (event: MessageEvent<ExtractResponse>) => {
      const message = event.data;
      if (!running || message.id !== running.job.id) return;
      if (message.type === 'progress') {
        running.job.onProgress?.(message.stage);
        return;
      }
      finish(checkFinal(message));
    };
    // A worker that cannot start (script failed to load) or dies: the file it had gets a reason.
    created.onerror = (event) => {
      event.preventDefault();
      created.terminate();
      if (worker === created) worker = null;
      finish({ kind: 'error', code: 'failed', message: `the extraction worker stopped${event.message ? ` (${event.message})` : ''}` });
    };
    worker = created;
    return created;
  };

  function next(): void {
    if (running) return;
    const job = queue.shift();
    if (!job) return;
    const timer = setTimeout(() => {
      stopWorker();
      const seconds = (budgetMs / 1000).toLocaleString('en', { maximumFractionDigits: 2 });
      finish({ kind: 'error', code: 'too_slow', message: `took longer than ${seconds} s to read and was stopped` });
    }, budgetMs);
    running = { job, timer };
    try {
      start().postMessage(job.request, [job.bytes]);
    } catch (error) {
      finish({
        kind: 'error',
        code: 'failed',
        message: `the extraction worker could not be started (${error instanceof Error ? error.message : String(error)})`,
      });
    }
  }

  const cancel = (id: number) => {
    const waiting = queue.findIndex((job) => job.id === id);
    if (waiting >= 0) {
      queue.splice(waiting, 1)[0]!.resolve({ kind: 'error', code: 'cancelled', message: 'cancelled' });
    } else if (running?.job.id === id) {
      stopWorker();
      finish({ kind: 'error', code: 'cancelled', message: 'cancelled' });
    }
  };

  return {
    extract(name, bytes, { force, onProgress, signal }) {
      const id = nextId++;
      return new Promise<ExtractOutcome>((resolve) => {
        if (signal?.aborted) {
          resolve({ kind: 'error', code: 'cancelled', message: 'cancelled' });
          return;
        }
        const request: ExtractRequest = { type: 'extract', id, name, bytes, force, pdfAssetsUrl: pdfAssetsUrl() };
        queue.push({ id, request, bytes, resolve, ...(onProgress ? { onProgress } : {}) });
        signal?.addEventListener('abort', () => cancel(id), { once: true });
        next();
      });
    },
    terminate() {
      stopWorker();
      for (const job of queue.splice(0)) job.resolve({ kind: 'error', code: 'cancelled', message: 'cancelled' });
      if (running) finish({ kind: 'error', code: 'cancelled', message: 'cancelled' });
    },
  };
}
