/**
 * The extract command's index, kept on disk (issue 21, "Every local government"): at 270,000
 * reports the index entries alone, as objects, would take ~2 GB of the run's 1.5 GB. Each kept
 * report's entry is spilled to a file in the staging folder as it arrives ({@link IndexSpill});
 * memory keeps a small key per report (id, place, year, file, value count, where its line lies).
 *
 * At the end {@link IndexSpill.writeIndex} writes `index.json` in index order, each entry
 * validated with the contract's schema (when it was added, in the worker that made it:
 * src/cli/extract/entry-json.ts), and returns a {@link WrittenIndex}: every report without
 * its values (what the catalogue, the shards' routing, the review queue's peers and the manifest
 * read), where its validated entry lies in index.json (what the downloads read back, one report at
 * a time), and each indicator's values in a file of their own (what the value files and the review
 * queue's ranking are made from). The files are those of the assembler and the builders of
 * src/data/, byte for byte.
 */

import path from 'node:path';

import {
  compareReports,
  indexHeadOf,
  isPreferred,
  mergeJurisdictions,
  type PreparedReport,
  type SupersededReport,
} from '../../data/build-dataset';
import { type CatalogReport, indicatorMask } from '../../data/compact';
import { assessmentLinksOf } from '../../data/review-risk';
import { type DetailPack, type IndexFile, type JurisdictionEntry, type ReportEntry } from '../../data/schema';
import { partRoutingOf } from '../../data/shard-build';
import { type EntryJson, type ShippedEntry, withDetailPack } from './entry-json';
import { LineSpill, type SpilledLine } from './line-spill';
import type { ValueFilesJob, ValueSpills } from './write-compact-values';

/** A report as the index takes it: its entry's text and the fields read here (src/cli/extract/process-file.ts, ShippedReport). */
export type IndexedReport = Pick<PreparedReport, 'jurisdiction' | 'valueCount'> & {
  readonly entry: ShippedEntry;
  readonly entryJson: EntryJson;
};

/** What the run keeps of a kept report until the index is written. */
interface KeptReport {
  readonly id: string;
  readonly year: number | null;
  readonly sourceFile: string;
  readonly valueCount: number;
  /** Shared by the reports that describe their place alike (most of a place's reports). */
  readonly jurisdiction: JurisdictionEntry;
  /** Its entry, validated and serialised (src/cli/extract/entry-json.ts), without its detail pack. */
  readonly line: SpilledLine;
  /** Where its detail pack goes in that text. */
  readonly packAt: number;
  detailPack?: DetailPack;
}

/**
 * Collects prepared reports as src/data/build-dataset.ts's DatasetAssembler does (the same copy of a report is kept,
 * the same places merged in the same order), keeping each entry on disk.
 */
export class IndexSpill {
  /** In the order reports were first seen, as the assembler's: the jurisdictions are merged in that order. */
  private readonly kept = new Map<string, KeptReport>();
  private readonly places = new Map<string, JurisdictionEntry>();
  private readonly supersededList: SupersededReport[] = [];
  private readonly spill: LineSpill;

  constructor(file: string) {
    this.spill = new LineSpill(file);
  }

  /**
   * Adds a report, its entry validated and serialised (`entryJson`, made in the worker that made
   * the report); returns false when an earlier copy of the same report is kept instead.
   */
  add(prepared: IndexedReport): boolean {
    const existing = this.kept.get(prepared.entry.id);
    if (existing) {
      const incoming = isPreferred(prepared, { entry: existing, valueCount: existing.valueCount });
      const kept = incoming ? prepared.entry.sourceFile : existing.sourceFile;
      const dropped = incoming ? existing.sourceFile : prepared.entry.sourceFile;
      this.supersededList.push({ kept, dropped, reportId: prepared.entry.id });
      if (!incoming) return false;
    }
    const { entryJson } = prepared;
    const placeKey = JSON.stringify(prepared.jurisdiction);
    let jurisdiction = this.places.get(placeKey);
    if (!jurisdiction) this.places.set(placeKey, (jurisdiction = prepared.jurisdiction));
    this.kept.set(prepared.entry.id, {
      id: prepared.entry.id,
      year: prepared.entry.year,
      sourceFile: prepared.entry.sourceFile,
      valueCount: prepared.valueCount,
      jurisdiction,
      line: this.spill.append(entryJson.json),
      packAt: entryJson.packAt,
    });
    return true;
  }

  /** Records where the kept copy of a report's detail was packed (`detailPack` of its entry). */
  locateDetail(reportId: string, detailPack: DetailPack): void {
    const kept = this.kept.get(reportId);
    if (!kept) throw new Error(`report ${reportId} is not kept`);
    kept.detailPack = detailPack;
  }

  get superseded(): readonly SupersededReport[] {
    return this.supersededList;
  }

  get size(): number {
    return this.kept.size;
  }

