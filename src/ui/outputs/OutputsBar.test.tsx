import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { renderWithData } from '../../../tests/fixtures/dataset/render';
import { TIDY_COLUMNS } from '../../data/tidy-rows';
import { OutputsBar } from './OutputsBar';
import { BROWSER_BUILD_MAX_VALUES, offersAllBars, offersBrowserBuild, slidePart } from './OutputsBody';

const dataset = fixtureDataset();
const onScreen = ['370829-2023', '430102-2022'].map((id) => ({ report: dataset.reportById.get(id)!, indicatorId: 'legal_aid.cases' }));

/** What the page handed to the browser to save: the blobs and their file names. */
function captureDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${(n += 1)}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => {},
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return saved;
}

describe('OutputsBar', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('downloads what is on screen as CSV with every value’s quote', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderWithData(
      <OutputsBar dataset={dataset} values={onScreen} description="compare" fileBase="fazhi-atlas_compare_legal_aid.cases_2022" />,
    );
    await user.click(screen.getByText('导出与分享'));
    expect(await screen.findByRole('radio', { name: '本页数据(2 个数值)' })).toBeChecked();
    await user.click(await screen.findByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    // Named after what it holds.
    expect(saved[0]!.name).toBe('fazhi-atlas_compare_legal_aid.cases_2022.csv');
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...TIDY_COLUMNS]);
    expect(parsed.data.map((row) => [row.jurisdiction, row.year, row.value, row.qualifier, row.quote_status])).toEqual([
      ['嘉祥县', '2023', '2138', 'exact', 'quoted'],
      ['芙蓉区', '2022', '350', 'approx', 'quoted'],
    ]);
    expect(parsed.data[0]!.quote).toContain('2138');
    expect(screen.getByTestId('outputs-status')).toHaveTextContent('已下载 fazhi-atlas_compare_legal_aid.cases_2022.csv(2 个数值)');
  });

  it('downloads everything as a zip with a README, saying which quotes could not be loaded', async () => {
    const saved = captureDownloads();
    const user = userEvent.setup();
    renderWithData(
      <OutputsBar dataset={dataset} values={onScreen} description="compare" fileBase="fazhi-atlas_compare_legal_aid.cases_2022" />,
      {
        overrides: { 'reports/430102/2022.json': { status: 404 } },
      },
    );
    await user.click(screen.getByText('导出与分享'));
    await user.click(await screen.findByRole('radio', { name: /全部数据/ }));
    await user.click(screen.getByRole('button', { name: 'ZIP(数据+说明)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toBe('fazhi-atlas_all.zip');
    const files = unzipSync(new Uint8Array(await saved[0]!.blob.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['README.md', 'fazhi-atlas_all.csv', 'fazhi-atlas_all.json']);
    expect(strFromU8(files['README.md']!)).toContain('`430102-2022` (reports/430102/2022.json)');
    const rows = JSON.parse(strFromU8(files['fazhi-atlas_all.json']!)) as {
      report_id: string;
      quote_status: string;
      variant: string | null;
      wording: string | null;
      warnings: string | null;
    }[];
    const total = dataset.index.reports.reduce((sum, report) => sum + Object.keys(report.values).length, 0);
    expect(rows).toHaveLength(total);
    expect(rows.filter((row) => row.report_id === '430102-2022').map((row) => row.quote_status)).not.toContain('quoted');
    // The wording and variant of each value, and the extractor's warnings about it.
    const rate = rows.find((row) => row.report_id === '610117-2022' && row.variant)!;
    expect(rate).toMatchObject({ wording: '矛盾纠纷化解率', variant: '化解率' });
    expect(rows.find((row) => row.report_id === '610117-2022' && row.warnings)?.warnings).toContain('行政复议办结 49 件多于受理 46 件');
    expect(screen.getByTestId('outputs-status')).toHaveTextContent('1 份报告的原文引用无法加载');
  });

  it('links to the prebuilt files for everything when the data folder has them; a small dataset can still be built in the browser', async () => {
    const downloads = {
      version: 1,
      rows: 1_234_567,
      datapackage: 'downloads/datapackage.json',
      groups: [
        {
          group: 'county',
          rows: 1_200_000,
          reports: 90_000,
          csv: { path: 'downloads/values-county.csv.gz', bytes: 123_456_789 },
          parquet: { path: 'downloads/values-county.parquet', bytes: 98_700_000 },
        },
        {
          group: 'unplaced',
          rows: 34_567,
          reports: 2_000,
          csv: { path: 'downloads/values-unplaced.csv.gz', bytes: 640_400 },
          parquet: { path: 'downloads/values-unplaced.parquet', bytes: 512_000 },
        },
      ],
    };
    const user = userEvent.setup();
    const { requested } = renderWithData(
      <OutputsBar dataset={dataset} values={onScreen} description="compare" fileBase="fazhi-atlas_compare_legal_aid.cases_2022" />,
      {
        overrides: { 'downloads/index.json': { status: 200, body: JSON.stringify(downloads) } },
      },
    );
    await user.click(screen.getByText('导出与分享'));
    // Only what is on screen: the list of prebuilt files is not fetched yet.
    expect(await screen.findByRole('button', { name: 'CSV' })).toBeInTheDocument();
    expect(requested).not.toContain('downloads/index.json');
    await user.click(screen.getByRole('radio', { name: /全部数据/ }));
    const parquet = await screen.findByRole('link', { name: 'Parquet（98.7 MB）' });
    expect(parquet.getAttribute('href')).toMatch(/data\/downloads\/values-county\.parquet$/);
    expect(screen.getByRole('link', { name: 'CSV.gz（123.5 MB）' }).getAttribute('href')).toMatch(
      /data\/downloads\/values-county\.csv\.gz$/,
    );
    expect(screen.getByRole('link', { name: 'CSV.gz（640 kB）' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /datapackage\.json/ }).getAttribute('href')).toMatch(/data\/downloads\/datapackage\.json$/);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^县级（区、县、旗、开发区） · 1,?200,?000 个数值/),
      expect.stringMatching(/^未能确定地区或层级 · 34,?567 个数值/),
    ]);
    // Nothing of the in-browser build was started: no detail file was asked for.
    expect(requested.filter((path) => path.startsWith('reports/'))).toEqual([]);
    // The fixture is small: its README'd ZIP is still offered beside the files.
    expect(screen.getByRole('button', { name: 'ZIP(数据+说明)' })).toBeEnabled();
  });

  it('builds "everything" in the browser only for a small dataset or one without prebuilt files', () => {
    const prebuilt = { version: 1 as const, rows: 1, datapackage: 'downloads/datapackage.json', groups: [] };
    expect(offersBrowserBuild('all', prebuilt, 2_000_000)).toBe(false);
    expect(offersBrowserBuild('all', prebuilt, BROWSER_BUILD_MAX_VALUES)).toBe(true);
    expect(offersBrowserBuild('all', null, 2_000_000)).toBe(true);
    expect(offersBrowserBuild('view', prebuilt, 2_000_000)).toBe(true);
  });

  it('offers chart images only with a chart', async () => {
    const user = userEvent.setup();
    renderWithData(
      <OutputsBar dataset={dataset} values={onScreen} description="compare" fileBase="fazhi-atlas_compare_legal_aid.cases_2022" />,
    );
    await user.click(screen.getByText('导出与分享'));
    expect(await screen.findByRole('button', { name: 'CSV' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'PNG' })).toBeNull();
  });
});

