import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fixtureDataset, fixtureDetail, fixtureFetch, packedFixture, packFetch } from '../../tests/fixtures/dataset/fixture';
import { reportDetailQueryOptions } from './get-report-detail';
import { DETAIL_CONCURRENCY, loadDetails } from './load-details';

afterEach(() => vi.unstubAllGlobals());

const dataset = fixtureDataset();
const reports = dataset.index.reports;

describe('loadDetails', () => {
  it('loads every detail file once, reports progress, and leaves them in the query cache', async () => {
    const served = fixtureFetch();
    vi.stubGlobal('fetch', served.fetch);
    const client = new QueryClient();
    const progress: [number, number][] = [];
    const { details, failed } = await loadDetails(client, reports, (done, total) => progress.push([done, total]));
    expect(failed).toEqual([]);
    expect([...details.keys()].sort()).toEqual(reports.map((r) => r.detailPath).sort());
    expect(details.get('reports/370829/2023.json')).toEqual(fixtureDetail('reports/370829/2023.json'));
    expect(progress[0]).toEqual([0, reports.length]);
    expect(progress.at(-1)).toEqual([reports.length, reports.length]);
    expect(served.requested).toHaveLength(reports.length);
    const jiaxiang = dataset.reportById.get('370829-2023')!;
    expect(client.getQueryData(reportDetailQueryOptions(jiaxiang).queryKey)).toBeDefined();

    // A second download is served from the cache.
    await loadDetails(client, reports);
    expect(served.requested).toHaveLength(reports.length);
  });

  it('gives null for a missing or corrupt file and names its report, without failing the rest', async () => {
    vi.stubGlobal(
      'fetch',
      fixtureFetch({ 'reports/430102/2022.json': { status: 404 }, 'reports/370829/2023.json': { status: 200, body: '{' } }).fetch,
    );
    const { details, failed } = await loadDetails(new QueryClient(), reports);
    expect(failed.map((r) => r.id).sort()).toEqual(['370829-2023', '430102-2022']);
    expect(details.get('reports/430102/2022.json')).toBeNull();
    expect(details.get('reports/430102/2020.json')).not.toBeNull();
  });

  it('loads packed details too: one Range request each, or the whole pack once from a server that ignores Range', async () => {
    const packed = packedFixture();
    for (const honourRange of [true, false]) {
      const served = packFetch(packed, { honourRange });
      vi.stubGlobal('fetch', served.fetch);
      const { details, failed } = await loadDetails(new QueryClient(), packed.reports);
      expect(failed).toEqual([]);
      for (const report of packed.reports) expect(details.get(report.detailPath)).toEqual(fixtureDetail(report.detailPath));
      if (honourRange) {
        expect(served.requested).toHaveLength(packed.reports.length);
        expect(served.requested.every((request) => request.range !== null)).toBe(true);
      } else {
        // Only the requests already in flight when the first 200 came back download the pack.
        expect(served.requested.length).toBeLessThanOrEqual(DETAIL_CONCURRENCY);
      }
    }
  });
});
