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
/** 2: adds the review decisions' store; local reports are kept as they were. */
const DB_VERSION = 2;

/** The object stores, each keyed by its records' `id`. */
export const STORES = { localReports: 'local-reports', reviewDecisions: 'review-decisions' } as const;
export type StoreName = (typeof STORES)[keyof typeof STORES];

export class LocalStoreError extends Error {
  override readonly name = 'LocalStoreError';
}

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(new LocalStoreError(req.error?.message ?? 'IndexedDB request failed'));
  });
}

export function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(new LocalStoreError(transaction.error?.message ?? 'IndexedDB transaction aborted'));
    transaction.onerror = () => reject(new LocalStoreError(transaction.error?.message ?? 'IndexedDB transaction failed'));
  });
}

let opening: Promise<IDBDatabase> | null = null;

/** Whether this browser (or test environment) has IndexedDB at all. */
export function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

/** The site's database, opened (and upgraded) once per page. */
export function openDb(): Promise<IDBDatabase> {
  if (!hasIndexedDb()) return Promise.reject(new LocalStoreError('this browser has no IndexedDB (private mode?)'));
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
      reject(new LocalStoreError(req.error?.message ?? 'IndexedDB could not be opened'));
    };
    req.onblocked = () => {
      opening = null;
      reject(new LocalStoreError('IndexedDB is blocked by another tab of this site'));
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

/** Every record of a store, each validated by `toRecord` (null: unreadable); without IndexedDB, none. */
export async function readAll<T>(store: StoreName, toRecord: (raw: unknown) => T | null): Promise<{ records: T[]; unreadable: string[] }> {
  if (!hasIndexedDb()) return { records: [], unreadable: [] };
  const db = await openDb();
  const raw = (await request(db.transaction(store, 'readonly').objectStore(store).getAll())) as unknown[];
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
