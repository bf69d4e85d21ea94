import { readFileSync } from 'node:fs';

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { compactOverrides, fixtureIndex } from '../../tests/fixtures/dataset/fixture';
import { renderAtAddress } from '../../tests/fixtures/dataset/render';
import { freshIndexedDbPerTest } from '../../tests/fixtures/indexed-db';
import { furongAsYear } from '../../tests/fixtures/local/files';
import { buildContractFiles } from '../data/build-dataset';
import { localiseDataset } from '../data/local-reports';
import { putLocalReport } from '../data/local-store';
import { extractReport } from '../extract';
import { App } from './App';

const local = (text: string, name: string) => localiseDataset(buildContractFiles([{ sourceFile: name, report: extractReport(text) }]));
const furong2024 = local(furongAsYear(2024), 'furong-2024.txt');
const unplaced = local(readFileSync('tests/fixtures/ingest/no-place-no-year.txt', 'utf8'), 'unplaced.txt');

freshIndexedDbPerTest();
const renderAppAt = (search: string, overrides = {}) => renderAtAddress(<App />, search, overrides);

describe('App with local reports (IndexedDB)', () => {
  it.each([
    ['the compact layout', compactOverrides()],
    ['index.json', {}],
  ])(
    'merges them into the compare view (%s), marked 本地; one without year or place is listed as not comparable',
    async (_layout, overrides) => {
      await putLocalReport(furong2024);
      await putLocalReport(unplaced);
      // Each place's latest report: 芙蓉区's is the local 2024 one.
      renderAppAt('?indicator=legal_aid.cases&year=latest', overrides);
      const table = await screen.findByRole('table', { name: /法律援助案件/ });
      const row = (await within(table).findByText('芙蓉区')).closest('tr') as HTMLElement;
      expect(row).toHaveTextContent('2024');
      expect(within(row).getByTestId('local-badge')).toHaveTextContent('本地');
      const notComparable = screen.getByTestId('not-comparable');
      expect(notComparable).toHaveTextContent('无法比较(1)');
      expect(within(notComparable).getByTestId('local-badge')).toBeInTheDocument();
      expect(
        within(notComparable)
          .getAllByTestId('flag-badge')
          .map((b) => b.textContent),
      ).toEqual(['未识别年份', '未识别地区']);
    },
  );

  it('reads a local report’s detail from IndexedDB, never from the server', async () => {
    await putLocalReport(furong2024);
    const { requested } = renderAppAt(`?view=report&report=${furong2024.report.id}`);
    const heading = await screen.findByRole('heading', { level: 2, name: /芙蓉区.*2024/ });
    expect(within(heading).getByTestId('local-badge')).toBeInTheDocument();
    expect(await screen.findByText(/受理法律援助案件323件/)).toBeInTheDocument();
    // The data folder's catalogue (or index) and values only: no detail file from the server.
    expect(requested.filter((path) => !path.startsWith('compact/') && !path.startsWith('shards/') && path !== 'index.json')).toEqual([]);
  });

  it('shows a bundled report without a year as not comparable too, flagged, not dropped', async () => {
    const index = fixtureIndex();
    const reports = index.reports.map((report) =>
      report.id === '430102-2020' ? { ...report, year: null, flags: [...report.flags, 'no_year' as const] } : report,
    );
    renderAppAt('?indicator=legal_aid.cases', { 'index.json': { status: 200, body: JSON.stringify({ ...index, reports }) } });
    const notComparable = await screen.findByTestId('not-comparable');
    expect(notComparable).toHaveTextContent('芙蓉区');
    expect(within(notComparable).getByTestId('flag-badge')).toHaveTextContent('未识别年份');
    expect(within(notComparable).queryByTestId('local-badge')).toBeNull();
  });
});
