/**
 * The files on their way in (添加报告): each is read, extracted in the worker and kept, and its
 * outcome is listed until the next batch. A store outside the components, so that an extraction
 * goes on while another view is open, and a file dropped on any view lands in the same list.
 * Messages do not pile up: a new batch clears the finished lines of the last one (a question
 * still waiting for an answer — add a text that is not a report? — stays).
 */

import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

import type { LocalReportFile } from '../../data/local-reports';
import type { NotAReportReason } from '../../extract/light';
import { checkInputSize, IngestError, type IngestErrorCode } from '../../ingest';
import { createExtractClient, type ExtractClient } from './extract-client';
import type { ExtractStage } from './worker-protocol';

/** One file on its way in, as the status list shows it. */
export type Job =
  | { readonly key: number; readonly name: string; readonly status: 'waiting' }
  | { readonly key: number; readonly name: string; readonly status: 'working'; readonly stage: ExtractStage }
  | { readonly key: number; readonly name: string; readonly status: 'added'; readonly file: LocalReportFile; readonly replaced: boolean }
  | {
      readonly key: number;
      readonly name: string;
      readonly status: 'unrecognised';
      readonly code: NotAReportReason;
      readonly han: number;
      readonly retry: () => void;
    }
  | {
      readonly key: number;
      readonly name: string;
      readonly status: 'error';
      readonly code: IngestErrorCode | 'failed' | 'too_slow' | 'cancelled' | 'store';
      readonly detail: string;
      readonly cause?: unknown;
    };

/** A file to add: a picked or dropped File, or pasted text. */
export interface Source {
  readonly name: string;
  readonly size: number;
  read(): Promise<ArrayBuffer>;
}

export const fromFile = (file: File): Source => ({ name: file.name, size: file.size, read: () => file.arrayBuffer() });

/** What running a job needs: the worker, and how a report is kept. */
export interface JobRunner {
  readonly client: ExtractClient;
  save(file: LocalReportFile): Promise<{ replaced: boolean }>;
}

interface JobsState {
  readonly jobs: readonly Job[];
}

export const jobsStore = createStore<JobsState>()(() => ({ jobs: [] }));

export function useJobs(): readonly Job[] {
  return useStore(jobsStore, (state) => state.jobs);
}

let nextKey = 1;

/** One abort switch per file still on its way in, so that a waiting or working file can be cancelled. */
const cancellers = new Map<number, AbortController>();

/**
 * Cancels a file that waits for its turn (it is never read) or is being read (its worker is
 * stopped); its line then says 已取消 — at once for a file still waiting, not when its turn
 * would have come. A file already added or refused is left alone.
 */
export function cancelJob(key: number): void {
  const canceller = cancellers.get(key);
  if (!canceller) return;
  canceller.abort();
  const job = jobsStore.getState().jobs.find((existing) => existing.key === key);
  if (job?.status === 'waiting') update(key, { key, name: job.name, status: 'error', code: 'cancelled', detail: '' });
}

/**
 * Where each waiting file stands in line (1 = next to be read), by job key: files are read in the
 * order they were added, which is the order of their keys.
 */
export function waitingPositions(jobs: readonly Job[]): ReadonlyMap<number, number> {
  const waiting = jobs.filter((job) => job.status === 'waiting').map((job) => job.key);
  return new Map(waiting.sort((a, b) => a - b).map((key, index) => [key, index + 1]));
}

function update(key: number, job: Job): void {
  jobsStore.setState((state) => ({ jobs: state.jobs.map((existing) => (existing.key === key ? job : existing)) }));
}

export function dismissJob(key: number): void {
  jobsStore.setState((state) => ({ jobs: state.jobs.filter((job) => job.key !== key) }));
}

const finished = (job: Job) => job.status === 'added' || job.status === 'error';

/** Clears the lines of files already done (added or refused). */
export function clearFinished(): void {
  jobsStore.setState((state) => ({ jobs: state.jobs.filter((job) => !finished(job)) }));
}

let shared: ExtractClient | null = null;

/** The page's one extraction worker, started on first use. */
export function sharedExtractClient(): ExtractClient {
  shared ??= createExtractClient();
  return shared;
}

async function run(source: Source, force: boolean, key: number, runner: JobRunner): Promise<void> {
  // A file that waited for its turn already has its switch (it may have been pressed meanwhile).
  const canceller = cancellers.get(key) ?? new AbortController();
  cancellers.set(key, canceller);
  try {
    await runCancellable(source, force, key, runner, canceller.signal);
  } finally {
    cancellers.delete(key);
  }
}

async function runCancellable(source: Source, force: boolean, key: number, runner: JobRunner, signal: AbortSignal): Promise<void> {
  const { name } = source;
  const cancelled = () => update(key, { key, name, status: 'error', code: 'cancelled', detail: '' });
  if (signal.aborted) return cancelled();
  update(key, { key, name, status: 'working', stage: 'reading' });
  let bytes: ArrayBuffer;
  try {
    // Refused from its size before a byte is read.
    checkInputSize(source.size);
    bytes = await source.read();
  } catch (error) {
    update(key, {
      key,
      name,
      status: 'error',
      code: error instanceof IngestError ? error.code : 'failed',
      detail: error instanceof Error ? error.message : String(error),
    });
    return;
  }
  if (signal.aborted) return cancelled();
  // A progress message that arrives after a cancel must not bring the line back.
  const onProgress = (stage: ExtractStage) => signal.aborted || update(key, { key, name, status: 'working', stage });
  const outcome = await runner.client.extract(name, bytes, { force, signal, onProgress });
  if (outcome.kind === 'unrecognised') {
    update(key, {
      key,
      name,
      status: 'unrecognised',
      code: outcome.code,
      han: outcome.han,
      retry: () => void run(source, true, key, runner),
    });
    return;
  }
  if (outcome.kind === 'error') {
    update(key, { key, name, status: 'error', code: outcome.code, detail: outcome.message });
    return;
  }
  try {
    const { replaced } = await runner.save(outcome.file);
    update(key, { key, name, status: 'added', file: outcome.file, replaced });
  } catch (error) {
    update(key, {
      key,
      name,
      status: 'error',
      code: 'store',
      detail: error instanceof Error ? error.message : String(error),
      cause: error,
    });
  }
}

/** Adds files, one after another (the worker takes one at a time anyway, and the list fills in order). */
export async function addSources(sources: readonly Source[], runner: JobRunner): Promise<void> {
  if (sources.length === 0) return;
  const keyed = sources.map((source) => ({ source, key: nextKey++ }));
  jobsStore.setState((state) => ({
    jobs: [
      ...keyed.map(({ source, key }): Job => ({ key, name: source.name, status: 'waiting' })).reverse(),
      ...state.jobs.filter((job) => !finished(job)),
    ],
  }));
  // Files waiting for their turn can be cancelled too: each gets its switch now.
  for (const { key } of keyed) cancellers.set(key, new AbortController());
  for (const { source, key } of keyed) await run(source, false, key, runner);
}
