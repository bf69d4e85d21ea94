import { afterEach, describe, expect, it, vi } from 'vitest';

import { fixtureDetail, fixtureFetch, readFixtureJson } from '../../tests/fixtures/dataset/fixture';
import { fetchReportDetail, reportDetailQueryOptions } from './get-report-detail';

afterEach(() => vi.unstubAllGlobals());

const PATH = 'reports/430102/2020.json';

describe('fetchReportDetail', () => {
  it('fetches the detail file named by the index and parses it', async () => {
    const served = fixtureFetch();
    vi.stubGlobal('fetch', served.fetch);
    const detail = await fetchReportDetail(PATH, '430102-2020');
    expect(served.requested).toEqual([PATH]);
    expect(detail).toEqual(fixtureDetail(PATH));
  });

  it('says "missing" when the file is absent', async () => {
    vi.stubGlobal('fetch', fixtureFetch().fetch);
    await expect(fetchReportDetail('reports/nowhere/2020.json', 'nowhere-2020')).rejects.toMatchObject({
      kind: 'missing',
    });
  });

  it('rejects a quote that is not the paragraph text at its offsets (provenance invariant)', async () => {
    const tampered = readFixtureJson(PATH) as { extractions: { start: number }[] };
    tampered.extractions[0]!.start += 1;
    vi.stubGlobal('fetch', fixtureFetch({ [PATH]: { status: 200, body: JSON.stringify(tampered) } }).fetch);
    await expect(fetchReportDetail(PATH, '430102-2020')).rejects.toMatchObject({ kind: 'corrupt' });
  });

  it('rejects a file that holds another report', async () => {
    vi.stubGlobal('fetch', fixtureFetch().fetch);
    await expect(fetchReportDetail(PATH, '370829-2023')).rejects.toMatchObject({ kind: 'corrupt' });
  });

  it('keys the query by path and report', () => {
    expect(reportDetailQueryOptions(PATH, '430102-2020').queryKey).toEqual(['report-detail', PATH, '430102-2020']);
  });
});
