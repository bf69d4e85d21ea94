/**
 * Builds the sharded layout (src/data/shards.ts) from a contract index: what the extract command
 * writes. Apart from the composition the page runs, so that the page's first code holds none of
 * the builders nor what only they import (the review queue's ranking, the dataset's defaults).
 */

import { LEVEL_ORDER } from '../extract/light';
import { buildCompactTables, type CatalogReport, compactCatalogOf, emptyValues, reviewQueueFile } from './compact';
import { buildDataset, compareNames, defaultIndicatorId, defaultYear, isComparable } from './dataset';
import { LEVEL_GROUPS, type LevelGroup, levelGroupOf, PROVINCE_CODES } from './level-groups';
import { assessValues, type ValueAssessment } from './review-risk';
import type {
  CompactReviewQueue,
  CompactValues,
  IndexFile,
  JurisdictionEntry,
  ReportEntry,
  ShardEntry,
  ShardManifest,
  ShardPlaces,
  ShardReports,
} from './schema';
import { COMPACT_VERSION, SCHEMA_VERSION, SHARD_VERSION } from './schema/constants';
import { partKey } from './shard-paths';
import { BODY_BIT, copyValue, type ReviewColumn, withReview } from './shards';

const UTF8 = new TextEncoder();

/**
 * The shard of a place: its level group, and for townships the province too (its two-digit code
 * when some place of the province carries one, so that folder names stay ASCII).
 */
function shardIdOf(
  jurisdiction: JurisdictionEntry,
  provinceCodes: ReadonlyMap<string, string>,
): { id: string; group: LevelGroup; province: string | null } {
  const group = levelGroupOf(jurisdiction.level);
  if (group !== 'town') return { id: group, group, province: null };
  const province = jurisdiction.province;
  if (province === null) return { id: 'town-unknown', group, province: null };
  const code = provinceCodes.get(province);
  return { id: `town-${code ?? 'x'}`, group, province: code === undefined ? null : province };
}

/** Province name → two-digit code: the division tables', then those of places that carry a code. */
function provinceCodesOf(jurisdictions: readonly JurisdictionEntry[]): Map<string, string> {
  const codes = new Map<string, string>(PROVINCE_CODES);
  for (const jurisdiction of jurisdictions) {
    if (
      jurisdiction.province !== null &&
      jurisdiction.code !== null &&
      /^\d{2}/.test(jurisdiction.code) &&
      !codes.has(jurisdiction.province)
    ) {
      codes.set(jurisdiction.province, jurisdiction.code.slice(0, 2));
    }
  }
  return codes;
}

export interface BuiltPart {
  readonly shard: string;
  readonly year: number | null;
  readonly reports: ShardReports;
  /** One per indicator, in catalogue order. */
  readonly values: readonly CompactValues[];
  readonly reviewQueue: CompactReviewQueue;
}

export interface ShardFiles {
  readonly manifest: ShardManifest;
  readonly places: readonly ShardPlaces[];
  readonly parts: readonly BuiltPart[];
}

/**
 * The sharded files of an index. `sizeOf` measures a part's reports file as written (the
 * manifest keeps it, so the dashboard can tell a small dataset it may load whole); the default
 * measures the JSON in UTF-8 bytes, as written.
 */
export function buildShards(index: IndexFile, sizeOf: (reports: ShardReports) => number = sizeAsWritten): ShardFiles {
  const parts: BuiltPart[] = [];
  const building = shardParts(index, sizeOf);
  for (let step = building.next(); ; step = building.next()) {
    if (step.done) return { ...step.value, parts };
    parts.push(step.value);
  }
}

/** A part's reports file's size as written: its JSON in UTF-8 bytes, and the newline. */
const sizeAsWritten = (file: ShardReports): number => UTF8.encode(JSON.stringify(file)).length + 1;

/**
 * The parts of {@link buildShards}, one at a time, and then (the generator's return value) the
 * manifest and places: the extract command writes each part as it comes, so that a national run
 * never holds every part's columns at once. `assessment` is the index's ranking of risky values
 * when the caller has it already (the compact layout's review queue is the same ranking).
 */
