import { afterEach, describe, expect, it, vi } from 'vitest';

import { compactOverrides, fixtureFetch, fixtureIndex, readFixtureJson, shardedOverrides } from '../../tests/fixtures/dataset/fixture';
import { DataLoadError } from './data-load-error';
import { fetchDataSource, fetchIndex, indexQueryOptions } from './get-data-source';

afterEach(() => vi.unstubAllGlobals());

describe('fetchIndex', () => {
  it('fetches data/index.json relative to the base URL and parses it with the shared schema', async () => {
    const served = fixtureFetch();
    vi.stubGlobal('fetch', served.fetch);
    const index = await fetchIndex();
    expect(served.requested).toEqual(['index.json']);
    expect(index).toEqual(fixtureIndex());
    expect(index.reports.map((r) => r.id)).toContain('430102-2020');
  });

  it('says "missing" for a 404', async () => {
    vi.stubGlobal('fetch', fixtureFetch({ 'index.json': { status: 404 } }).fetch);
    await expect(fetchIndex()).rejects.toMatchObject({ name: 'DataLoadError', kind: 'missing' });
  });

  it('says "corrupt" for a file that is not JSON', async () => {
    vi.stubGlobal('fetch', fixtureFetch({ 'index.json': { status: 200, body: '{"schemaVersion": 1,' } }).fetch);
    await expect(fetchIndex()).rejects.toMatchObject({ kind: 'corrupt' });
  });

  it('says "corrupt" for JSON that breaks the schema', async () => {
    const broken = readFixtureJson('index.json') as { reports: { id: string }[] };
    broken.reports[0]!.id = 'not url safe';
    vi.stubGlobal('fetch', fixtureFetch({ 'index.json': { status: 200, body: JSON.stringify(broken) } }).fetch);
    const error = await fetchIndex().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as DataLoadError).kind).toBe('corrupt');
    expect((error as DataLoadError).message).toContain('URL-safe');
  });

  it('says "network" when the request fails', async () => {
    vi.stubGlobal('fetch', fixtureFetch({ 'index.json': 'network-error' }).fetch);
    await expect(fetchIndex()).rejects.toMatchObject({ kind: 'network' });
  });

  it('is cached for the session under one key', () => {
    expect(indexQueryOptions.queryKey).toEqual(['index']);
    expect(indexQueryOptions.staleTime).toBe(Number.POSITIVE_INFINITY);
  });

  it('falls back to index.json only when the compact catalogue is missing, not when it is corrupt', async () => {
    const missing = fixtureFetch();
    vi.stubGlobal('fetch', missing.fetch);
    expect((await fetchDataSource()).kind).toBe('index');
    expect(missing.requested).toEqual(['shards/manifest.json', 'compact/catalog.json', 'index.json']);
    vi.stubGlobal('fetch', fixtureFetch({ 'compact/catalog.json': { status: 200, body: '{"schemaVersion": 1}' } }).fetch);
    await expect(fetchDataSource()).rejects.toMatchObject({ kind: 'corrupt' });
    const compact = fixtureFetch(compactOverrides());
    vi.stubGlobal('fetch', compact.fetch);
    expect((await fetchDataSource()).kind).toBe('compact');
    expect(compact.requested).toEqual(['shards/manifest.json', 'compact/catalog.json']);
  });

  it("starts from the shards' manifest when the folder has one, and a corrupt manifest is an error, not a fallback", async () => {
    const sharded = fixtureFetch(shardedOverrides());
    vi.stubGlobal('fetch', sharded.fetch);
    const source = await fetchDataSource();
    expect(source.kind).toBe('sharded');
    expect(source.kind === 'sharded' && source.manifest.reports).toBe(7);
    expect(sharded.requested).toEqual(['shards/manifest.json']);
    vi.stubGlobal('fetch', fixtureFetch({ 'shards/manifest.json': { status: 200, body: '{"schemaVersion": 1}' } }).fetch);
    await expect(fetchDataSource()).rejects.toMatchObject({ kind: 'corrupt' });
  });
});
