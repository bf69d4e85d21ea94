import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { type DataSource, indexQueryOptions } from '../data/get-data-source';
import { COMPACT_VERSION, SCHEMA_VERSION, SHARD_VERSION, type ShardManifest } from '../data/schema';
import { LOAD_WHOLE_BYTES } from '../data/shard-selection';
import { createUiStore } from '../state/ui-store';
import { prefetchOnSwitch } from './prefetch-on-switch';

/** County-level and city parts of three years, too big to be loaded whole: a year is fetched when shown. */
const manifest: ShardManifest = {
  schemaVersion: SCHEMA_VERSION,
  compactVersion: COMPACT_VERSION,
  shardVersion: SHARD_VERSION,
  indicators: [{ id: 'legal_aid.cases' }, { id: 'mediation.succeeded' }] as ShardManifest['indicators'],
  reports: 0,
  places: 0,
  years: [2021, 2022, 2023],
  provinces: [],
  cities: [],
  levels: ['市', '县'],
  defaultYear: 2023,
  defaultIndicator: 'legal_aid.cases',
  shards: (['city', 'county'] as const).map((group) => ({
    id: group,
    group,
    province: null,
    places: 10,
    parts: [2021, 2022, 2023].map((year) => ({ year, reports: 10, places: 10, bytes: LOAD_WHOLE_BYTES })),
    coverage: [],
  })),
};

/** A store and a client over that folder, requests recorded (and never answered). */
function setUp(source: DataSource = { kind: 'sharded', manifest }) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL) => {
    requested.push(String(input).replace(/^.*\/data\//, ''));
    return new Promise<Response>(() => undefined);
  });
  const client = new QueryClient();
  client.setQueryData(indexQueryOptions.queryKey, source);
  const store = createUiStore();
  const stop = prefetchOnSwitch(store, client);
  return { requested, store, stop };
}

afterEach(() => vi.unstubAllGlobals());

describe('prefetchOnSwitch', () => {
  it("asks for a switch's parts and drawn values as the store changes, before anything renders", async () => {
    const { requested, store, stop } = setUp();
    store.getState().setYear(2021);
    await vi.waitFor(() => expect(requested.length).toBeGreaterThanOrEqual(4));
    expect(requested).toEqual(
      expect.arrayContaining([
        'shards/city/2021/reports.json',
        'shards/county/2021/reports.json',
        'shards/city/2021/values/legal_aid.cases.json',
        'shards/county/2021/values/legal_aid.cases.json',
      ]),
    );
    expect(requested.filter((path) => /\/20(22|23)\//.test(path))).toEqual([]);

    // Another indicator: its values of the parts shown, nothing else.
    requested.length = 0;
    store.getState().selectIndicator('mediation.succeeded');
    await vi.waitFor(() => expect(requested.length).toBeGreaterThanOrEqual(2));
    expect(requested.toSorted()).toEqual([
      'shards/city/2021/values/mediation.succeeded.json',
      'shards/county/2021/values/mediation.succeeded.json',
    ]);
    stop();
  });

  it('asks for nothing when what the view reads is unchanged (a source opened), or once stopped', async () => {
    const { requested, store, stop } = setUp();
    store.getState().openSource('r1/e1');
    stop();
    store.getState().setYear(2022);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requested).toEqual([]);
  });
});
