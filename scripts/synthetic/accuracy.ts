/**
 * Scores extracted reports against the truth of synthetic ones. Precision matters more than
 * recall here: a wrong number is worse than a missing one.
 */

import type { IndexFile } from '../../src/data/schema';
import type { ExtractedReport } from '../../src/extract';
import type { SyntheticReport, SyntheticTruth } from './generate';

export interface AccuracyTally {
  /** Values the truth states and the extractor found with the same value and qualifier. */
  correct: number;
  /** Values the extractor reported (not derived) that the truth does not state, or states otherwise. */
  wrong: number;
  /** Values the truth states that the extractor did not report. */
  missing: number;
  /** Reports whose place, year and body kind all match the truth. */
  metadataCorrect: number;
  reports: number;
  /** A few wrong values, to say what went wrong. */
  examples: string[];
}

export function emptyTally(): AccuracyTally {
  return { correct: 0, wrong: 0, missing: 0, metadataCorrect: 0, reports: 0, examples: [] };
}

/** Adds one report's comparison to the tally. */
export function scoreReport(tally: AccuracyTally, synthetic: SyntheticReport, extracted: ExtractedReport): void {
  tally.reports += 1;
  const { truth } = synthetic;
  const metadata = extracted.metadata;
  if (metadata.code?.value === truth.code && metadata.year?.value === truth.year && metadata.bodyKind === truth.bodyKind) {
    tally.metadataCorrect += 1;
  }
  const expected = new Map(truth.values.map((stated) => [stated.indicator, stated]));
  for (const [indicator, primary] of Object.entries(extracted.values)) {
    if (!primary || primary.derived) continue;
    const stated = expected.get(indicator as never);
    if (stated && stated.value === primary.value && stated.qualifier === primary.qualifier) {
      tally.correct += 1;
    } else {
      tally.wrong += 1;
      if (tally.examples.length < 10) {
        tally.examples.push(
          `${synthetic.fileName} ${indicator}: extracted ${primary.value} (${primary.qualifier}), truth ${stated ? `${stated.value} (${stated.qualifier})` : 'none'}`,
        );
      }
    }
  }
  for (const indicator of expected.keys()) {
    const primary = extracted.values[indicator];
    if (!primary || primary.derived) tally.missing += 1;
  }
}

export function precision(tally: AccuracyTally): number {
  return tally.correct + tally.wrong === 0 ? 1 : tally.correct / (tally.correct + tally.wrong);
}

export function recall(tally: AccuracyTally): number {
  return tally.correct + tally.missing === 0 ? 1 : tally.correct / (tally.correct + tally.missing);
}

/** The metadata fields a synthetic report's truth fixes, compared one by one. */
export const PLACE_FIELDS = ['jurisdiction', 'level', 'province', 'city', 'county', 'code', 'year', 'bodyKind'] as const;
export type PlaceField = (typeof PLACE_FIELDS)[number];

/** One report of a truth file: its truth and the file it was written to (`reports/<name>.txt`). */
export type TruthEntry = SyntheticTruth & { readonly file: string };

/** What an extracted dataset made of a synthetic corpus's places and values. */
export interface DatasetTally {
  /** Reports in the truth file. */
  readonly reports: number;
  /** Truth reports with no entry in the index: superseded by another, skipped, or unreadable. */
  readonly lost: readonly string[];
  /** Jurisdiction ids holding reports of more than one true place (two 城关镇 folded into one). */
  readonly merged: readonly string[];
  /** True places whose reports landed under more than one jurisdiction id. */
  readonly split: readonly string[];
  /** Distinct true places, and distinct jurisdiction ids they landed under. */
  readonly places: number;
  readonly jurisdictions: number;
  /** Reports whose every field of PLACE_FIELDS matches the truth. */
  readonly metadataCorrect: number;
  /** Per field, how many written reports got it wrong. */
  readonly fieldMisses: Readonly<Record<PlaceField, number>>;
  readonly values: { readonly correct: number; readonly wrong: number; readonly missing: number };
  /** A few misses of each field, to say what went wrong. */
  readonly examples: readonly string[];
}

const baseName = (file: string): string => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);

/**
 * Scores an extracted dataset (its index) against the truth of the corpus it was extracted from,
 * matching reports by file name: every report must be written, under a jurisdiction of its own
 * place only, with its place's metadata as the tables give it.
 */
export function scoreDataset(truth: readonly TruthEntry[], index: Pick<IndexFile, 'jurisdictions' | 'reports'>): DatasetTally {
  const jurisdictions = new Map(index.jurisdictions.map((entry) => [entry.id, entry]));
  const byFile = new Map(index.reports.map((report) => [baseName(report.sourceFile), report]));
  const lost: string[] = [];
  const placesOfId = new Map<string, Set<string>>();
  const idsOfPlace = new Map<string, Set<string>>();
  const fieldMisses = Object.fromEntries(PLACE_FIELDS.map((field) => [field, 0])) as Record<PlaceField, number>;
  const examplesPerField = new Map<PlaceField, number>();
  const examples: string[] = [];
  const values = { correct: 0, wrong: 0, missing: 0 };
  let metadataCorrect = 0;
  for (const expected of truth) {
    const report = byFile.get(baseName(expected.file));
    if (report === undefined) {
      lost.push(expected.file);
      continue;
    }
    const place = jurisdictions.get(report.jurisdictionId);
    const found: Record<PlaceField, unknown> = {
      jurisdiction: place?.name ?? null,
      level: place?.level ?? null,
      province: place?.province ?? null,
      city: place?.city ?? null,
      county: place?.county ?? null,
      code: place?.code ?? null,
      year: report.year,
      bodyKind: report.bodyKind,
    };
    const misses = PLACE_FIELDS.filter((field) => found[field] !== expected[field]);
    for (const field of misses) {
      fieldMisses[field] += 1;
      const shown = examplesPerField.get(field) ?? 0;
      if (shown < 3) examples.push(`${expected.file} ${field}: extracted ${String(found[field])}, truth ${String(expected[field])}`);
      examplesPerField.set(field, shown + 1);
    }
    if (misses.length === 0) metadataCorrect += 1;
    (placesOfId.get(report.jurisdictionId) ?? placesOfId.set(report.jurisdictionId, new Set()).get(report.jurisdictionId)!).add(
      expected.code,
    );
    (idsOfPlace.get(expected.code) ?? idsOfPlace.set(expected.code, new Set()).get(expected.code)!).add(report.jurisdictionId);
    const stated = new Map(expected.values.map((value) => [value.indicator as string, value]));
    for (const [indicator, value] of Object.entries(report.values)) {
      if (value.derived) continue;
      const want = stated.get(indicator);
      if (want && want.value === value.value && want.qualifier === value.qualifier) values.correct += 1;
      else values.wrong += 1;
    }
    for (const indicator of stated.keys()) {
      const value = report.values[indicator];
      if (!value || value.derived) values.missing += 1;
    }
  }
  return {
    reports: truth.length,
    lost,
    merged: [...placesOfId].filter(([, codes]) => codes.size > 1).map(([id, codes]) => `${id} (${[...codes].join(', ')})`),
    split: [...idsOfPlace].filter(([, ids]) => ids.size > 1).map(([code, ids]) => `${code} (${[...ids].join(', ')})`),
    places: idsOfPlace.size,
    jurisdictions: placesOfId.size,
    metadataCorrect,
    fieldMisses,
    values,
    examples,
  };
}
