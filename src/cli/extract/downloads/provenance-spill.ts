/**
 * Where the extract command keeps each kept report's value provenance (quotes, wording, sections)
 * until the downloads are written: one JSON line per report in a file, and in memory only where
 * each line is. A national run has millions of values; their quotes would not fit in memory
 * beside the index, and reading them back from the detail files would parse every one again.
 *
 * The file is a {@link LineSpill} (src/cli/extract/line-spill.ts): a line's offset is known the
 * moment it is appended, whatever the order reports come back from the workers in, and the line is
 * found again with one positioned read. It lives in the staging folder, so an aborted run takes it
 * away with the rest.
 */

import type { ValueProvenance } from '../../../data/tidy-rows';
import { LineSpill, type SpilledLine } from '../line-spill';

export type Provenance = Readonly<Record<string, ValueProvenance>>;

/** Where the downloads find a report's provenance (the spill itself, or a reader of its file in another thread). */
export interface ProvenanceLookup<R> {
  /** The provenance of the report `key`, whose id is `reportId`; null when none was recorded. */
  get(reportId: string, key: R): Provenance | null;
}

export class ProvenanceSpill implements ProvenanceLookup<unknown> {
  private readonly spill: LineSpill;
  private readonly lines = new Map<string, SpilledLine>();

  constructor(readonly file: string) {
    this.spill = new LineSpill(file);
  }

  /**
   * Records a report's provenance. A later call for the same report replaces the earlier one:
   * the extract command calls it when a copy of a report becomes the one kept.
   */
  put(reportId: string, provenance: Provenance): void {
    this.putJson(reportId, JSON.stringify(provenance));
  }

  /** {@link put}, the provenance serialised already (by the worker that made it: src/cli/extract/process-file.ts). */
  putJson(reportId: string, provenanceJson: string): void {
    this.lines.set(reportId, this.spill.append(provenanceJson));
  }

  /** A report's provenance; null when none was recorded (never, for a report the run kept). */
  get(reportId: string): Provenance | null {
    const where = this.lines.get(reportId);
    return where ? (JSON.parse(this.spill.read(where)) as Provenance) : null;
  }

  /** Where a report's provenance lies in {@link file}; null when none was recorded. */
  where(reportId: string): SpilledLine | null {
    return this.lines.get(reportId) ?? null;
  }

  /** Writes what is pending, so that another thread can read the file ({@link SpillReader}). */
  flush(): void {
    this.spill.flush();
  }

  /** Closes and deletes the file; safe to call twice. */
  dispose(): void {
    this.spill.dispose();
  }
}
