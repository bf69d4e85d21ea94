import { afterEach, describe, expect, it, vi } from 'vitest';

import { done, LocalStoreError } from './site-db';

/** A transaction as the browser ends one that outgrew the site's quota: aborted, its error a QuotaExceededError. */
function abortedTransaction(error: DOMException | null) {
  const transaction = { error, oncomplete: null, onabort: null, onerror: null } as unknown as IDBTransaction & { onabort: () => void };
  return transaction;
}

afterEach(() => vi.unstubAllGlobals());

describe('site database errors', () => {
  it('says the storage is full, with the figures the browser gives, when a write outgrows the quota', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 52_428_800, quota: 53_477_376 }) } });
    const transaction = abortedTransaction(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const finished = done(transaction);
    transaction.onabort();
    const error = await finished.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LocalStoreError);
    expect((error as LocalStoreError).failure).toBe('full');
    expect((error as LocalStoreError).storage).toEqual({ usedBytes: 52_428_800, quotaBytes: 53_477_376 });
    expect((error as Error).message).toBe(
      "this browser's storage for this site is full (50.0 MB used of 51.0 MB allowed): nothing was saved",
    );
  });

  it('says the storage is full without figures where the browser gives none, or figures that do not show it full', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 233, quota: 5_368_709_353 }) } });
    const overridden = abortedTransaction(new DOMException('', 'QuotaExceededError'));
    const failed = done(overridden);
    overridden.onabort();
    expect(((await failed.catch((caught: unknown) => caught)) as LocalStoreError).storage).toBeNull();
    vi.stubGlobal('navigator', {});
    const transaction = abortedTransaction(new DOMException('', 'QuotaExceededError'));
    const finished = done(transaction);
    transaction.onabort();
    const error = (await finished.catch((caught: unknown) => caught)) as LocalStoreError;
    expect([error.failure, error.storage, error.message]).toEqual([
      'full',
      null,
      "this browser's storage for this site is full: nothing was saved",
    ]);
  });

  it("keeps the browser's own words for any other failure", async () => {
    const transaction = abortedTransaction(new DOMException('Version change transaction was aborted', 'AbortError'));
    const finished = done(transaction);
    transaction.onabort();
    const error = (await finished.catch((caught: unknown) => caught)) as LocalStoreError;
    expect([error.failure, error.message]).toEqual(['failed', 'Version change transaction was aborted']);
  });
});
