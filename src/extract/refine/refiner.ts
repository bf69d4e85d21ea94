/**
 * The one shape every refiner has: it takes what the parsers and the refiners before it found and
 * returns it with its own judgement added. The pipeline lists the refiners in order
 * (`REFINERS` in ../pipeline.ts).
 */

import type { IndicatorId } from '../catalogue';
import type { Extraction, ExtractionWarning, PrimaryValue, ReportMetadata } from '../types';

export interface Refinement {
  readonly metadata: ReportMetadata;
  /** Every candidate, reported ones in text order, then derived ones. */
  readonly extractions: readonly Extraction[];
  /** The sentence (within its paragraph) each reported extraction came from, by id. */
  readonly sentenceOf: ReadonlyMap<string, number>;
  readonly values: Readonly<Partial<Record<IndicatorId, PrimaryValue>>>;
  readonly warnings: readonly ExtractionWarning[];
}

export type Refiner = (state: Refinement) => Refinement;
