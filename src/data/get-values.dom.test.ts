import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { compactOverrides, fixtureDataset, fixtureFetch } from '../../tests/fixtures/dataset/fixture';
import { indicatorCoverage, isLoaded, valueCount } from './dataset';
import { fetchDataSource } from './get-data-source';
import { baseDataset } from './get-dataset';
import { type NeededValues, useDatasetValues, valuesQueryOptions, withValues, withValuesOnce } from './get-values';
import { peerLookup } from './peers';
import { shownValues } from './value-store';

afterEach(() => vi.unstubAllGlobals());

describe('values added per indicator', () => {
  it('builds from the catalogue a dataset that knows every value’s presence and adds values per indicator', async () => {
    vi.stubGlobal('fetch', fixtureFetch(compactOverrides()).fetch);
    const source = await fetchDataSource();
    const base = baseDataset(source, []);
    const full = fixtureDataset();
    expect(base.loaded).toEqual(new Set());
    expect(base.index.reports.every((report) => Object.keys(report.values).length === 0)).toBe(true);
    for (const indicator of full.indicators) expect(indicatorCoverage(base, indicator.id)).toBe(indicatorCoverage(full, indicator.id));
    expect(valueCount(base)).toBe(valueCount(full));
    const file = await valuesQueryOptions('legal_aid.cases').queryFn!({} as never);
    const withOne = withValues(base, [file]);
    expect(isLoaded(withOne, 'legal_aid.cases')).toBe(true);
    expect(isLoaded(withOne, 'mediation.succeeded')).toBe(false);
    for (const report of full.index.reports) {
      expect(shownValues(withOne.values, withOne.reportById.get(report.id)!)).toEqual(
        report.values['legal_aid.cases'] ? { 'legal_aid.cases': report.values['legal_aid.cases'] } : {},
      );
    }
    // Values are added beside the reports: the look-ups the views share are not rebuilt.
    expect(withOne.reportById).toBe(base.reportById);
    expect(withOne.reportsByJurisdiction).toBe(base.reportsByJurisdiction);
    expect(withOne).not.toBe(base);
  });

  it('gives the same values dataset again for the same base and files (a base shown again finds its look-ups cached)', async () => {
    vi.stubGlobal('fetch', fixtureFetch(compactOverrides()).fetch);
    const base = baseDataset(await fetchDataSource(), []);
    const other = baseDataset(await fetchDataSource(), []);
    const cases = await valuesQueryOptions('legal_aid.cases').queryFn!({} as never);
    const mediation = await valuesQueryOptions('mediation.succeeded').queryFn!({} as never);
    const once = withValuesOnce(base, [cases]);
    expect(isLoaded(once, 'legal_aid.cases')).toBe(true);
    // Another array holding the same file: the same dataset.
    expect(withValuesOnce(base, [cases])).toBe(once);
    // Other files, or another base: another dataset.
    const both = withValuesOnce(base, [cases, mediation]);
    expect(both).not.toBe(once);
    expect(isLoaded(both, 'mediation.succeeded')).toBe(true);
    expect(withValuesOnce(other, [cases])).not.toBe(once);
  });

  it('gives the same peer ranks and medians from lazily loaded values as from the whole index, indicator after indicator', async () => {
    vi.stubGlobal('fetch', fixtureFetch(compactOverrides()).fetch);
    const base = baseDataset(await fetchDataSource(), []);
    const full = fixtureDataset();
    let dataset = base;
    for (const indicatorId of ['legal_aid.cases', 'mediation.success_rate', 'mediation.succeeded']) {
      dataset = withValues(dataset, [await valuesQueryOptions(indicatorId).queryFn!({} as never)]);
      for (const sameProvince of [false, true]) {
        const lazy = peerLookup(dataset, indicatorId, { sameProvince });
        const whole = peerLookup(full, indicatorId, { sameProvince });
        for (const report of full.index.reports) expect(lazy(dataset.reportById.get(report.id)!)).toEqual(whole(report));
      }
    }
  });
});

describe('useDatasetValues', () => {
  /** A fetch of the compact fixture whose `held` value file waits until `release` is called. */
  function heldFetch(held: string) {
    const served = fixtureFetch(compactOverrides());
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const fetchImpl = async (input: RequestInfo | URL) => {
      if (String(input).includes(held)) await gate;
      return served.fetch(input);
    };
    return { fetch: fetchImpl, release: () => release() };
  }

  /** The hook over the compact fixture, first needing `legal_aid.cases`; the values of mediation.succeeded wait for `release`. */
  async function renderNeeding() {
    const network = heldFetch('mediation.succeeded');
    vi.stubGlobal('fetch', network.fetch);
    const base = baseDataset(await fetchDataSource(), []);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => createElement(QueryClientProvider, { client }, children);
    const first: NeededValues = ['legal_aid.cases'];
    const hook = renderHook(({ needed }: { needed: NeededValues }) => useDatasetValues(base, needed), {
      wrapper,
      initialProps: { needed: first as NeededValues },
    });
    await waitFor(() => expect(hook.result.current.data).toBeDefined());
    return { ...hook, base, first, release: network.release };
  }

  it('keeps the last complete dataset standing in while the next indicator loads, and keeps its identity across renders', async () => {
    const { result, rerender, first, release } = await renderNeeding();
    const loaded = result.current.data!;
    expect(isLoaded(loaded, 'legal_aid.cases')).toBe(true);
    expect(result.current.isStale).toBe(false);
    rerender({ needed: first });
    expect(result.current.data).toBe(loaded);

    rerender({ needed: ['mediation.succeeded'] });
    await waitFor(() => expect(result.current.isStale).toBe(true));
    expect(result.current.data).toBe(loaded);
    expect(result.current.isPending).toBe(false);

    release();
    await waitFor(() => expect(result.current.isStale).toBe(false));
    expect(isLoaded(result.current.data!, 'mediation.succeeded')).toBe(true);
  });

  it('lets nothing stand in when a view needs every indicator', async () => {
    const { result, rerender, base, release } = await renderNeeding();
    expect(base.indicators.length).toBeGreaterThan(20);
    rerender({ needed: 'all' });
    expect(result.current.data).toBeUndefined();
    expect(result.current.isPending).toBe(true);
    release();
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data!.indicators).toHaveLength(base.indicators.length);
    expect(result.current.data!.indicators.every((indicator) => isLoaded(result.current.data!, indicator.id))).toBe(true);
  });
});
