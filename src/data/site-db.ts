/**
 * The site's IndexedDB database: one per origin, holding the reports the user added
 * (src/data/local-store.ts) and their review decisions (src/data/review-store.ts), each an object
 * store keyed by `id`.
 *
 * The plain IndexedDB API, wrapped in promises, rather than a library: the stores need list, get,
 * put and delete, which is less code than a dependency's adapter. Records are validated by their
 * store when read back, so a record written by an older version (or edited by hand in the
 * developer tools) is reported as unreadable instead of breaking a view.
 */

const DB_NAME = 'fazhi-atlas';
/**
 * 2: adds the review decisions' store; 3: adds the imported corrections files' store. Earlier
 * stores are kept as they were.
 */
const DB_VERSION = 3;

/** The object stores, each keyed by its records' `id`. */
export const STORES = { localReports: 'local-reports', reviewDecisions: 'review-decisions', reviewImports: 'review-imports' } as const;
export type StoreName = (typeof STORES)[keyof typeof STORES];

/**
 * Why the store failed: `full` (the browser's quota for this site is reached), `missing` (no
 * IndexedDB: private mode, disabled storage), `blocked` (another tab holds an older version open),
 * `failed` (anything else, with the browser's own words).
 */
export type LocalStoreFailure = 'full' | 'missing' | 'blocked' | 'failed';

/** How much of its storage quota this site uses, when the browser says (navigator.storage.estimate). */
export interface StorageUse {
  readonly usedBytes: number;
  readonly quotaBytes: number;
}

export class LocalStoreError extends Error {
  override readonly name = 'LocalStoreError';
  constructor(
    message: string,
    readonly failure: LocalStoreFailure = 'failed',
    readonly storage: StorageUse | null = null,
  ) {
    super(message);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The site's storage use, or null where the browser does not say. */
async function storageUse(): Promise<StorageUse | null> {
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return null;
    return { usedBytes: estimate.usage, quotaBytes: estimate.quota };
  } catch {
    return null;
  }
}

/**
 * The error a person reads for a failed request or transaction: a full quota says so, with the
 * figures where the browser gives them (a bare "unavailable" would send them looking elsewhere).
 */
async function storeError(error: DOMException | null | undefined, fallback: string): Promise<LocalStoreError> {
  if (error?.name === 'QuotaExceededError') {
    // The figures only where they show the quota nearly used: a browser may estimate loosely (or a
    // test override the quota without the estimate), and "0 MB used of 5 GB" beside "full" misleads.
    const estimate = await storageUse();
    const use = estimate && estimate.usedBytes >= 0.8 * estimate.quotaBytes ? estimate : null;
    const figures = use ? ` (${megabytes(use.usedBytes)} used of ${megabytes(use.quotaBytes)} allowed)` : '';
    return new LocalStoreError(`this browser's storage for this site is full${figures}: nothing was saved`, 'full', use);
  }
  return new LocalStoreError(error?.message || fallback);
}

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => void storeError(req.error, 'IndexedDB request failed').then(reject);
  });
}

export function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    // A failed request aborts its transaction: `onabort` carries the reason (QuotaExceededError…).
    transaction.onabort = () => void storeError(transaction.error, 'IndexedDB transaction aborted').then(reject);
    transaction.onerror = () => void storeError(transaction.error, 'IndexedDB transaction failed').then(reject);
  });
}

let opening: Promise<IDBDatabase> | null = null;

/** Whether this browser (or test environment) has IndexedDB at all. */
export function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

/** The site's database, opened (and upgraded) once per page. */
export function openDb(): Promise<IDBDatabase> {
  if (!hasIndexedDb()) return Promise.reject(new LocalStoreError('this browser has no IndexedDB (private mode?)', 'missing'));
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      for (const name of Object.values(STORES)) {
        if (!req.result.objectStoreNames.contains(name)) req.result.createObjectStore(name, { keyPath: 'id' });
      }
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab upgrading the database: let it, and open afresh next time.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    req.onerror = () => {
      opening = null;
      void storeError(req.error, 'IndexedDB could not be opened').then(reject);
    };
    req.onblocked = () => {
      opening = null;
      reject(new LocalStoreError('IndexedDB is blocked by another tab of this site (close it, or reload it, and try again)', 'blocked'));
    };
  });
  return opening;
}

/** Closes the connection (tests delete the database between cases). */
export async function closeSiteDb(): Promise<void> {
  const pending = opening;
  opening = null;
  if (pending) (await pending.catch(() => null))?.close();
}

/** A store's records as read back: those that match their schema, and the ids of those that do not. */
export interface ValidatedRecords<T> {
  readonly records: readonly T[];
  /** Ids of records that no longer match the schema (offered for removal, never used as data). */
  readonly unreadable: readonly string[];
}

/**
 * Every record of a store, each validated by the reader `readerOf` makes for them all (null:
 * unreadable; src/data/read-checked.ts loads zod only when a record needs it); without IndexedDB, none.
 */
export async function readAll<T>(
  store: StoreName,
  readerOf: (raws: readonly unknown[]) => Promise<(raw: unknown) => T | null>,
): Promise<{ records: T[]; unreadable: string[] }> {
  if (!hasIndexedDb()) return { records: [], unreadable: [] };
  const db = await openDb();
  const raw = (await request(db.transaction(store, 'readonly').objectStore(store).getAll())) as unknown[];
  // An empty store (every new visitor's) has nothing to check: no reader is made, since making one
  // loads its schema's check (a chunk fetched over the network for the stores' schemas, read-checked.ts),
  // and the first chart waits for the local reports to be read.
  if (raw.length === 0) return { records: [], unreadable: [] };
  const toRecord = await readerOf(raw);
  const records: T[] = [];
  const unreadable: string[] = [];
  for (const item of raw) {
    const record = toRecord(item);
    if (record) records.push(record);
    else unreadable.push(String((item as { id?: unknown } | null)?.id ?? '?'));
  }
  return { records, unreadable };
}

/** Deletes records by id in one transaction. */
export async function deleteAll(store: StoreName, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const db = await openDb();
  const transaction = db.transaction(store, 'readwrite');
  const finished = done(transaction);
  for (const id of ids) transaction.objectStore(store).delete(id);
  await finished;
}
