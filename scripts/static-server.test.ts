import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { rangeOf, serveSite } from './static-server';

describe('rangeOf', () => {
  it('reads one bytes= range, clamped to the file', () => {
    expect(rangeOf(undefined, 10)).toEqual({ kind: 'whole' });
    expect(rangeOf('bytes=2-5', 10)).toEqual({ kind: 'part', start: 2, end: 5 });
    expect(rangeOf('bytes=4-', 10)).toEqual({ kind: 'part', start: 4, end: 9 });
    expect(rangeOf('bytes=-3', 10)).toEqual({ kind: 'part', start: 7, end: 9 });
    expect(rangeOf('bytes=8-20', 10)).toEqual({ kind: 'part', start: 8, end: 9 });
  });

  it('refuses a range that starts past the end, and ignores one it does not handle', () => {
    expect(rangeOf('bytes=10-12', 10)).toEqual({ kind: 'unsatisfiable' });
    expect(rangeOf('bytes=-0', 10)).toEqual({ kind: 'unsatisfiable' });
    expect(rangeOf('bytes=0-1,4-5', 10)).toEqual({ kind: 'whole' });
    expect(rangeOf('items=0-1', 10)).toEqual({ kind: 'whole' });
    expect(rangeOf('bytes=5-2', 10)).toEqual({ kind: 'whole' });
  });
});

describe('serveSite', () => {
  let dir: string;
  let site: Awaited<ReturnType<typeof serveSite>>;
  const pack = Buffer.from('0123456789abcdef');

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'static-server-'));
    await mkdir(path.join(dir, 'data', 'details'), { recursive: true });
    await writeFile(path.join(dir, 'data', 'details', 'g.pack'), pack);
    site = await serveSite(dir, path.join(dir, 'data'));
  });
  afterAll(async () => {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers a Range request with 206, Content-Range and exactly those bytes', async () => {
    const response = await fetch(`${site.url}data/details/g.pack`, { headers: { Range: 'bytes=3-6' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 3-6/16');
    expect(Buffer.from(await response.arrayBuffer()).toString()).toBe('3456');
  });

  it('answers 416 for a range past the end, and 200 with the whole file without Range', async () => {
    const past = await fetch(`${site.url}data/details/g.pack`, { headers: { Range: 'bytes=16-20' } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */16');
    const whole = await fetch(`${site.url}data/details/g.pack`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(pack);
  });
});
