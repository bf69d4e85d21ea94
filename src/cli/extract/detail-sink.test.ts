import { gunzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { memberOf } from '../../data/detail-pack';
import type { DetailPack } from '../../data/schema';
import { detailMemberOf } from './detail-member';
import { AUTO_PACK_ABOVE, type KeptDetail, LooseDetails, PackedDetails, resolveDetailLayout } from './detail-sink';

/** An output that keeps appended bytes in memory, in the order the sink appends them. */
function memoryOutput() {
  const files = new Map<string, Buffer>();
  const appends: string[] = [];
  return {
    files,
    appends,
    appendBytes: async (relativePath: string, chunks: readonly Uint8Array[]) => {
      appends.push(relativePath);
      files.set(relativePath, Buffer.concat([files.get(relativePath) ?? Buffer.alloc(0), ...chunks]));
    },
    writeDetail: async (detailPath: string, detail: unknown) => {
      files.set(detailPath, Buffer.from(`${String(detail)}\n`));
    },
  };
}

const kept = (code: string, year: number, detailJson: string): KeptDetail => ({
  entry: { detailPath: `reports/${code}/${year}.json`, year },
  jurisdiction: { code, province: null, city: null },
  detailJson,
});

const read = (files: Map<string, Buffer>, pack: DetailPack) => gunzipSync(memberOf(files.get(pack.path)!, pack)).toString('utf8');

describe('PackedDetails', () => {
  it('records offsets where the bytes land, each member decompressing to its loose file', async () => {
    const output = memoryOutput();
    const sink = new PackedDetails(output);
    const a = sink.add(kept('430102', 2020, '{"reportId":"a"}'));
    const b = sink.add(kept('430103', 2020, '{"reportId":"b"}'));
    const c = sink.add(kept('370829', 2023, '{"reportId":"c"}'));
    await sink.finish();
    expect(a.path).toBe('details/43-4301-2020.pack');
    expect(b).toMatchObject({ path: a.path, offset: a.length });
    expect(c).toMatchObject({ path: 'details/37-3708-2023.pack', offset: 0 });
    expect([read(output.files, a), read(output.files, b), read(output.files, c)]).toEqual([
      '{"reportId":"a"}\n',
      '{"reportId":"b"}\n',
      '{"reportId":"c"}\n',
    ]);
    expect(output.files.get(a.path)!.length).toBe(a.length + b.length);
    expect(sink.packCount).toBe(2);
  });

  it('appends a better copy of a report after the worse one: the new location reads the new copy', async () => {
    const output = memoryOutput();
    const sink = new PackedDetails(output);
    const worse = sink.add(kept('430102', 2020, '{"reportId":"a","copy":1}'));
    const better = sink.add(kept('430102', 2020, '{"reportId":"a","copy":2}'));
    await sink.finish();
    expect(better.offset).toBe(worse.length);
    expect(read(output.files, better)).toBe('{"reportId":"a","copy":2}\n');
  });

  it('splits a group into parts at the cap, every member still where its entry says', async () => {
    const output = memoryOutput();
    const sink = new PackedDetails(output, 200);
    const placed = Array.from({ length: 12 }, (_, i) =>
      sink.add(kept('430102', 2020, JSON.stringify({ reportId: `r${i}`, text: 'x'.repeat(i * 7) }))),
    );
    await sink.finish();
    const paths = [...new Set(placed.map((pack) => pack.path))];
    expect(paths.length).toBeGreaterThan(1);
    expect(paths[1]).toBe('details/43-4301-2020-2.pack');
    for (const path of paths) expect(output.files.get(path)!.length).toBeLessThanOrEqual(200);
    placed.forEach((pack, i) => expect(JSON.parse(read(output.files, pack)).reportId).toBe(`r${i}`));
  });

  it('uses the member the worker compressed when there is one', async () => {
    const output = memoryOutput();
    const sink = new PackedDetails(output);
    const { gzipSync } = await import('node:zlib');
    const member = gzipSync('{"reportId":"from-worker"}\n');
    const pack = sink.add({ ...kept('430102', 2020, '{"reportId":"ignored"}'), detailMember: member });
    await sink.finish();
    expect(pack.length).toBe(member.length);
    expect(read(output.files, pack)).toBe('{"reportId":"from-worker"}\n');
  });
});

describe('LooseDetails', () => {
  it('writes each detail at its detailPath and places nothing', async () => {
    const output = memoryOutput();
    const sink = new LooseDetails(output);
    expect(sink.add(kept('430102', 2020, '{"reportId":"a"}'))).toBeNull();
    await sink.finish();
    expect(output.files.get('reports/430102/2020.json')!.toString()).toBe('{"reportId":"a"}\n');
  });

  it('writes the loose file from a detail shipped only as its pack member (the same bytes)', async () => {
    const output = memoryOutput();
    const sink = new LooseDetails(output);
    const { entry, jurisdiction } = kept('430102', 2020, '');
    sink.add({ entry, jurisdiction, detailMember: detailMemberOf('{"reportId":"packed","text":"芙蓉区"}') });
    await sink.finish();
    expect(output.files.get('reports/430102/2020.json')!.toString()).toBe('{"reportId":"packed","text":"芙蓉区"}\n');
  });
});

describe('resolveDetailLayout', () => {
  it('packs above the threshold under auto, and does as told otherwise', () => {
    expect(resolveDetailLayout('auto', AUTO_PACK_ABOVE)).toBe('loose');
    expect(resolveDetailLayout('auto', AUTO_PACK_ABOVE + 1)).toBe('packed');
    expect(resolveDetailLayout('packed', 1)).toBe('packed');
    expect(resolveDetailLayout('loose', 1_000_000)).toBe('loose');
  });
});
