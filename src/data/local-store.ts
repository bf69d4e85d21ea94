/**
 * The browser's store of local reports: an object store of the site's database
 * (src/data/site-db.ts), keyed by report id, holding each report's contract file (index entry,
 * jurisdiction, detail file) and when it was added; validated with the zod schema when read back.
 */

import { checkedReader, parseChecked } from './read-checked';
import type { LocalReportFile } from './schema';
import { deleteAll, done, hasIndexedDb, openDb, readAll, request, STORES, type ValidatedRecords } from './site-db';

const STORE = STORES.localReports;

export interface LocalReportRecord {
  readonly id: string;
  /** ISO timestamp. */
  readonly addedAt: string;
  readonly file: LocalReportFile;
}

/** Oldest first. */
export type LocalReportList = ValidatedRecords<LocalReportRecord>;

const fileOf = (raw: unknown): unknown => (typeof raw === 'object' && raw !== null ? (raw as { file?: unknown }).file : undefined);

/** A reader of stored records, each validated with the local report file's schema (zod loaded only for one that needs it). */
async function recordReader(raws: readonly unknown[]): Promise<(raw: unknown) => LocalReportRecord | null> {
  const readFile = await checkedReader('localReportFileSchema', raws.map(fileOf));
  return (raw) => {
    if (typeof raw !== 'object' || raw === null) return null;
    const { id, addedAt } = raw as Record<string, unknown>;
    if (typeof id !== 'string' || typeof addedAt !== 'string') return null;
    const parsed = readFile(fileOf(raw));
    return parsed?.report.id === id ? { id, addedAt, file: parsed } : null;
  };
}

/** Every local report, validated; without IndexedDB, none. */
export async function listLocalReports(): Promise<LocalReportList> {
  const { records, unreadable } = await readAll(STORE, recordReader);
  records.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  return { records, unreadable };
}

/** One local report, or null when the store has none by that id (or it is unreadable). */
export async function getLocalReport(reportId: string): Promise<LocalReportRecord | null> {
  if (!hasIndexedDb()) return null;
  const db = await openDb();
  const raw: unknown = await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(reportId));
  return raw === undefined ? null : (await recordReader([raw]))(raw);
}

/** Stores a report (validated first); says whether it replaced one with the same id. */
export async function putLocalReport(file: LocalReportFile, addedAt = new Date().toISOString()): Promise<{ replaced: boolean }> {
  const valid = await parseChecked('localReportFileSchema', file);
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
  await deleteAll(STORE, [reportId]);
}
