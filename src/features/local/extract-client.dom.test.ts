import { describe, expect, it } from 'vitest';

import { fixtureBytes } from '../../../tests/fixtures/local/files';
import { checkFinal, createExtractClient } from './extract-client';
import { handleExtractRequest } from './extract-handler';
import type { ExtractRequest, ExtractResponse, ExtractStage } from './worker-protocol';

/** A stand-in Worker that runs the handler in-process and answers like the real one (async). */
class FakeWorker {
  onmessage: ((event: MessageEvent<ExtractResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  transferred: Transferable[][] = [];
  terminated = false;
  received: number[] = [];
  constructor(private readonly mode: 'run' | 'crash' | 'tamper' | 'hang' = 'run') {}

  postMessage(request: ExtractRequest, transfer: Transferable[]) {
    this.transferred.push(transfer);
    this.received.push(request.id);
    const answer = (data: ExtractResponse) => {
      if (!this.terminated) this.onmessage?.({ data } as MessageEvent<ExtractResponse>);
    };
    // A file that never finishes (a pathological PDF): only terminating the worker stops it.
    if (this.mode === 'hang') return;
    if (this.mode === 'crash') {
      setTimeout(() => this.onerror?.(Object.assign(new Event('error'), { message: 'SyntaxError: boom' }) as ErrorEvent));
      return;
    }
    void handleExtractRequest(request, { onProgress: (stage) => answer({ type: 'progress', id: request.id, stage }) }).then((final) => {
      // An unrelated id first: the client must ignore answers that are not its own.
      answer({ type: 'progress', id: 999, stage: 'reading' });
      if (this.mode === 'tamper' && final.type === 'done') answer({ ...final, file: { ...(final.file as object), schemaVersion: 2 } });
      else answer(final);
    });
  }

  terminate() {
    this.terminated = true;
  }
}

const bytesOf = fixtureBytes;

describe('extract client (page side of the worker)', () => {
  it('transfers the bytes, relays progress, and validates the report on arrival', async () => {
    const worker = new FakeWorker();
    const client = createExtractClient(() => worker as unknown as Worker);
    const stages: ExtractStage[] = [];
    const bytes = bytesOf('corpus/001_3803b543c87d1562.txt');
    const outcome = await client.extract('furong.txt', bytes, { force: false, onProgress: (stage) => stages.push(stage) });
    expect(outcome).toMatchObject({ kind: 'done', file: { report: { id: 'local-430102-2020' } } });
    expect(stages).toEqual(['reading', 'extracting']);
    expect(worker.transferred[0]).toEqual([bytes]);
  });

  it('refuses an answer that does not match the data contract', async () => {
    const client = createExtractClient(() => new FakeWorker('tamper') as unknown as Worker);
    const outcome = await client.extract('furong.txt', bytesOf('corpus/001_3803b543c87d1562.txt'), { force: false });
    expect(outcome).toMatchObject({
      kind: 'error',
      code: 'failed',
      message: expect.stringMatching(/^the extracted report does not match the data contract/),
    });
  });

  it('fails every waiting file with a reason when the worker dies, and starts a new one next time', async () => {
    const workers: FakeWorker[] = [];
    const client = createExtractClient(() => {
      const worker = new FakeWorker(workers.length === 0 ? 'crash' : 'run');
      workers.push(worker);
      return worker as unknown as Worker;
    });
    const outcome = await client.extract('a.txt', bytesOf('corpus/001_3803b543c87d1562.txt'), { force: false });
    expect(outcome).toEqual({ kind: 'error', code: 'failed', message: 'the extraction worker stopped (SyntaxError: boom)' });
    expect(workers[0]?.terminated).toBe(true);
    const again = await client.extract('a.txt', bytesOf('corpus/001_3803b543c87d1562.txt'), { force: false });
    expect(again.kind).toBe('done');
    expect(workers).toHaveLength(2);
  });

  it('stops a file past its time budget, says so, and reads the next file with a fresh worker', async () => {
    const workers: FakeWorker[] = [];
    const client = createExtractClient(() => {
      const worker = new FakeWorker(workers.length === 0 ? 'hang' : 'run');
      workers.push(worker);
      return worker as unknown as Worker;
    }, 50);
    const slow = client.extract('slow.pdf', bytesOf('corpus/001_3803b543c87d1562.txt'), { force: false });
    const after = client.extract('b.txt', bytesOf('corpus/003_0d3d22b9ea099724.txt'), { force: false });
    // One file at a time: the second waits on the page side until the first is settled.
    expect(workers[0]!.received).toEqual([1]);
    expect(await slow).toEqual({ kind: 'error', code: 'too_slow', message: 'took longer than 0.05 s to read and was stopped' });
    expect(workers[0]!.terminated).toBe(true);
    expect((await after).kind).toBe('done');
    expect(workers).toHaveLength(2);
  });

  it('cancels a waiting file without touching the one being read, and a running one by stopping its worker', async () => {
    const workers: FakeWorker[] = [];
    const client = createExtractClient(() => {
      const worker = new FakeWorker(workers.length === 0 ? 'hang' : 'run');
      workers.push(worker);
      return worker as unknown as Worker;
    }, 60_000);
    const first = new AbortController();
    const second = new AbortController();
    const running = client.extract('a.pdf', bytesOf('corpus/001_3803b543c87d1562.txt'), { force: false, signal: first.signal });
    const waiting = client.extract('b.txt', bytesOf('corpus/003_0d3d22b9ea099724.txt'), { force: false, signal: second.signal });
    const third = client.extract('c.txt', bytesOf('corpus/004_497932fb36e948c2.txt'), { force: false });
    second.abort();
    expect(await waiting).toEqual({ kind: 'error', code: 'cancelled', message: 'cancelled' });
    expect(workers[0]!.terminated).toBe(false);
    first.abort();
    expect(await running).toEqual({ kind: 'error', code: 'cancelled', message: 'cancelled' });
    expect(workers[0]!.terminated).toBe(true);
    // The cancelled file never reached a worker; the third is read by a fresh one.
    expect((await third).kind).toBe('done');
    expect(workers.flatMap((worker) => worker.received)).toEqual([1, 3]);
  });

  it('passes refusals through unchanged', () => {
    expect(checkFinal({ type: 'unrecognised', id: 1, reason: 'too little to tell', code: 'unpresented', han: 3 })).toEqual({
      kind: 'unrecognised',
      reason: 'too little to tell',
      code: 'unpresented',
      han: 3,
    });
    expect(checkFinal({ type: 'error', id: 1, code: 'damaged', message: 'is a damaged PDF' })).toEqual({
      kind: 'error',
      code: 'damaged',
      message: 'is a damaged PDF',
    });
  });
});
