/**
 * The browser's review decisions, beside the local reports (src/data/local-store.ts) in the site's
 * database (src/data/site-db.ts), in two object stores: decisions made on this page, one record
 * each keyed by decision id; and imported corrections files, one record each holding all of the
 * file's decisions, keyed by the file's fingerprint (Chromium writes 100,000 small records in
 * ~30 s, one record of 100,000 decisions in ~1 s). A decision read back is one of the corrections
 * file format with where it came from: `browser` (made here) or the name of the file it was
 * imported from. Records are validated with the shared schema when read back.
 */

import { checkedReader, parseChecked } from './read-checked';
import type { ReviewDecisionRecord } from './schema';
import { deleteAll, done, hasIndexedDb, LocalStoreError, openDb, readAll, request, STORES, type ValidatedRecords } from './site-db';

/** Where a stored decision came from: made here, or imported from a file of that name. */
export const BROWSER_SOURCE = 'browser';

export interface StoredDecision {
  readonly decision: ReviewDecisionRecord;
  /** {@link BROWSER_SOURCE}, or the corrections file's name. */
  readonly source: string;
  /** ISO time it was stored. */
  readonly storedAt: string;
}

/** Oldest decision first; unreadable ones are never applied. */
export type StoredDecisions = ValidatedRecords<StoredDecision>;

const REVIEW_STORE = STORES.reviewDecisions;
const IMPORT_STORE = STORES.reviewImports;

const decisionOf = (raw: unknown): unknown =>
  typeof raw === 'object' && raw !== null ? (raw as { decision?: unknown }).decision : undefined;

/** A reader of stored decisions, each validated with the shared schema (zod loaded only for one that needs it). */
async function recordReader(raws: readonly unknown[]): Promise<(raw: unknown) => StoredDecision | null> {
  const readDecision = await checkedReader('reviewDecisionRecordSchema', raws.map(decisionOf));
  return (raw) => {
    if (typeof raw !== 'object' || raw === null) return null;
    const { source, storedAt } = raw as Record<string, unknown>;
    const decision = readDecision(decisionOf(raw));
    if (!decision || typeof source !== 'string' || typeof storedAt !== 'string') return null;
    return { decision, source, storedAt };
  };
}

interface ImportedDecisions {
  readonly records: readonly StoredDecision[];
  readonly unreadable: readonly string[];
}

/**
 * Imported files already read and validated through a connection, by key. A key is the file's
 * fingerprint, so a record under it never changes: validating 100,000 decisions again after every
 * click would cost a reviewer seconds each time. Per connection, so that a database deleted and
 * made again (tests, the developer tools) is read afresh.
 */
const importedByConnection = new WeakMap<IDBDatabase, Map<string, ImportedDecisions>>();

async function toImported(raw: unknown): Promise<ImportedDecisions> {
  const { id, source, storedAt, decisions } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const key = String(id ?? '?');
  if (typeof source !== 'string' || typeof storedAt !== 'string' || !Array.isArray(decisions)) return { records: [], unreadable: [key] };
  const readDecision = await checkedReader('reviewDecisionRecordSchema', decisions);
  const records: StoredDecision[] = [];
  const unreadable: string[] = [];
  decisions.forEach((decision: unknown, at) => {
    const parsed = readDecision(decision);
    if (parsed) records.push({ decision: parsed, source, storedAt });
    else unreadable.push(`${key}#${at + 1}`);
  });
  return { records, unreadable };
}

/** The decisions of every imported file, each file read from the database once per page. */
async function listImported(): Promise<ImportedDecisions[]> {
  const db = await openDb();
  const importedByKey = importedByConnection.get(db) ?? new Map<string, ImportedDecisions>();
  importedByConnection.set(db, importedByKey);
  const transaction = db.transaction(IMPORT_STORE, 'readonly');
  const store = transaction.objectStore(IMPORT_STORE);
  const keys = (await request(store.getAllKeys())).map(String);
  const missing = keys.filter((key) => !importedByKey.has(key));
  const raws = await Promise.all(missing.map((key) => request(store.get(key))));
  const read = await Promise.all(raws.map(toImported));
  read.forEach((imported, at) => importedByKey.set(missing[at] as string, imported));
  return keys.map((key) => importedByKey.get(key) as ImportedDecisions);
}

/**
 * Every stored decision, validated, oldest first; without IndexedDB, none. A decision stored twice
 * (a file imported again under another name, a colleague's file holding one's own decisions) is
 * read once: the copy stored last.
 */
export async function listDecisions(): Promise<StoredDecisions> {
  if (!hasIndexedDb()) return { records: [], unreadable: [] };
  const [own, imported] = await Promise.all([readAll(REVIEW_STORE, recordReader), listImported()]);
  const byId = new Map<string, StoredDecision>();
  const unreadable = [...own.unreadable];
  for (const group of [own, ...imported]) {
    for (const record of group.records) {
      const earlier = byId.get(record.decision.id);
      if (!earlier || earlier.storedAt <= record.storedAt) byId.set(record.decision.id, record);
    }
  }
  for (const group of imported) unreadable.push(...group.unreadable);
  const records = [...byId.values()];
  records.sort((a, b) => a.decision.decidedAt.localeCompare(b.decision.decidedAt) || a.decision.id.localeCompare(b.decision.id));
  return { records, unreadable };
}

/**
 * Stores an imported corrections file's decisions (validated by the caller's parse) as one record
 * under `key`, the file's fingerprint. Says whether that very file was already stored (then
 * nothing is written).
 */
export async function putImportedDecisions(
  key: string,
  fileName: string,
  decisions: readonly ReviewDecisionRecord[],
  storedAt = new Date().toISOString(),
): Promise<{ alreadyStored: boolean }> {
  if (!hasIndexedDb())
    throw new LocalStoreError('this browser has no IndexedDB (private mode?): review decisions cannot be kept', 'missing');
  const db = await openDb();
  const transaction = db.transaction(IMPORT_STORE, 'readwrite');
  const finished = done(transaction);
  const store = transaction.objectStore(IMPORT_STORE);
  let alreadyStored = false;
  // Put from inside the look-up's callback: the transaction is certainly still active there.
  const lookup = store.getKey(key);
  lookup.onsuccess = () => {
    alreadyStored = lookup.result !== undefined;
    if (!alreadyStored) store.put({ id: key, source: fileName, storedAt, decisions });
  };
  await finished;
  return { alreadyStored };
}

/**
 * Stores decisions (validated first) and deletes `replacing` in the same transaction, so that a
 * person's new decision and the removal of the one it replaces never happen one without the other.
 */
export async function putDecisions(
  records: readonly Omit<StoredDecision, 'storedAt'>[],
  replacing: readonly string[] = [],
  storedAt = new Date().toISOString(),
): Promise<void> {
  const valid = await Promise.all(
    records.map(async (record) => ({ ...record, decision: await parseChecked('reviewDecisionRecordSchema', record.decision) })),
  );
  if (!hasIndexedDb())
    throw new LocalStoreError('this browser has no IndexedDB (private mode?): review decisions cannot be kept', 'missing');
  const db = await openDb();
  const transaction = db.transaction(REVIEW_STORE, 'readwrite');
  const finished = done(transaction);
  const store = transaction.objectStore(REVIEW_STORE);
  for (const id of replacing) store.delete(id);
  for (const record of valid) store.put({ id: record.decision.id, source: record.source, storedAt, decision: record.decision });
  await finished;
}

export async function deleteDecisions(ids: readonly string[]): Promise<void> {
  await deleteAll(REVIEW_STORE, ids);
}
