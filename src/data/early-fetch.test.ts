import { afterEach, describe, expect, it, vi } from 'vitest';

import { fixtureFetch } from '../../tests/fixtures/dataset/fixture';
import { fetchJson } from './data-load-error';
import { readEarlyJson, startEarlyFetch } from './early-fetch';

afterEach(() => vi.unstubAllGlobals());

const body = JSON.stringify({ a: 1 });
const parse = (json: unknown) => json as { a: number };

describe('early requests', () => {
  it('hand the app the response of a request started before it asked, once', async () => {
    const served = fixtureFetch({ 'x/once.json': { status: 200, body } });
    vi.stubGlobal('fetch', served.fetch);
    void startEarlyFetch('data/x/once.json');
    void startEarlyFetch('data/x/once.json');
    expect(served.requested).toEqual(['x/once.json']);
    await expect(fetchJson('data/x/once.json', parse)).resolves.toEqual({ a: 1 });
    expect(served.requested).toEqual(['x/once.json']);
    // Taken: asking again (a retry, a file read anew) goes to the network.
    await expect(fetchJson('data/x/once.json', parse)).resolves.toEqual({ a: 1 });
    expect(served.requested).toEqual(['x/once.json', 'x/once.json']);
  });

  it('let the boot script read a file and leave its body to the app', async () => {
    const served = fixtureFetch({ 'x/read.json': { status: 200, body } });
    vi.stubGlobal('fetch', served.fetch);
    await expect(readEarlyJson('data/x/read.json')).resolves.toEqual({ a: 1 });
    await expect(fetchJson('data/x/read.json', parse)).resolves.toEqual({ a: 1 });
    expect(served.requested).toEqual(['x/read.json']);
  });

  it('leave a missing file or a failed request for the app to report as it would its own', async () => {
    const served = fixtureFetch({ 'x/gone.json': { status: 404 }, 'x/down.json': 'network-error' });
    vi.stubGlobal('fetch', served.fetch);
    await expect(readEarlyJson('data/x/gone.json')).rejects.toThrow('HTTP 404');
    void startEarlyFetch('data/x/down.json');
    await expect(fetchJson('data/x/gone.json', parse)).rejects.toMatchObject({ name: 'DataLoadError', kind: 'missing' });
    await expect(fetchJson('data/x/down.json', parse)).rejects.toMatchObject({ name: 'DataLoadError', kind: 'network' });
    expect(served.requested).toEqual(['x/gone.json', 'x/down.json']);
  });
});