export function shardParts(
  index: IndexFile,
  sizeOf: (reports: ShardReports) => number = sizeAsWritten,
  assessment: ValueAssessment = assessValues(index),
): Generator<BuiltPart, Omit<ShardFiles, 'parts'>, void> {
  return shardPartsOf(index, {
    load: (reports) => reports,
    hasValue: (report, position) => report.values[index.indicators[position]!.id] !== undefined,
    sizeOf,
    assessment,
  });
}

/** What the sharded layout reads of a report besides its values (see {@link ShardSource}). */
export type ShardReport = CatalogReport;

/**
 * How {@link shardPartsOf} gets at reports whose values it is not given (the extract command
 * keeps a national index's values on disk): it loads one part's full entries at a time, or
 * catalogues the reports from their masks alone and leaves the parts' value files to a pass over
 * each indicator's values ({@link partValuesOf}: `values` is then empty).
 */
export interface ShardSource<R extends ShardReport> {
  /** The full entries of `reports` (a part's, in index order); or their indicator masks (src/data/compact.ts `indicatorMask`). */
  readonly load: ((reports: readonly R[]) => readonly ReportEntry[]) | { readonly maskOf: (report: R) => string };
  /** Whether a report has a value of the indicator at catalogue position `position`. */
  readonly hasValue: (report: R, position: number) => boolean;
  readonly sizeOf?: (reports: ShardReports) => number;
  /** The whole index's ranking of risky values (src/data/review-risk.ts). */
  readonly assessment: ValueAssessment;
}

/** A part of the sharded layout as its reports are routed: a shard and a year. */
export interface RoutedPart {
  readonly shard: string;
  readonly year: number | null;
  readonly reports: number;
}

/**
 * Which part each report of an index goes to (numbers in index order, typed arrays: another thread
 * is handed them without copying objects), and where in that part's reports; parts in the order
 * their first report comes.
 */
export interface PartRouting {
  readonly parts: readonly RoutedPart[];
  readonly part: Int32Array<ArrayBuffer>;
  readonly position: Int32Array<ArrayBuffer>;
}

/** The shards' places: each shard's jurisdictions, and each place's shard and position there. */
function shardPlacesOf(jurisdictions: readonly JurisdictionEntry[]) {
  const provinceCodes = provinceCodesOf(jurisdictions);
  const shardInfo = new Map<string, { group: LevelGroup; province: string | null; places: JurisdictionEntry[] }>();
  const shardOfPlace = new Map<string, { id: string; position: number }>();
  for (const jurisdiction of jurisdictions) {
    const { id, group, province } = shardIdOf(jurisdiction, provinceCodes);
    const info = shardInfo.get(id) ?? { group, province, places: [] };
    shardInfo.set(id, info);
    shardOfPlace.set(jurisdiction.id, { id, position: info.places.length });
    info.places.push(jurisdiction);
  }
  return { shardInfo, shardOfPlace };
}

/** The {@link PartRouting} of an index's reports (their values are not read). */
export function partRoutingOf(index: Pick<IndexFile, 'jurisdictions'> & { readonly reports: readonly ShardReport[] }): PartRouting {
  return routeReports(index.reports, shardPlacesOf(index.jurisdictions).shardOfPlace);
}

function routeReports(reports: readonly ShardReport[], shardOfPlace: ReadonlyMap<string, { id: string }>): PartRouting {
  const parts: { shard: string; year: number | null; reports: number }[] = [];
  const partNumber = new Map<string, number>();
  const part = new Int32Array(reports.length);
  const position = new Int32Array(reports.length);
  reports.forEach((report, r) => {
    const shard = shardOfPlace.get(report.jurisdictionId);
    if (!shard) throw new Error(`report ${report.id}: jurisdiction ${report.jurisdictionId} is not in the index`);
    const key = partKey({ shard: shard.id, year: report.year });
    let number = partNumber.get(key);
    if (number === undefined) partNumber.set(key, (number = parts.push({ shard: shard.id, year: report.year, reports: 0 }) - 1));
    part[r] = number;
    position[r] = parts[number]!.reports++;
  });
  return { parts, part, position };
}

