/**
 * Where `npm run extract` puts each kept report's detail: a loose JSON file at its `detailPath`
 * (the contract's layout, and the default for small runs), or a gzip member appended to a detail
 * pack (src/data/detail-pack.ts) when a national run would otherwise write hundreds of thousands of
 * files. Reports are added in the order they are kept, one at a time, so that a better copy of a
 * report always lands after a worse one: a loose file is overwritten, a packed entry points at the
 * later member (the earlier one stays in its pack, unread).
 */

import { packGroupOf, PackPlanner } from '../../data/detail-pack';
import type { DetailPack, JurisdictionEntry, ReportEntry } from '../../data/schema';
import { type DetailBytes, detailJsonOf, detailMemberOf } from './detail-member';
import type { StagedOutput } from './write-dataset';

/** `loose`: one JSON file per report; `packed`: detail packs; `auto`: packed above {@link AUTO_PACK_ABOVE} input files. */
export type DetailLayout = 'loose' | 'packed';
export type DetailLayoutChoice = DetailLayout | 'auto';

/**
 * Runs of up to this many input files write loose files (the bundled data, the tests, small
 * collections: the contract exactly as before packs); larger ones write packs.
 */
export const AUTO_PACK_ABOVE = 2000;

export function resolveDetailLayout(choice: DetailLayoutChoice, inputFiles: number): DetailLayout {
  if (choice !== 'auto') return choice;
  return inputFiles > AUTO_PACK_ABOVE ? 'packed' : 'loose';
}

/**
 * A kept report as the sink needs it: its detail as JSON, or as the member the worker compressed
 * (compressed here when absent; unpacked for a loose file).
 */
export type KeptDetail = {
  readonly entry: Pick<ReportEntry, 'detailPath' | 'year'>;
  readonly jurisdiction: Pick<JurisdictionEntry, 'code' | 'province' | 'city'>;
} & DetailBytes;

export interface DetailSink {
  /** Takes one kept report's detail; returns where it was packed (null: a loose file at its detailPath). */
  add(kept: KeptDetail): DetailPack | null;
  /** How many pack files were written (0 for loose files). */
  readonly packCount: number;
  /** Resolves once every detail added is on disk; rejects with the first write that failed. */
  finish(): Promise<void>;
}

/** One JSON file per report, written one after another in the order given. */
export class LooseDetails implements DetailSink {
  readonly packCount = 0;
  private writes = Promise.resolve();

  constructor(private readonly output: Pick<StagedOutput, 'writeDetail'>) {}

  add(kept: KeptDetail): null {
    const detailJson = detailJsonOf(kept);
    this.writes = this.writes.then(() => this.output.writeDetail(kept.entry.detailPath, detailJson));
    // Handled here so that a failed write is not an unhandled rejection before finish() is awaited.
    this.writes.catch(() => undefined);
    return null;
  }

  finish(): Promise<void> {
    return this.writes;
  }
}

/** How many bytes of one pack are held before they are appended to its file. */
const PACK_FLUSH_BYTES = 1024 * 1024;
/** How many bytes of all packs together are held before every pack is flushed (thousands of packs fill slowly). */
const TOTAL_FLUSH_BYTES = 32 * 1024 * 1024;

/**
 * Detail packs. Where a member goes is decided at once (its pack and offset go into the index
 * entry); its bytes are held and appended in large writes, never one small write per report,
 * and in the order decided, so the offsets recorded are where the bytes land.
 */
export class PackedDetails implements DetailSink {
  private readonly planner: PackPlanner;
  private readonly held = new Map<string, Uint8Array[]>();
  private readonly packs = new Set<string>();
  private readonly heldBytes = new Map<string, number>();
  private totalHeld = 0;
  private writes = Promise.resolve();

  constructor(
    private readonly output: Pick<StagedOutput, 'appendBytes'>,
    cap?: number,
  ) {
    this.planner = new PackPlanner(cap);
  }

  add(kept: KeptDetail): DetailPack {
    const member = kept.detailMember ?? detailMemberOf(detailJsonOf(kept));
    const placed = this.planner.place(packGroupOf({ jurisdiction: kept.jurisdiction, year: kept.entry.year }), member.length);
    this.packs.add(placed.path);
    const chunks = this.held.get(placed.path) ?? [];
    chunks.push(member);
    this.held.set(placed.path, chunks);
    const packHeld = (this.heldBytes.get(placed.path) ?? 0) + member.length;
    this.heldBytes.set(placed.path, packHeld);
    this.totalHeld += member.length;
    if (this.totalHeld >= TOTAL_FLUSH_BYTES) this.flush([...this.held.keys()]);
    else if (packHeld >= PACK_FLUSH_BYTES) this.flush([placed.path]);
    return placed;
  }

  get packCount(): number {
    return this.packs.size;
  }

  finish(): Promise<void> {
    this.flush([...this.held.keys()]);
    return this.writes;
  }

  /** Queues the held bytes of `paths` for appending, after every write queued before. */
  private flush(paths: readonly string[]): void {
    for (const packPath of paths) {
      const chunks = this.held.get(packPath);
      if (!chunks) continue;
      this.held.delete(packPath);
      this.totalHeld -= this.heldBytes.get(packPath) ?? 0;
      this.heldBytes.delete(packPath);
      this.writes = this.writes.then(() => this.output.appendBytes(packPath, chunks));
      this.writes.catch(() => undefined);
    }
  }
}

export function detailSinkFor(layout: DetailLayout, output: Pick<StagedOutput, 'writeDetail' | 'appendBytes'>): DetailSink {
  return layout === 'packed' ? new PackedDetails(output) : new LooseDetails(output);
}
