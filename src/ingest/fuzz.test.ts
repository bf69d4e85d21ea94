/**
 * Issue 9: a fuzz test over the decoders. Whatever bytes arrive — random, or a real file of each
 * format with bytes flipped, cut, duplicated or inserted — reading them ends cleanly: a text, or
 * one IngestError with a message, never another exception, and within a time bound.
 */
import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { chainedPdfBomb } from '../../tests/fixtures/ingest/bombs';
import { encodeGb18030, makeDocx, paragraphsOf, reportPage } from '../../tests/fixtures/ingest/builders';
import { loadNodePdfjs } from '../cli/pdfjs-node';
import { ingestFile } from './ingest';
import { IngestError } from './types';

const corpus = readFileSync(new URL('../../corpus/001_3803b543c87d1562.txt', import.meta.url), 'utf8');
const paragraphs = paragraphsOf(corpus).slice(0, 12);
const SEEDS: Record<string, Uint8Array> = {
  'report.txt': new TextEncoder().encode(paragraphs.join('\n')),
  'report-gbk.txt': encodeGb18030(paragraphs.join('\n')),
  'report.html': new TextEncoder().encode(reportPage(paragraphs)),
  'report.docx': makeDocx(paragraphs),
  'report.pdf': new Uint8Array(readFileSync(new URL('../../tests/fixtures/ingest/report-001.pdf', import.meta.url))),
};

/** One edit of a file's bytes. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 64 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4096 }) }),
);

type Edit = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(seed: Uint8Array, edits: readonly Edit[]): Uint8Array {
  let bytes = seed.slice();
  for (const edit of edits) {
    const at = bytes.length === 0 ? 0 : edit.at % bytes.length;
    if (edit.kind === 'flip') bytes[at] = edit.value;
    else if (edit.kind === 'cut') bytes = bytes.subarray(0, at);
    else if (edit.kind === 'insert') bytes = new Uint8Array([...bytes.subarray(0, at), ...edit.bytes, ...bytes.subarray(at)]);
    else {
      const piece = bytes.subarray(at, at + edit.length);
      bytes = new Uint8Array([...bytes.subarray(0, at), ...piece, ...piece, ...bytes.subarray(at)]);
    }
  }
  return bytes;
}

/** Reads the bytes; resolves to 'text' or the IngestError's code, and fails the property otherwise. */
async function cleanOutcome(bytes: Uint8Array, name: string): Promise<string> {
  const started = performance.now();
  try {
    const ingested = await ingestFile(bytes, name, { loadPdfjs: loadNodePdfjs });
    expect(typeof ingested.text).toBe('string');
    return 'text';
  } catch (error) {
    if (!(error instanceof IngestError))
      throw new Error(`${name}: not an IngestError: ${(error as Error)?.stack ?? String(error)}`, { cause: error });
    expect(error.message.length).toBeGreaterThan(0);
    return error.code;
  } finally {
    expect(performance.now() - started, `${name} took too long`).toBeLessThan(15_000);
  }
}

describe('fuzzing the decoders', { timeout: 300_000 }, () => {
  it('every seed is read as a text first (so the mutations start from real files)', async () => {
    for (const [name, bytes] of Object.entries(SEEDS)) expect(await cleanOutcome(bytes, name), name).toBe('text');
  });

  it('random bytes under any name give a text or one IngestError', async () => {
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4096 }),
        fc.constantFrom('x.txt', 'x.html', 'x.docx', 'x.pdf', 'x'),
        async (bytes, name) => {
          outcomes.add(await cleanOutcome(bytes, name));
        },
      ),
      { numRuns: 300, seed: 20261130 },
    );
    expect(outcomes.size).toBeGreaterThan(2);
  });

  // Issue 20: bombs that chain their filters, mutated, still end in one IngestError (or a text).
  for (const chain of ['flate-flate', 'hex-flate', 'flate-runlength'] as const) {
    it(`mutations of a ${chain} PDF bomb give a text or one IngestError`, async () => {
      const seed = chainedPdfBomb(chain, 100 * 1024 * 1024);
      expect(await cleanOutcome(seed, 'bomb.pdf')).toBe('too_large');
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (edits) => {
          await cleanOutcome(mutate(seed, edits), 'bomb.pdf');
        }),
        { numRuns: 20, seed: 20261206 },
      );
    });
  }

  for (const [name, seed] of Object.entries(SEEDS)) {
    it(`mutations of ${name} give a text or one IngestError`, async () => {
      const outcomes = new Set<string>();
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (edits) => {
          outcomes.add(await cleanOutcome(mutate(seed, edits), name));
        }),
        { numRuns: name.endsWith('.pdf') ? 40 : 120, seed: 20261130 },
      );
      // The mutations reach both sides: files still read and files refused.
      expect(outcomes.has('text') || outcomes.size > 1).toBe(true);
    });
  }
});
