/**
 * A report's index entry as index.json holds it: validated with the contract's schema (which puts
 * its keys in the schema's order and leaves out any other), then serialised. Made where the report
 * is made, in a worker thread, so that the thread writing index.json only appends text: at 241,000
 * reports, validating and serialising every entry there took that thread about 20 s of a step
 * nothing else runs beside (issue 21).
 *
 * The one key the worker cannot know is `detailPack` (where the main thread packed the detail):
 * {@link EntryJson.packAt} says where the schema puts it, and {@link withDetailPack} puts it there,
 * so that the text is JSON.stringify of the entry validated with its pack, byte for byte.
 */

import { type DetailPack, detailPackSchema, type ReportEntry, reportEntrySchema } from '../../data/schema';
import { compiledParser } from '../compiled-schema';

/**
 * What the thread writing the index reads of a report's entry besides its text: which report it
 * is, its year and file (which copy of a report is kept), and where its detail goes. A worker
 * sends only these with the entry's text: the whole entry, its values above all, cloned across
 * threads beside the text that already holds it, cost both threads more than the rest of the
 * report did (src/cli/extract/process-file.ts).
 */
export type ShippedEntry = Pick<ReportEntry, 'id' | 'year' | 'sourceFile' | 'detailPath'>;

/** The part of an entry the index's thread reads ({@link ShippedEntry}). */
export function shippedEntryOf(entry: ReportEntry): ShippedEntry {
  return { id: entry.id, year: entry.year, sourceFile: entry.sourceFile, detailPath: entry.detailPath };
}

export interface EntryJson {
  /** The validated entry without `detailPack`, serialised. */
  readonly json: string;
  /** Where in {@link json} `,"detailPack":{…}` goes: right after `detailPath`, the key before it in the schema. */
  readonly packAt: number;
}

/** The schema's parser with compiled objects: the same output, key order included, in about half the time (src/cli/compiled-schema.ts). */
const parseEntry = compiledParser(reportEntrySchema);

/** The keys the schema puts before `detailPack`, in its order. */
const KEYS_BEFORE_PACK = (() => {
  const keys = Object.keys(reportEntrySchema.shape);
  const at = keys.indexOf('detailPack');
  if (at < 0) throw new Error('the report entry schema has no detailPack');
  return keys.slice(0, at);
})();

/** Validates and serialises an entry (its `detailPack`, if any, left out: {@link withDetailPack}). Throws when it is not valid. */
export function entryJsonOf(entry: ReportEntry): EntryJson {
  const { detailPack: _left, ...withoutPack } = entry;
  const valid = parseEntry(withoutPack) as Record<string, unknown>;
  const json = JSON.stringify(valid);
  const before: Record<string, unknown> = {};
  for (const key of KEYS_BEFORE_PACK) if (key in valid) before[key] = valid[key];
  // `{"id":…,"detailPath":"…"}` without its `}`: the entry's text up to where the pack goes.
  const prefix = JSON.stringify(before).slice(0, -1);
  if (!json.startsWith(prefix)) throw new Error(`the entry of ${entry.id} is not serialised in the schema's order`);
  return { json, packAt: prefix.length };
}

/** The entry's text with its detail pack (validated) in the schema's place; the text as it is without one. */
export function withDetailPack(entry: EntryJson, detailPack: DetailPack | undefined): string {
  if (detailPack === undefined) return entry.json;
  const pack = JSON.stringify(detailPackSchema.parse(detailPack));
  return `${entry.json.slice(0, entry.packAt)},"detailPack":${pack}${entry.json.slice(entry.packAt)}`;
}
