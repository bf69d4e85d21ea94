/**
 * The page's side of the extraction worker: one worker, started on first use, requests answered in
 * order. Each final answer is checked on arrival: a report must match the data contract
 * (`localReportFileSchema`, the same zod schema the bundled data is read with) before it is kept.
 */

import { parseLocalReportFile, type LocalReportFile } from '../../data/local-reports';
import type { NotAReportReason } from '../../extract/vocabulary';
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
  | { readonly kind: 'error'; readonly code: IngestErrorCode | 'failed'; readonly message: string };

/** Turns a worker's final answer into an outcome, validating the report it carries. */
export function checkFinal(final: ExtractFinal): ExtractOutcome {
  if (final.type === 'unrecognised') return { kind: 'unrecognised', reason: final.reason, code: final.code, han: final.han };
  if (final.type === 'error') return { kind: 'error', code: final.code, message: final.message };
  try {
    const file = parseLocalReportFile(final.file);
    return { kind: 'done', file, format: final.format, encoding: final.encoding, unrecognised: final.unrecognised, timings: final.timings };
  } catch (error) {
    const issue = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
    return { kind: 'error', code: 'failed', message: `the extracted report does not match the data contract${issue ? ` (${issue.slice(0, 160)})` : ''}` };
  }
}

export interface ExtractClient {
  extract(name: string, bytes: ArrayBuffer, options: { force: boolean; onProgress?: (stage: ExtractStage) => void }): Promise<ExtractOutcome>;
  /** Stops the worker (pending requests fail); the next request starts a new one. */
  terminate(): void;
}

interface Pending {
  resolve(outcome: ExtractOutcome): void;
  onProgress?: (stage: ExtractStage) => void;
}

/** Where pdf.js's cMaps and fonts are served (copied into the build by vite.config.ts). */
export function pdfAssetsUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}pdfjs/`, document.baseURI).href;
}

const defaultWorker = () => new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module', name: 'extract-report' });

export function createExtractClient(makeWorker: () => Worker = defaultWorker): ExtractClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (message: string) => {
    for (const entry of pending.values()) entry.resolve({ kind: 'error', code: 'failed', message });
    pending.clear();
  };

  const start = (): Worker => {
    if (worker) return worker;
    const created = makeWorker();
    created.onmessage = (event: MessageEvent<ExtractResponse>) => {
      const message = event.data;
      const entry = pending.get(message.id);
      if (!entry) return;
      if (message.type === 'progress') {
        entry.onProgress?.(message.stage);
        return;
      }
      pending.delete(message.id);
      entry.resolve(checkFinal(message));
    };
    // A worker that cannot start (script failed to load) or dies: every waiting file gets a reason.
    created.onerror = (event) => {
      event.preventDefault();
      failAll(`the extraction worker stopped${event.message ? ` (${event.message})` : ''}`);
      created.terminate();
      worker = null;
    };
    worker = created;
    return created;
  };

  return {
    extract(name, bytes, { force, onProgress }) {
      const id = nextId++;
      return new Promise<ExtractOutcome>((resolve) => {
        pending.set(id, { resolve, ...(onProgress ? { onProgress } : {}) });
        const request: ExtractRequest = { type: 'extract', id, name, bytes, force, pdfAssetsUrl: pdfAssetsUrl() };
        try {
          start().postMessage(request, [bytes]);
        } catch (error) {
          pending.delete(id);
          resolve({ kind: 'error', code: 'failed', message: `the extraction worker could not be started (${error instanceof Error ? error.message : String(error)})` });
        }
      });
    },
    terminate() {
      worker?.terminate();
      worker = null;
      failAll('cancelled');
    },
  };
}
