/**
 * The invariants across fields of the data layouts' files (column lengths, positions in range):
 * plain functions, without zod, so that the same code runs in zod's schemas (as refinements:
 * src/data/schema/refinements.ts) and in the page's checks generated from them
 * (src/data/schema/plain-check.ts), which read files before zod is loaded. Each reports what is
 * wrong through `issue`, with a path below the value. Those of a report's detail, a review
 * decision, a local report and the place search are in record-invariants.ts: the page's first code
 * holds this module only.
 *
 * What each reads is typed structurally here: the schemas' own types are made from the schemas,
 * which import this module.
 */

export type Issue = (path: readonly PropertyKey[], message: string) => void;

/** A column's entries: the compact and sharded layouts' arrays, all of one length per file. */
export type Columns = Readonly<Record<string, readonly unknown[] | undefined>>;

export function sameLengthColumns(columns: Columns, issue: Issue, path: readonly PropertyKey[] = []): void {
  const lengths = Object.entries(columns).flatMap(([name, column]) => (column ? [[name, column.length] as const] : []));
  const expected = lengths[0]?.[1] ?? 0;
  for (const [name, length] of lengths) {
    if (length !== expected) issue([...path, name], `column ${name} has ${length} entries, expected ${expected}`);
  }
}

type PackMember = readonly [number, number, number] | null;

interface CompactReportsColumns {
  readonly jurisdiction: readonly number[];
  readonly year: readonly (number | null)[];
  readonly has: readonly string[];
  readonly detailPack?: readonly PackMember[] | undefined;
}

function packMembersInRange(reports: CompactReportsColumns, packs: readonly string[] | undefined, issue: Issue): void {
  reports.detailPack?.forEach((member, i) => {
    if (member !== null && member[0] >= (packs?.length ?? 0)) issue(['reports', 'detailPack', i], `no detail pack ${member[0]}`);
  });
}

/** z.number() already refuses NaN and infinities; kept as the schema states it. */
export function finiteNumber(value: number, issue: Issue): void {
  if (!Number.isFinite(value)) issue([], 'must be a finite number');
}

export function compactReports(columns: Columns, issue: Issue): void {
  sameLengthColumns(columns, issue);
}

export function compactCatalog(
  catalog: {
    readonly indicators: readonly unknown[];
    readonly jurisdictions: readonly unknown[];
    readonly reports: CompactReportsColumns;
    readonly detailPacks?: readonly string[] | undefined;
  },
  issue: Issue,
): void {
  const maskLength = Math.ceil(catalog.indicators.length / 4);
  packMembersInRange(catalog.reports, catalog.detailPacks, issue);
  catalog.reports.jurisdiction.forEach((index, i) => {
    if (index >= catalog.jurisdictions.length) issue(['reports', 'jurisdiction', i], `no jurisdiction ${index}`);
  });
  catalog.reports.has.forEach((mask, i) => {
    if (mask.length !== maskLength) issue(['reports', 'has', i], `mask of ${mask.length} digits, expected ${maskLength}`);
  });
}

export function compactValues(
  file: Readonly<Record<'value' | 'qualifier' | 'derived' | 'extraction', readonly unknown[]>> &
    Readonly<Partial<Record<'variant' | 'warnings' | 'confidence' | 'checks' | 'review', readonly unknown[]>>> & {
      readonly reportCount: number;
      readonly report: readonly number[];
    },
  issue: Issue,
): void {
  const { report, value, qualifier, derived, extraction, variant, warnings, confidence, checks, review } = file;
  // The optional columns count only when present (the writer leaves out those it has nothing for).
  const optional = Object.entries({ variant, warnings, confidence, checks, review }).filter(([, column]) => column);
  sameLengthColumns({ report, value, qualifier, derived, extraction, ...Object.fromEntries(optional) }, issue);
  report.forEach((index, i) => {
    if (index >= file.reportCount || (i > 0 && index <= (report[i - 1] as number)))
      issue(['report', i], `report index ${index} out of range or order`);
  });
}

export function compactReviewQueue(
  file: Readonly<Record<'report' | 'indicator' | 'risk' | 'score' | 'reviewedReport' | 'reviewedIndicator', readonly number[]>> & {
    readonly reportCount: number;
    readonly indicatorCount: number;
  },
  issue: Issue,
): void {
  sameLengthColumns({ report: file.report, indicator: file.indicator, risk: file.risk, score: file.score }, issue);
  sameLengthColumns({ reviewedReport: file.reviewedReport, reviewedIndicator: file.reviewedIndicator }, issue);
  for (const [name, column, limit] of [
    ['report', file.report, file.reportCount],
    ['reviewedReport', file.reviewedReport, file.reportCount],
    ['indicator', file.indicator, file.indicatorCount],
    ['reviewedIndicator', file.reviewedIndicator, file.indicatorCount],
  ] as const) {
    const bad = column.findIndex((position) => position >= limit);
    if (bad >= 0) issue([name, bad], `position ${column[bad]} out of range (${limit})`);
  }
}

export function shardPlaces(file: { readonly jurisdictions: readonly unknown[]; readonly bodies: readonly number[] }, issue: Issue): void {
  if (file.bodies.length !== file.jurisdictions.length)
    issue(['bodies'], `${file.bodies.length} entries for ${file.jurisdictions.length} places`);
}

export function shardReports(
  file: {
    readonly year: number | null;
    readonly placeCount: number;
    readonly reports: CompactReportsColumns;
    readonly detailPacks?: readonly string[] | undefined;
  },
  issue: Issue,
): void {
  file.reports.jurisdiction.forEach((position, i) => {
    if (position >= file.placeCount) issue(['reports', 'jurisdiction', i], `no place ${position}`);
  });
  packMembersInRange(file.reports, file.detailPacks, issue);
  file.reports.year.forEach((year, i) => {
    if (year !== file.year) issue(['reports', 'year', i], `a report of ${year} in the part of ${file.year}`);
  });
}
