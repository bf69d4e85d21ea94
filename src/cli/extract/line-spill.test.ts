import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { LineSpill, SpillReader } from './line-spill';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'fazhi-line-spill-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('LineSpill', () => {
  it('gives back every line, in order and by where it lies, whatever its size and characters, across flushes', () => {
    const file = path.join(folder, 'spill.ndjson');
    const spill = new LineSpill(file);
    // Chinese text (3 bytes a character), a surrogate pair, a lone surrogate, an empty line, and
    // lines longer than the spill's 1 MB buffer, among many short ones that fill it several times.
    const long = '法'.repeat(400_000);
    const lines = [
      '法治政府建设年度报告',
      '𠀀 a pair',
      'lone \ud800 surrogate',
      '',
      long,
      ...Array.from({ length: 30_000 }, (_, i) => `{"id":"${i}","text":"第${i}号 ${'x'.repeat(i % 97)}"}`),
      `${long}尾`,
      'last',
    ];
    expect(lines.length).toBe(30_007);
    const where = lines.map((line) => spill.append(line));
    expect(where.map((at) => spill.read(at))).toEqual(lines.map((line) => Buffer.from(line).toString()));
    expect([...spill.lines()]).toEqual(lines.map((line) => Buffer.from(line).toString()));
    spill.close();
    const reader = new SpillReader(file);
    expect(reader.read(where[4]!)).toBe(long);
    expect(reader.read(where[30_006]!)).toBe('last');
    reader.close();
  });

  it('writes text as given, its bytes where it says', async () => {
    const file = path.join(folder, 'index.json');
    const spill = new LineSpill(file);
    const head = spill.appendText('{"reports":[');
    const first = spill.appendText('{"名":"芙蓉区"}');
    spill.appendText(',');
    const second = spill.appendText('{"名":"天心区"}');
    spill.appendText(']}\n');
    spill.close();
    const bytes = await readFile(file);
    expect(bytes.toString()).toBe('{"reports":[{"名":"芙蓉区"},{"名":"天心区"}]}\n');
    expect(head).toEqual({ offset: 0, length: 12 });
    expect(bytes.subarray(first.offset, first.offset + first.length).toString()).toBe('{"名":"芙蓉区"}');
    expect(bytes.subarray(second.offset, second.offset + second.length).toString()).toBe('{"名":"天心区"}');
  });
});
