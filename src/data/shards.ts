/**
 * The sharded layout (src/data/schema/shards.ts): built from a contract index by the extract
 * command, and put back together in the browser from whichever parts a view loaded. Pure.
 *
 * Why shards by level group and year (issue 21, measured): at 3,000 places × 6 years the whole
 * catalogue was 450 kB gzip before the first chart, and at every local government (~270,000
 * reports) it would be ~7.7 MB. The first view (county level, one year) needs one sixth of the
 * county group; townships (~38,000 places) are split by province so that a province's office loads
 * its own. Composing the loaded parts gives the compact catalogue, value and queue files the
 * dashboard already reads (src/data/compact.ts), positions rebased, so nothing downstream changes.
 */

import { LEVEL_ORDER } from '../extract/light';
import { buildCompactTables, type CatalogReport, compactCatalogOf, emptyValues, reviewQueueFile } from './compact';
import { buildDataset, compareNames, defaultIndicatorId, defaultYear, isComparable } from './dataset';
import { LEVEL_GROUPS, type LevelGroup, levelGroupOf, PROVINCE_CODES } from './level-groups';
import { assessValues, type ValueAssessment } from './review-risk';
import type {
  CompactCatalog,
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

const UTF8 = new TextEncoder();

/** A place's body kinds as bits (`ShardPlaces.bodies`). */
export const BODY_BIT: Readonly<Record<ReportEntry['bodyKind'], number>> = { government: 1, department: 2, other: 4 };

/** A part of a shard, as a view names what it needs. */
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

type ReviewColumn = NonNullable<CompactValues['review']>[number][];

/** Appends value `k` of `file` to `out` (its review mark to `review`), as the value of report `position` there. */
function copyValue(file: CompactValues, k: number, out: CompactValues, review: ReviewColumn, position: number): void {
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
function withReview(out: CompactValues, review: ReviewColumn): CompactValues {
  return review.some((mark) => mark !== null) ? { ...out, review } : out;
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
