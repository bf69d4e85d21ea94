import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { jsonPieces, writeJsonStreamed } from './json-stream';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'fazhi-json-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('jsonPieces', () => {
  it('joins to JSON.stringify for any JSON value, at any depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, depth) => {
        expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value));
      }),
      { numRuns: 200 },
    );
  });

  it('leaves out what JSON.stringify leaves out, and keeps a toJSON', () => {
    const value = { a: undefined, b: [1, undefined, () => 2], c: { toJSON: () => 'x' }, d: new Date(0), '键"': '芙蓉区\u2028' };
    expect([...jsonPieces(value, 3)].join('')).toBe(JSON.stringify(value));
  });
});

describe('writeJsonStreamed', () => {
  it('writes the bytes of JSON.stringify and a newline, past the size of one write', async () => {
    const index = {
      schemaVersion: 1,
      indicators: [{ id: 'x' }],
      reports: Array.from({ length: 30_000 }, (_, i) => ({ id: `r${i}`, name: '芙蓉区'.repeat(i % 7), values: { a: i / 3 } })),
    };
    const file = path.join(work, 'index.json');
    await writeJsonStreamed(file, index);
    expect(await readFile(file, 'utf8')).toBe(`${JSON.stringify(index)}\n`);
  });
});
