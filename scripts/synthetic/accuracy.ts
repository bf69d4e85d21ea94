/**
 * Scores extracted reports against the truth of synthetic ones. Precision matters more than
 * recall here: a wrong number is worse than a missing one.
 */

import type { ExtractedReport } from '../../src/extract';
import type { SyntheticReport } from './generate';

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
        tally.examples.push(`${synthetic.fileName} ${indicator}: extracted ${primary.value} (${primary.qualifier}), truth ${stated ? `${stated.value} (${stated.qualifier})` : 'none'}`);
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