/**
 * One indicator's value file of every routed part, from its value file over the whole index
 * (src/data/compact.ts): the files {@link shardParts} writes, byte for byte, without the reports.
 */
export function partValuesOf(file: CompactValues, routing: PartRouting): CompactValues[] {
  const parts = routing.parts.map((part) => ({ out: emptyValues(file.indicator, part.reports), review: [] as ReviewColumn }));
  file.report.forEach((report, k) => {
    const { out, review } = parts[routing.part[report]!]!;
    copyValue(file, k, out, review, routing.position[report]!);
  });
  return parts.map(({ out, review }) => withReview(out, review));
}

/**
 * {@link shardParts} over an index whose reports come without their values: each part's reports
 * are loaded in full only while that part is built, or catalogued from their masks (see
 * {@link ShardSource}). The same files, byte for byte.
 */
export function* shardPartsOf<R extends ShardReport>(
  index: Pick<IndexFile, 'indicators' | 'jurisdictions'> & { readonly reports: readonly R[] },
  source: ShardSource<R>,
): Generator<BuiltPart, Omit<ShardFiles, 'parts'>, void> {
  const { load, hasValue, sizeOf = sizeAsWritten, assessment } = source;
  /** Per indicator, in catalogue order: how many places have a value in some of `reports`. */
  const coverageOf = (reports: readonly R[]) =>
    index.indicators.map(
      (_, position) => new Set(reports.filter((report) => hasValue(report, position)).map((report) => report.jurisdictionId)).size,
    );
  const { shardInfo, shardOfPlace } = shardPlacesOf(index.jurisdictions);
  const shardIds = [...shardInfo.keys()].sort((a, b) => {
    const groupA = LEVEL_GROUPS.indexOf(shardInfo.get(a)!.group);
    const groupB = LEVEL_GROUPS.indexOf(shardInfo.get(b)!.group);
    return groupA - groupB || (a < b ? -1 : a > b ? 1 : 0);
  });

  const reportsOfPlace = new Map<string, R[]>();
  for (const report of index.reports) {
    const list = reportsOfPlace.get(report.jurisdictionId) ?? [];
    list.push(report);
    reportsOfPlace.set(report.jurisdictionId, list);
  }

  // Reports by part, in index order; and each report's part and position, for the review queue.
  const routing = routeReports(index.reports, shardOfPlace);
  const partReports = new Map<string, R[]>(routing.parts.map((part) => [partKey(part), []]));
  const placeOfReport = index.reports.map((report, r) => {
    const key = partKey(routing.parts[routing.part[r]!]!);
    partReports.get(key)!.push(report);
    return { key, position: routing.position[r]! };
  });

  // The review queue is ranked over the whole index (a jump from the year before crosses parts),
  // then each value goes to its part's queue in the same order.
  const { risky, reviewed } = assessment;
  const queues = new Map<string, { risky: (typeof risky)[number][]; reviewed: [number, number][] }>();
  const queueOf = (key: string) => {
    let queue = queues.get(key);
    if (!queue) queues.set(key, (queue = { risky: [], reviewed: [] }));
    return queue;
  };
  for (const value of risky) {
    const at = placeOfReport[value.report]!;
    queueOf(at.key).risky.push({ ...value, report: at.position });
  }
  for (const [report, indicator] of reviewed) {
    const at = placeOfReport[report]!;
    queueOf(at.key).reviewed.push([at.position, indicator]);
  }

  const shards: ShardEntry[] = [];
  for (const shard of shardIds) {
    const info = shardInfo.get(shard)!;
    const shardReports = info.places.flatMap((place) => reportsOfPlace.get(place.id) ?? []);
    const years = [...new Set(shardReports.map((report) => report.year))].sort((a, b) => (a ?? -1) - (b ?? -1));
    const coverage = coverageOf(shardReports);
    const entry: ShardEntry = { id: shard, group: info.group, province: info.province, places: info.places.length, parts: [], coverage };
    for (const year of years) {
      const key = partKey({ shard, year });
      const reports = partReports.get(key) ?? [];
      const partHead = { indicators: index.indicators, jurisdictions: info.places };
      const compact =
        typeof load === 'function'
          ? buildCompactTables({ schemaVersion: SCHEMA_VERSION, ...partHead, reports: [...load(reports)] })
          : { catalog: compactCatalogOf(partHead, reports, load.maskOf), values: [] };
      const reportsFile: ShardReports = {
        schemaVersion: SCHEMA_VERSION,
        shardVersion: SHARD_VERSION,
        shard,
        year,
        placeCount: info.places.length,
        reports: compact.catalog.reports,
        ...(compact.catalog.detailPacks ? { detailPacks: compact.catalog.detailPacks } : {}),
      };
      const queue = queues.get(key) ?? { risky: [], reviewed: [] };
      const reviewQueue = reviewQueueFile(reports.length, index.indicators.length, queue.risky, queue.reviewed);
      yield { shard, year, reports: reportsFile, values: compact.values, reviewQueue };
      entry.parts.push({
        year,
        reports: reports.length,
        places: new Set(reports.map((report) => report.jurisdictionId)).size,
        bytes: sizeOf(reportsFile),
        coverage: coverageOf(reports),
      });
    }
    shards.push(entry);
  }

  // The dashboard's Dataset over reports without values: it reads their presence through hasValue only.
  const positionOf = new Map(index.indicators.map((indicator, position) => [indicator.id, position]));
  const whole = buildDataset(
    {
      schemaVersion: SCHEMA_VERSION,
      indicators: index.indicators,
      jurisdictions: index.jurisdictions,
      reports: index.reports as unknown as ReportEntry[],
    },
    { hasValue: (report, indicatorId) => hasValue(report as unknown as R, positionOf.get(indicatorId) ?? -1) },
  );
  const cities = new Map<string, { name: string; province: string | null }>();
  for (const j of index.jurisdictions)
    if (j.city && !cities.has(`${j.province}|${j.city}`)) cities.set(`${j.province}|${j.city}`, { name: j.city, province: j.province });
  const presentLevels = new Set(index.jurisdictions.flatMap((j) => (j.level ? [j.level] : [])));
  const manifest: ShardManifest = {
    schemaVersion: SCHEMA_VERSION,
    compactVersion: COMPACT_VERSION,
    shardVersion: SHARD_VERSION,
    indicators: index.indicators,
    reports: index.reports.length,
    places: index.jurisdictions.length,
    years: [...new Set(index.reports.flatMap((report) => (report.year === null ? [] : [report.year])))].sort((a, b) => a - b),
    provinces: [...new Set(index.jurisdictions.flatMap((j) => (j.province ? [j.province] : [])))].sort(compareNames),
    cities: [...cities.values()].sort((a, b) => compareNames(a.name, b.name)),
    levels: LEVEL_ORDER.filter((level) => presentLevels.has(level)),
    // The dashboard's own rules over the whole dataset, so that a view of some parts opens on the
    // same year and indicator as a view of all of them.
    defaultYear: defaultYear(whole),
    defaultIndicator: defaultIndicatorId(whole),
    shards,
  };
  const places = shardIds.map((shard): ShardPlaces => {
    const { places: jurisdictions } = shardInfo.get(shard)!;
    const bodies = jurisdictions.map((place) =>
      (reportsOfPlace.get(place.id) ?? []).filter(isComparable).reduce((bits, report) => bits | BODY_BIT[report.bodyKind], 0),
    );
    return { schemaVersion: SCHEMA_VERSION, shardVersion: SHARD_VERSION, shard, jurisdictions, bodies };
  });
  return { manifest, places };
}
