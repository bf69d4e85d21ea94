/**
 * The browser's store of local reports: one IndexedDB object store, keyed by report id, holding
 * each report's contract file (index entry, jurisdiction, detail file) and when it was added.
 *
 * The plain IndexedDB API, wrapped in four promises, rather than a library: the app needs list,
 * get, put and delete on one store, which is less code than a dependency's adapter. Every record
 * is validated with the zod schema when read back, so a record written by an older version (or
 * edited by hand in the developer tools) is reported as unreadable instead of breaking a view.
 */

import { parseLocalReportFile, type LocalReportFile } from './local-reports';

const DB_NAME = 'fazhi-atlas';
/** 2: adds the review decisions' store (src/data/review-store.ts); local reports are kept as they were. */
const DB_VERSION = 2;
const STORE = 'local-reports';
/** The store of review decisions, kept beside local reports (src/data/review-store.ts). */
export const REVIEW_STORE = 'review-decisions';

export interface LocalReportRecord {
  readonly id: string;
  /** ISO timestamp. */
  readonly addedAt: string;
  readonly file: LocalReportFile;
}

export interface LocalReportList {
  /** Oldest first. */
  readonly records: readonly LocalReportRecord[];
  /** Ids of records that no longer match the schema (offered for removal, never shown as data). */
  readonly unreadable: readonly string[];
}

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
      for (const name of [STORE, REVIEW_STORE]) {
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
export async function closeLocalStore(): Promise<void> {
  const pending = opening;
  opening = null;
  if (pending) (await pending.catch(() => null))?.close();
}

function toRecord(raw: unknown): LocalReportRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { id, addedAt, file } = raw as Record<string, unknown>;
  if (typeof id !== 'string' || typeof addedAt !== 'string') return null;
  try {
    const parsed = parseLocalReportFile(file);
    return parsed.report.id === id ? { id, addedAt, file: parsed } : null;
  } catch {
    return null;
  }
}

/** Every local report, validated; without IndexedDB, none. */
export async function listLocalReports(): Promise<LocalReportList> {
  if (!hasIndexedDb()) return { records: [], unreadable: [] };
  const db = await openDb();
  const raw = await request(db.transaction(STORE, 'readonly').objectStore(STORE).getAll());
  const records: LocalReportRecord[] = [];
  const unreadable: string[] = [];
  for (const item of raw as unknown[]) {
    const record = toRecord(item);
    if (record) records.push(record);
    else unreadable.push(String((item as { id?: unknown } | null)?.id ?? '?'));
  }
  records.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  return { records, unreadable };
}

/** One local report, or null when the store has none by that id (or it is unreadable). */
export async function getLocalReport(reportId: string): Promise<LocalReportRecord | null> {
  if (!hasIndexedDb()) return null;
  const db = await openDb();
  const raw: unknown = await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(reportId));
  return raw === undefined ? null : toRecord(raw);
}

/** Stores a report (validated first); says whether it replaced one with the same id. */
export async function putLocalReport(file: LocalReportFile, addedAt = new Date().toISOString()): Promise<{ replaced: boolean }> {
  const valid = parseLocalReportFile(file);
  const db = await openDb();
  const transaction = db.transaction(STORE, 'readwrite');
  const store = transaction.objectStore(STORE);
  const finished = done(transaction);
  let replaced = false;
  // Put from inside the look-up's callback: the transaction is certainly still active there.
  const lookup = store.getKey(valid.report.id);
  lookup.onsuccess = () => {
    replaced = lookup.result !== undefined;
    store.put({ id: valid.report.id, addedAt, file: valid });
  };
  await finished;
  return { replaced };
}

export async function deleteLocalReport(reportId: string): Promise<void> {
  const db = await openDb();
  const transaction = db.transaction(STORE, 'readwrite');
  const finished = done(transaction);
  transaction.objectStore(STORE).delete(reportId);
  await finished;
}
