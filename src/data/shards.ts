/**
 * The sharded layout (src/data/schema/shards.ts): built from a contract index by the extract
 * command (src/data/shard-build.ts), and put back together in the browser from whichever parts a
 * view loaded (here). Pure.
 *
 * Why shards by level group and year (issue 21, measured): at 3,000 places × 6 years the whole
 * catalogue was 450 kB gzip before the first chart, and at every local government (~270,000
 * reports) it would be ~7.7 MB. The first view (county level, one year) needs one sixth of the
 * county group; townships (~38,000 places) are split by province so that a province's office loads
 * its own. Composing the loaded parts gives the compact catalogue, value and queue files the
 * dashboard already reads (src/data/compact.ts), positions rebased, so nothing downstream changes.
 */

import { emptyValues, reviewQueueFile } from './compact';
import type {
  CompactCatalog,
  CompactReviewQueue,
  CompactValues,
  JurisdictionEntry,
  ReportEntry,
  ShardManifest,
  ShardPlaces,
  ShardReports,
} from './schema';
import { COMPACT_VERSION, SCHEMA_VERSION } from './schema/constants';
import { partKey, type PartRef } from './shard-paths';

// Where the files are: in a module of their own, so that the page's early requests (src/boot.ts)
// name them without loading the layout's builders.
export {
  partFolder,
  partKey,
  type PartRef,
  partReportsPath,
  partReviewQueuePath,
  partsKey,
  partValuesPath,
  SHARD_MANIFEST_PATH,
  shardPlacesPath,
  SHARDS_DIR,
} from './shard-paths';

/** A place's body kinds as bits (`ShardPlaces.bodies`). */
export const BODY_BIT: Readonly<Record<ReportEntry['bodyKind'], number>> = { government: 1, department: 2, other: 4 };

export type ReviewColumn = NonNullable<CompactValues['review']>[number][];

/** Appends value `k` of `file` to `out` (its review mark to `review`), as the value of report `position` there. */
export function copyValue(file: CompactValues, k: number, out: CompactValues, review: ReviewColumn, position: number): void {
  out.report.push(position);
  out.value.push(file.value[k]!);
  out.qualifier.push(file.qualifier[k]!);
  out.derived.push(file.derived[k]!);
  out.extraction.push(file.extraction[k]!);
  out.variant!.push(file.variant?.[k] ?? null);
  out.warnings!.push(file.warnings?.[k] ?? null);
  out.confidence!.push(file.confidence?.[k] ?? null);
  out.checks!.push(file.checks?.[k] ?? []);
  review.push(file.review?.[k] ?? null);
}

/** As compactValuesOf (src/data/compact.ts): the review column only in a file where some value is reviewed. */
export function withReview(out: CompactValues, review: ReviewColumn): CompactValues {
  return review.some((mark) => mark !== null) ? { ...out, review } : out;
}

const REQUIRED_COLUMNS = [
  'id',
  'jurisdiction',
  'year',
  'published',
  'body',
  'bodyKind',
  'title',
  'sourceFile',
  'detailPath',
  'flags',
  'warningCount',
  'synthetic',
  'local',
  'has',
];

/** A loaded shard: its places and the parts of it a view loaded, in year order. */
export interface LoadedShard {
  readonly places: ShardPlaces;
  readonly parts: readonly ShardReports[];
}

export interface ComposedCatalog {
  readonly catalog: CompactCatalog;
  /** Each loaded part's first position in the catalogue's reports, by {@link partKey}. */
  readonly offsets: ReadonlyMap<string, number>;
  /** The parts, in catalogue order, with their report counts. */
  readonly parts: readonly (PartRef & { readonly reports: number })[];
  /** Per indicator: the loaded shards' places with a value in some report, loaded or not. */
  readonly coverage: ReadonlyMap<string, number>;
  /** Per place of the loaded shards: who wrote its comparable reports, in any year (`ShardPlaces.bodies`). */
  readonly placeBodies: ReadonlyMap<string, number>;
}

/**
 * The compact catalogue of the loaded shards: places of every loaded shard (all years: a place
 * without a report in a loaded year is "no report", which is true), and the loaded parts' reports,
 * in the manifest's shard order. Throws when a part does not belong to its shard's places.
 */
