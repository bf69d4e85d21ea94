// The browser's fetch path: fflate and TextDecoder as the dashboard runs them.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fixtureDetail, fixtureFetch, packedFixture, packFetch, readFixtureJson } from '../../tests/fixtures/dataset/fixture';
import { detailPackKeys } from './get-detail-member';
import { fetchReportDetail, reportDetailQueryOptions } from './get-report-detail';

afterEach(() => vi.unstubAllGlobals());

const PATH = 'reports/430102/2020.json';
const FURONG = { id: '430102-2020', detailPath: PATH };

describe('fetchReportDetail, a loose detail file', () => {
  it('fetches the detail file named by the index and parses it', async () => {
    const served = fixtureFetch();
    vi.stubGlobal('fetch', served.fetch);
    const detail = await fetchReportDetail(FURONG);
    expect(served.requested).toEqual([PATH]);
    expect(detail).toEqual(fixtureDetail(PATH));
  });

  it('says "missing" when the file is absent', async () => {
    vi.stubGlobal('fetch', fixtureFetch().fetch);
    await expect(fetchReportDetail({ id: 'nowhere-2020', detailPath: 'reports/nowhere/2020.json' })).rejects.toMatchObject({
      kind: 'missing',
    });
  });

  it('rejects a quote that is not the paragraph text at its offsets (provenance invariant)', async () => {
    const tampered = readFixtureJson(PATH) as { extractions: { start: number }[] };
    tampered.extractions[0]!.start += 1;
    vi.stubGlobal('fetch', fixtureFetch({ [PATH]: { status: 200, body: JSON.stringify(tampered) } }).fetch);
    await expect(fetchReportDetail(FURONG)).rejects.toMatchObject({ kind: 'corrupt' });
  });

  it('rejects a file that holds another report', async () => {
    vi.stubGlobal('fetch', fixtureFetch().fetch);
    await expect(fetchReportDetail({ ...FURONG, id: '370829-2023' })).rejects.toMatchObject({ kind: 'corrupt' });
  });

  it('keys the query by path and report, whether the detail is packed or not', () => {
    expect(reportDetailQueryOptions(FURONG).queryKey).toEqual(['report-detail', PATH, '430102-2020']);
    const packed = { ...FURONG, detailPack: { path: 'details/43-4301-2020.pack', offset: 0, length: 10 } };
    expect(reportDetailQueryOptions(packed).queryKey).toEqual(['report-detail', PATH, '430102-2020']);
  });
});

describe('fetchReportDetail, a member of a detail pack', () => {
  const packed = packedFixture();
  const report = (id: string) => packed.reports.find((entry) => entry.id === id)!;

  it('asks for the member alone with a Range request, and reads the 206', async () => {
    const served = packFetch(packed, { honourRange: true });
    vi.stubGlobal('fetch', served.fetch);
    const jiaxiang = report('370829-2023');
    const { offset, length } = jiaxiang.detailPack!;
    expect(offset).toBeGreaterThan(0);
    const detail = await fetchReportDetail(jiaxiang, undefined, new QueryClient());
    expect(detail).toEqual(fixtureDetail(jiaxiang.detailPath));
    expect(served.requested).toEqual([{ path: packed.packPath, range: `bytes=${offset}-${offset + length - 1}` }]);
  });

  it("takes the member out of a 200 (a server that ignores Range) and opens the pack's other reports from the cache", async () => {
    const served = packFetch(packed, { honourRange: false });
    vi.stubGlobal('fetch', served.fetch);
    const client = new QueryClient();
    for (const entry of packed.reports) {
      expect(await fetchReportDetail(entry, undefined, client)).toEqual(fixtureDetail(entry.detailPath));
    }
    expect(served.requested).toHaveLength(1);
    expect(client.getQueryData(detailPackKeys.whole(packed.packPath))).toEqual(packed.packBytes);
  });

  it('fetches another pack whole, without Range, once the server was seen to ignore Range', async () => {
    const other = packedFixture('details/other-2023.pack');
    const served = packFetch(other, { honourRange: false });
    vi.stubGlobal('fetch', served.fetch);
    const client = new QueryClient();
    client.setQueryData(detailPackKeys.rangeIgnored, true);
    const [first, second] = other.reports;
    await fetchReportDetail(first!, undefined, client);
    await fetchReportDetail(second!, undefined, client);
    expect(served.requested).toEqual([{ path: other.packPath, range: null }]);
  });

  it('rejects a member that holds another report', async () => {
    vi.stubGlobal('fetch', packFetch(packed, { honourRange: true }).fetch);
    const furong = report('430102-2020');
    await expect(fetchReportDetail({ ...furong, id: '370829-2023' }, undefined, new QueryClient())).rejects.toMatchObject({
      kind: 'corrupt',
    });
  });

  it('says "corrupt" when the index points past the end of the pack (416) or into the middle of a member', async () => {
    vi.stubGlobal('fetch', packFetch(packed, { honourRange: true }).fetch);
    const furong = report('430102-2020');
    const past = { ...furong, detailPack: { ...furong.detailPack!, offset: packed.packBytes.length + 5 } };
    await expect(fetchReportDetail(past, undefined, new QueryClient())).rejects.toMatchObject({
      kind: 'corrupt',
      message: expect.stringContaining('416'),
    });
    const shifted = { ...furong, detailPack: { ...furong.detailPack!, offset: furong.detailPack!.offset + 1 } };
    await expect(fetchReportDetail(shifted, undefined, new QueryClient())).rejects.toMatchObject({ kind: 'corrupt' });
  });

  it('says "corrupt" when a whole pack from a server that ignores Range ends before the member', async () => {
    vi.stubGlobal('fetch', packFetch(packed, { honourRange: false }).fetch);
    const furong = report('430102-2020');
    const beyond = { ...furong, detailPack: { ...furong.detailPack!, length: packed.packBytes.length } };
    await expect(fetchReportDetail(beyond, undefined, new QueryClient())).rejects.toMatchObject({
      kind: 'corrupt',
      message: expect.stringContaining('ends at'),
    });
  });

  it('says "missing" for a pack that is not there', async () => {
    vi.stubGlobal('fetch', packFetch(packed, { honourRange: true }).fetch);
    const gone = { ...report('430102-2020'), detailPack: { path: 'details/gone.pack', offset: 0, length: 10 } };
    await expect(fetchReportDetail(gone, undefined, new QueryClient())).rejects.toMatchObject({ kind: 'missing' });
  });

  it('reads through reportDetailQueryOptions, which hands the client to the fetcher', async () => {
    const served = packFetch(packed, { honourRange: false });
    vi.stubGlobal('fetch', served.fetch);
    const client = new QueryClient();
    const [first, second] = packed.reports;
    await client.fetchQuery(reportDetailQueryOptions(first!));
    expect(await client.fetchQuery(reportDetailQueryOptions(second!))).toEqual(fixtureDetail(second!.detailPath));
    expect(served.requested).toHaveLength(1);
  });
});
