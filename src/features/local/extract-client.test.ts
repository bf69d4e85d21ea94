// @vitest-environment jsdom
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
  constructor(private readonly mode: 'run' | 'crash' | 'tamper' = 'run') {}

  postMessage(request: ExtractRequest, transfer: Transferable[]) {
    this.transferred.push(transfer);
    const answer = (data: ExtractResponse) => this.onmessage?.({ data } as MessageEvent<ExtractResponse>);
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
    expect(outcome.kind).toBe('done');
    if (outcome.kind === 'done') expect(outcome.file.report.id).toBe('local-430102-2020');
    expect(stages).toEqual(['reading', 'extracting']);
    expect(worker.transferred[0]).toEqual([bytes]);
  });

  it('refuses an answer that does not match the data contract', async () => {
    const client = createExtractClient(() => new FakeWorker('tamper') as unknown as Worker);
    const outcome = await client.extract('furong.txt', bytesOf('corpus/001_3803b543c87d1562.txt'), { force: false });
    expect(outcome).toMatchObject({ kind: 'error', code: 'failed' });
    if (outcome.kind === 'error') expect(outcome.message).toMatch(/^the extracted report does not match the data contract/);
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

  it('passes refusals through unchanged', () => {
    expect(checkFinal({ type: 'unrecognised', id: 1, reason: 'only 3 Chinese characters', code: 'too_short', han: 3 })).toEqual({
      kind: 'unrecognised',
      reason: 'only 3 Chinese characters',
      code: 'too_short',
      han: 3,
    });
    expect(checkFinal({ type: 'error', id: 1, code: 'damaged', message: 'is a damaged PDF' })).toEqual({ kind: 'error', code: 'damaged', message: 'is a damaged PDF' });
  });
});