export function composeCatalog(manifest: ShardManifest, loaded: readonly LoadedShard[]): ComposedCatalog {
  const order = new Map(manifest.shards.map((shard, i) => [shard.id, i]));
  const sorted = [...loaded].sort((a, b) => (order.get(a.places.shard) ?? 0) - (order.get(b.places.shard) ?? 0));
  const jurisdictions: JurisdictionEntry[] = [];
  const inOrder: { part: ShardReports; placeBase: number }[] = [];
  const coverage = new Map<string, number>(manifest.indicators.map((indicator) => [indicator.id, 0]));
  const placeBodies = new Map<string, number>();
  const shardById = new Map(manifest.shards.map((shard) => [shard.id, shard]));
  for (const shard of sorted) {
    const placeBase = jurisdictions.length;
    jurisdictions.push(...shard.places.jurisdictions);
    shard.places.jurisdictions.forEach((place, i) => placeBodies.set(place.id, shard.places.bodies[i] ?? 0));
    const entry = shardById.get(shard.places.shard);
    if (!entry) throw new Error(`shard ${shard.places.shard} is not in the manifest`);
    manifest.indicators.forEach((indicator, i) => coverage.set(indicator.id, (coverage.get(indicator.id) ?? 0) + (entry.coverage[i] ?? 0)));
    for (const part of [...shard.parts].sort((a, b) => (a.year ?? -1) - (b.year ?? -1))) {
      if (part.shard !== shard.places.shard || part.placeCount !== shard.places.jurisdictions.length) {
        throw new Error(`part ${partKey(part)} does not belong to the places of shard ${shard.places.shard}`);
      }
      inOrder.push({ part, placeBase });
    }
  }
  const offsets = new Map<string, number>();
  const parts: (PartRef & { reports: number })[] = [];
  let reportCount = 0;
  for (const { part } of inOrder) {
    offsets.set(partKey(part), reportCount);
    parts.push({ shard: part.shard, year: part.year, reports: part.reports.id.length });
    reportCount += part.reports.id.length;
  }
  // Each part's detail packs, written once in the catalogue's list; a part's pack positions rebased.
  const detailPacks: string[] = [];
  const packPosition = new Map<string, number>();
  const packBase = inOrder.map(({ part }) =>
    (part.detailPacks ?? []).map((pack) => {
      let at = packPosition.get(pack);
      if (at === undefined) packPosition.set(pack, (at = detailPacks.push(pack) - 1));
      return at;
    }),
  );
  // Every column any part has; a part without an optional one (all nulls there) gets nulls.
  const names = new Set([...REQUIRED_COLUMNS, ...inOrder.flatMap(({ part }) => Object.keys(part.reports))]);
  const columns: Record<string, unknown[]> = {};
  for (const name of names) {
    const column: unknown[] = [];
    inOrder.forEach(({ part, placeBase }, at) => {
      const cells = (part.reports as unknown as Record<string, unknown[] | undefined>)[name];
      if (!cells) for (let i = 0; i < part.reports.id.length; i += 1) column.push(null);
      else if (name === 'jurisdiction') for (const position of cells as number[]) column.push(position + placeBase);
      else if (name === 'detailPack') {
        for (const member of cells as ([number, number, number] | null)[])
          column.push(member === null ? null : [packBase[at]![member[0]]!, member[1], member[2]]);
      } else for (const cell of cells) column.push(cell);
    });
    columns[name] = column;
  }
  return {
    catalog: {
      schemaVersion: SCHEMA_VERSION,
      compactVersion: COMPACT_VERSION,
      indicators: manifest.indicators,
      jurisdictions,
      reports: columns as unknown as CompactCatalog['reports'],
      ...(detailPacks.length > 0 ? { detailPacks } : {}),
    },
    offsets,
    parts,
    coverage,
    placeBodies,
  };
}

/** One indicator's values over the composed catalogue, from the loaded parts' files. */
export function composeValues(
  composed: Pick<ComposedCatalog, 'parts' | 'offsets'>,
  indicator: string,
  files: ReadonlyMap<string, CompactValues>,
): CompactValues {
  const reportCount = composed.parts.reduce((sum, part) => sum + part.reports, 0);
  const out = emptyValues(indicator, reportCount);
  const review: ReviewColumn = [];
  for (const part of composed.parts) {
    const key = partKey(part);
    const file = files.get(key);
    if (!file) throw new Error(`values of ${indicator}: part ${key} is not loaded`);
    if (file.indicator !== indicator) throw new Error(`values of ${key}: the file holds ${file.indicator}, not ${indicator}`);
    if (file.reportCount !== part.reports)
      throw new Error(`values of ${indicator} in ${key}: written for ${file.reportCount} reports, the part has ${part.reports}`);
    const base = composed.offsets.get(key) as number;
    file.report.forEach((position, i) => copyValue(file, i, out, review, position + base));
  }
  return withReview(out, review);
}

/** The review queue over the composed catalogue: the parts' queues, riskiest first as one. */
export function composeReviewQueue(
  composed: Pick<ComposedCatalog, 'parts' | 'offsets'>,
  indicatorCount: number,
  files: ReadonlyMap<string, CompactReviewQueue>,
): CompactReviewQueue {
  const risky: { report: number; indicator: number; risk: number; score: number }[] = [];
  const reviewed: [number, number][] = [];
  for (const part of composed.parts) {
    const key = partKey(part);
    const file = files.get(key);
    if (!file) throw new Error(`review queue: part ${key} is not loaded`);
    const base = composed.offsets.get(key) as number;
    file.report.forEach((report, i) =>
      risky.push({
        report: report + base,
        indicator: file.indicator[i] as number,
        risk: file.risk[i] as number,
        score: file.score[i] as number,
      }),
    );
    file.reviewedReport.forEach((report, i) => reviewed.push([report + base, file.reviewedIndicator[i] as number]));
  }
  // As one ranking over the whole index: by score, then in catalogue order (src/data/review-risk.ts).
  risky.sort((a, b) => b.score - a.score || a.report - b.report || a.indicator - b.indicator);
  return reviewQueueFile(
    composed.parts.reduce((sum, part) => sum + part.reports, 0),
    indicatorCount,
    risky,
    reviewed,
  );
}