describe('the images of a paged chart', () => {
  /** A chart of 95 bars, a page of 50 on screen, a group header opening every 10 bars. */
  const bars = (pageStart: number, pageEnd: number) => ({
    total: 95,
    pageStart,
    pageEnd,
    slice: (start: number, end: number) => ({
      rowCount: end - start + (Math.floor((end - 1) / 10) - Math.floor(start / 10) + 1),
      subtitle: `${start + 1}–${end}`,
      exportOption: () => ({}),
    }),
  });

  it('puts on a slide as many of the page’s bars as it holds, headers counted, saying which', () => {
    const part = slidePart(bars(50, 95), 11);
    expect(part.rowCount).toBeLessThanOrEqual(11);
    expect(part.subtitle).toBe('51–60');
    expect(slidePart(bars(90, 95), 11).subtitle).toBe('91–95');
  });

  it('offers an image of every bar only when the chart is paged', () => {
    expect(offersAllBars({ option: {}, title: 't', subtitle: 's', bars: bars(0, 50) })).toBe(true);
    expect(offersAllBars({ option: {}, title: 't', subtitle: 's', bars: { ...bars(0, 95) } })).toBe(false);
    expect(offersAllBars({ option: {}, title: 't', subtitle: 's' })).toBe(false);
  });
});
