/**
 * The browser's review decisions: one IndexedDB object store beside the local reports
 * (src/data/local-store.ts) in the site's database (src/data/site-db.ts), keyed by decision id. Each record is a decision of the corrections
 * file format and where it came from: `browser` (made on this page) or the name of the corrections
 * file it was imported from. Records are validated with the shared schema when read back.
 */

import { deleteAll, done, hasIndexedDb, LocalStoreError, openDb, readAll, STORES, type ValidatedRecords } from './site-db';
import { reviewDecisionRecordSchema, type ReviewDecisionRecord } from './schema';

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

function toRecord(raw: unknown): StoredDecision | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { decision, source, storedAt } = raw as Record<string, unknown>;
  const parsed = reviewDecisionRecordSchema.safeParse(decision);
  if (!parsed.success || typeof source !== 'string' || typeof storedAt !== 'string') return null;
  return { decision: parsed.data, source, storedAt };
}

/** Every stored decision, validated; without IndexedDB, none. */
export async function listDecisions(): Promise<StoredDecisions> {
  const { records, unreadable } = await readAll(REVIEW_STORE, toRecord);
  records.sort((a, b) => a.decision.decidedAt.localeCompare(b.decision.decidedAt) || a.decision.id.localeCompare(b.decision.id));
  return { records, unreadable };
}

/**
 * Stores decisions (validated first) and deletes `replacing` in the same transaction, so that a
 * person's new decision and the removal of the one it replaces never happen one without the other.
 */
export async function putDecisions(records: readonly Omit<StoredDecision, 'storedAt'>[], replacing: readonly string[] = [], storedAt = new Date().toISOString()): Promise<void> {
  const valid = records.map((record) => ({ ...record, decision: reviewDecisionRecordSchema.parse(record.decision) }));
  if (!hasIndexedDb()) throw new LocalStoreError('this browser has no IndexedDB (private mode?): review decisions cannot be kept');
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
