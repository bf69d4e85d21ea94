/**
 * The data folder's invariants across fields (column lengths, positions in range, a quote that is
 * its paragraph's text, a review decision's fields that fit its kind): plain functions, without
 * zod, so that the same code runs in zod's schemas (as refinements: src/data/schema/refinements.ts)
 * and in the page's checks generated from them (src/data/schema/plain-check.ts), which read files
 * before zod is loaded. Each reports what is wrong through `issue`, with a path below the value.
 *
 * What each reads is typed structurally here: the schemas' own types are made from the schemas,
 * which import this module.
 */

export type Issue = (path: readonly PropertyKey[], message: string) => void;

/** A column's entries: the compact and sharded layouts' arrays, all of one length per file. */
type Columns = Readonly<Record<string, readonly unknown[] | undefined>>;

function sameLengthColumns(columns: Columns, issue: Issue, path: readonly PropertyKey[] = []): void {
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

/** A place's name, as the search file refers to it (a position in `names`). */
interface PlaceSearchColumns {
  readonly names: readonly string[];
  readonly pinyin: readonly string[];
  readonly places: Readonly<Record<'id', readonly string[]>> &
    Readonly<Record<'code', readonly (string | null)[]>> &
    Readonly<Record<'name' | 'province' | 'city' | 'county', readonly number[]>> &
    Columns;
}

interface ReviewFigures {
  readonly indicator: string;
  readonly value: number;
  readonly qualifier: string;
  readonly scope: string;
}

interface Extraction {
  readonly id: string;
  readonly derived: boolean;
  readonly paragraphId: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly quote: string | null;
}

/** The prefix of a report added in the browser (src/data/local-reports.ts keeps its readers). */
export const LOCAL_ID_PREFIX = 'local-';

/**
 * Every invariant by name: a zod schema refers to one by its name (refinements.ts), and the check
 * generated from the schema calls it by that name.
 */
export const INVARIANTS = {
  /** z.number() already refuses NaN and infinities; kept as the schema states it. */
  finiteNumber(value: number, issue: Issue): void {
    if (!Number.isFinite(value)) issue([], 'must be a finite number');
  },

  reviewerNamed(name: string, issue: Issue): void {
    if (name.trim().length === 0) issue([], 'must name the reviewer');
  },

  traditionalPairs(pairs: string, issue: Issue): void {
    if ([...pairs].length % 2 !== 0) issue([], 'traditional holds pairs of characters');
  },

  compactReports(columns: Columns, issue: Issue): void {
    sameLengthColumns(columns, issue);
  },

  compactCatalog(
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
  },

  compactValues(
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
  },

  compactReviewQueue(
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
  },

  shardPlaces(file: { readonly jurisdictions: readonly unknown[]; readonly bodies: readonly number[] }, issue: Issue): void {
    if (file.bodies.length !== file.jurisdictions.length)
      issue(['bodies'], `${file.bodies.length} entries for ${file.jurisdictions.length} places`);
  },

  shardReports(
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
  },

  placeSearchFile(file: PlaceSearchColumns, issue: Issue): void {
    if (file.pinyin.length !== file.names.length)
      issue(['pinyin'], `pinyin has ${file.pinyin.length} entries for ${file.names.length} names`);
    file.pinyin.forEach((syllables, i) => {
      const characters = [...(file.names[i] ?? '')].length;
      if (syllables.split(' ').length !== characters)
        issue(['pinyin', i], `"${syllables}" is not one syllable per character of ${file.names[i]}`);
    });
    sameLengthColumns(file.places, issue, ['places']);
    for (const column of ['name', 'province', 'city', 'county'] as const) {
      const at = file.places[column].findIndex((ref) => ref >= file.names.length);
      if (at >= 0) issue(['places', column, at], `refers to name ${file.places[column][at]}, but there are ${file.names.length}`);
    }
    file.places.id.forEach((id, i) => {
      if (id === '' && file.places.code[i] === null)
        issue(['places', 'id', i], 'an empty id stands for the division code, but the place has none');
    });
  },

  /** The provenance invariant, checked by the reader too: a quote must be the paragraph's own text. */
  detailQuotes(
    detail: { readonly paragraphs: readonly { readonly id: string; readonly text: string }[]; readonly extractions: readonly Extraction[] },
    issue: Issue,
  ): void {
    const byId = new Map(detail.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
    detail.extractions.forEach((extraction, index) => {
      if (extraction.derived) return;
      const paragraph = byId.get(extraction.paragraphId);
      const quoted =
        paragraph && extraction.start !== null && extraction.end !== null
          ? paragraph.text.slice(extraction.start, extraction.end)
          : undefined;
      if (quoted === undefined || quoted !== extraction.quote) {
        issue(
          ['extractions', index],
          `extraction ${extraction.id}: its quote is not the text of paragraph ${extraction.paragraphId} at ${extraction.start}–${extraction.end}`,
        );
      }
    });
  },

  reviewAnchor(anchor: { readonly start: number; readonly end: number; readonly quote: string }, issue: Issue): void {
    if (anchor.end - anchor.start !== anchor.quote.length)
      issue(['quote'], `the quote has ${anchor.quote.length} characters but end − start is ${anchor.end - anchor.start}`);
  },

  reviewDecision(
    decision: {
      readonly decision: string;
      readonly judged: (ReviewFigures & { readonly derived: boolean }) | null;
      readonly fields: ReviewFigures | null;
    },
    issue: Issue,
  ): void {
    const at = (path: string, message: string) => issue([path], message);
    const { decision: kind, judged, fields } = decision;
    if (kind === 'add' && judged !== null) at('judged', 'an "add" judges no extraction: judged must be null');
    if (kind !== 'add' && judged === null) at('judged', `a "${kind}" needs the extraction it judged`);
    if ((kind === 'add' || kind === 'correct') && fields === null)
      at('fields', `a "${kind}" needs the new figures (indicator, value, qualifier, scope)`);
    if ((kind === 'confirm' || kind === 'reject') && fields !== null) at('fields', `a "${kind}" gives no new figures: fields must be null`);
    if (kind === 'correct' && fields && judged && sameFigures(fields, judged))
      at('fields', 'a "correct" must change the value, qualifier, indicator or scope');
    if (judged?.derived && (kind === 'correct' || kind === 'add'))
      at('judged', 'a derived value is computed, not stated: confirm or reject it, or correct the counts it comes from');
  },

  localReportFile(
    file: {
      readonly report: {
        readonly id: string;
        readonly jurisdictionId: string;
        readonly local?: boolean | undefined;
        readonly values: Readonly<Record<string, { readonly extractionId: string }>>;
      };
      readonly jurisdiction: { readonly id: string };
      readonly detail: { readonly reportId: string; readonly extractions: readonly { readonly id: string }[] };
    },
    issue: Issue,
  ): void {
    const { report, jurisdiction, detail } = file;
    if (!report.id.startsWith(LOCAL_ID_PREFIX)) issue(['report', 'id'], `a local report's id starts with ${LOCAL_ID_PREFIX}`);
    if (report.local !== true) issue(['report', 'local'], 'a local report is marked local: true');
    if (detail.reportId !== report.id) issue(['detail', 'reportId'], `the detail file is report ${detail.reportId}, not ${report.id}`);
    if (report.jurisdictionId !== jurisdiction.id)
      issue(['jurisdiction', 'id'], `the report is of ${report.jurisdictionId}, the jurisdiction is ${jurisdiction.id}`);
    // Every primary value must point at an extraction the detail file holds (the drill-down needs it).
    const extractionIds = new Set(detail.extractions.map((extraction) => extraction.id));
    for (const [indicator, value] of Object.entries(report.values)) {
      if (!extractionIds.has(value.extractionId))
        issue(['report', 'values', indicator], `extraction ${value.extractionId} is not in the detail file`);
    }
  },
} as const;

function sameFigures(a: ReviewFigures, b: ReviewFigures): boolean {
  return a.indicator === b.indicator && a.value === b.value && a.qualifier === b.qualifier && a.scope === b.scope;
}

export type InvariantName = keyof typeof INVARIANTS;