  /**
   * Writes `index.json` to `file` (in index order, each entry validated) and returns the written
   * index; `scratch` is a folder for the per-indicator value files (removed by {@link WrittenIndex.dispose}).
   * The spill is let go of: it is deleted, and the run's keys with it.
   */
  writeIndex(file: string, scratch: string): WrittenIndex {
    const jurisdictions = new Map<string, JurisdictionEntry>();
    // Each report with its sort key, made once: a comparator that made the keys at every comparison
    // made two objects each time (measured, 270,000 reports: 8.3 s against 0.46 s).
    const order: { readonly jurisdictionId: string; readonly year: number | null; readonly id: string; readonly kept: KeptReport }[] = [];
    for (const kept of this.kept.values()) {
      const known = jurisdictions.get(kept.jurisdiction.id);
      jurisdictions.set(kept.jurisdiction.id, known ? mergeJurisdictions(known, kept.jurisdiction) : kept.jurisdiction);
      order.push({ jurisdictionId: kept.jurisdiction.id, year: kept.year, id: kept.id, kept });
    }
    this.kept.clear();
    this.places.clear();
    order.sort(compareReports);
    const head = indexHeadOf(jurisdictions.values());
    const written = new WrittenIndex(file, scratch, head);
    for (const { kept } of order) {
      // Validated already: the text is the validated entry's, its pack put where the schema puts it.
      const text = withDetailPack({ json: this.spill.read(kept.line), packAt: kept.packAt }, kept.detailPack);
      written.add(JSON.parse(text) as ReportEntry, text);
    }
    written.finish();
    this.dispose();
    return written;
  }

  /** Deletes the spill; safe to call twice. */
  dispose(): void {
    this.spill.dispose();
  }
}

/** A report of the written index, without its values: where its entry lies in index.json, and which indicators it gives. */
export type WrittenReport = CatalogReport & {
  /** The indicators it gives, as the compact catalogue's mask (src/data/compact.ts `indicatorMask`). */
  readonly has: string;
  /** How many values it has (every key of its `values`). */
  readonly valueCount: number;
  /** Where its entry's JSON lies in index.json. */
  readonly at: SpilledLine;
};

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A report's entry without its values and fingerprint, its keys in the entry's order, copied one by
 * one into a new object. The catalogue holds one per report for the whole output step (241,000
 * nationally): made as `{ ...rest, has, valueCount, at }` from the rest of a destructured entry,
 * each took ~1,210 bytes of heap, copied key by key ~710 (the national run's entries: 278 → 163 MB).
 */
function catalogReportOf(entry: ReportEntry): CatalogReport {
  const report: Record<string, unknown> = {};
  for (const key in entry) if (key !== 'values' && key !== 'textSha256') report[key] = entry[key as keyof ReportEntry];
  return report as CatalogReport;
}

/** The index as written to index.json: its head and reports in memory, the reports' values on disk. */
export class WrittenIndex {
  readonly reports: WrittenReport[] = [];
  private readonly indexFile: LineSpill;
  /** Each indicator's values as `[report position, value]` lines, in index order. */
  private readonly valueFiles: LineSpill[];
  private readonly indicatorIds: readonly string[];
  private newest: string | null = null;

  constructor(
    /** index.json: complete once {@link finish} has run, and read by other threads from then on. */
    readonly file: string,
    scratch: string,
    readonly head: IndexFile,
  ) {
    this.indexFile = new LineSpill(file);
    this.indicatorIds = head.indicators.map((indicator) => indicator.id);
    this.valueFiles = this.indicatorIds.map((_, i) => new LineSpill(path.join(scratch, `.values-${i}.ndjson`)));
    // JSON.stringify(index) up to its reports, which come last: `..."reports":[`.
    const start = JSON.stringify({ ...head, reports: [] });
    if (!start.endsWith('"reports":[]}')) throw new Error('the index head must end with its reports');
    this.indexFile.appendText(start.slice(0, -2));
  }

  /** The number of reports. */
  get count(): number {
    return this.reports.length;
  }

  /** The newest date the reports carry: a publication date, or the day a collected report was retrieved. */
  get newestDate(): string | null {
    return this.newest;
  }

  /** A report's full entry, read back from index.json. */
  entry(report: WrittenReport): ReportEntry {
    return JSON.parse(this.indexFile.read(report.at)) as ReportEntry;
  }

  /** Where the values lie (flushed by {@link finish}), for another thread to read until {@link dispose}. */
  get valueSpills(): ValueSpills {
    return { indicatorIds: this.indicatorIds, files: this.valueFiles.map((file) => file.path), reportCount: this.count };
  }

  /**
   * What the value files and the review queue's ranking are written from (src/cli/extract/write-compact-values.ts):
   * the value spills, and each report's shard part and peers, made from the reports without their values.
   */
  valueFilesJob(): ValueFilesJob {
    return {
      spills: this.valueSpills,
      indicators: this.head.indicators,
      routing: partRoutingOf({ jurisdictions: this.head.jurisdictions, reports: this.reports }),
      links: assessmentLinksOf(this.head, this.reports),
    };
  }

  /** Closes index.json (kept) and deletes the value files. */
  dispose(): void {
    this.indexFile.close();
    for (const file of this.valueFiles) file.dispose();
  }

  /** @internal Appends a validated entry, in index order; `text` is its JSON, when made already. */
  add(entry: ReportEntry, text = JSON.stringify(entry)): void {
    const position = this.reports.length;
    if (position > 0) this.indexFile.appendText(',');
    const at = this.indexFile.appendText(text);
    const { values } = entry;
    const report = catalogReportOf(entry) as Partial<Writable<WrittenReport>>;
    report.has = indicatorMask(values, this.indicatorIds);
    report.valueCount = Object.keys(values).length;
    report.at = at;
    this.reports.push(report as WrittenReport);
    this.indicatorIds.forEach((id, i) => {
      const value = values[id];
      if (value) this.valueFiles[i]!.append(JSON.stringify([position, value]));
    });
    for (const date of [entry.published, entry.retrievedAt?.slice(0, 10) ?? null]) {
      if (date !== null && (this.newest === null || date > this.newest)) this.newest = date;
    }
  }

  /** @internal Ends index.json; every file is flushed, for other threads to read. */
  finish(): void {
    this.indexFile.appendText(']}\n');
    this.indexFile.flush();
    for (const file of this.valueFiles) file.flush();
  }
}
