/**
 * Refiners that compute what a report implies but does not state: a rate from two counts of the
 * same sentence, a corrected-decisions total from its parts. Every such value is `derived`, names
 * the extractions it came from and its formula, and is never presented as reported.
 */

import type { IndicatorId } from '../catalogue';
import type { Extraction, ExtractionWarning } from '../types';
import type { Refiner } from './refiner';

/** Extractions plus the sentence each came from, which derivation needs and the contract does not. */
export interface Located {
  readonly extraction: Extraction;
  readonly sentence: number;
}

export interface RateRecipe {
  readonly rate: IndicatorId;
  readonly numerator: IndicatorId;
  readonly denominator: IndicatorId;
}

/**
 * Rates the program may compute. Both counts must come from one sentence: counts of different
 * sentences often have different scopes (行政调解 cases vs 人民调解 successes) and are never combined.
 */
export const RATE_RECIPES: readonly RateRecipe[] = [
  { rate: 'mediation.success_rate', numerator: 'mediation.succeeded', denominator: 'mediation.cases' },
  { rate: 'review.correction_rate', numerator: 'review.corrected', denominator: 'review.concluded' },
];

/** The indicators whose first candidate in a sentence a recipe asks for: its denominator, and a rate stated there. */
const LOOKED_UP: ReadonlySet<string> = new Set(RATE_RECIPES.flatMap((recipe) => [recipe.denominator, recipe.rate]));

/** A reported rate within this many percentage points of the computed one agrees (rounding). */
export const RATE_TOLERANCE = 1;

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Which sentence of which paragraph a candidate stands in. */
function sentenceKey(item: Located): string {
  return `${item.extraction.paragraphId}|${item.sentence}`;
}

export interface DerivedResult {
  readonly derived: Extraction[];
  readonly warnings: ExtractionWarning[];
}

/**
 * Computes rates from counts of one sentence; warns when the report's own rate disagrees with
 * its counts. A derived rate is added only when the report states no rate of that kind in its
 * results, because a reported figure always wins over a computed one.
 */
export function deriveRates(located: readonly Located[], nextId: () => string): DerivedResult {
  const derived: Extraction[] = [];
  const warnings: ExtractionWarning[] = [];
  // Only the place's own figures of the year: a rate is never computed from 全市 counts, a
  // cumulative total or a part, and only an own stated rate stands in the way of a computed one.
  const results = located.filter(
    (item) => item.extraction.sectionKind === 'results' && !item.extraction.derived && item.extraction.scope === 'own',
  );

  // The first of each indicator per sentence, found once: a search per numerator made a report
  // of many counts in one sentence quadratic. Only a recipe's denominators and rates are looked up.
  const firstInSentence = new Map<string, Located>();
  for (const item of results) {
    if (!LOOKED_UP.has(item.extraction.indicator)) continue;
    const key = `${item.extraction.indicator}|${sentenceKey(item)}`;
    if (!firstInSentence.has(key)) firstInSentence.set(key, item);
  }
  for (const recipe of RATE_RECIPES) {
    const reportedRates = results.filter((item) => item.extraction.indicator === recipe.rate);
    for (const numerator of results.filter((item) => item.extraction.indicator === recipe.numerator)) {
      const denominator = firstInSentence.get(`${recipe.denominator}|${sentenceKey(numerator)}`);
      if (!denominator || denominator.extraction.value <= 0) continue;
      if (numerator.extraction.qualifier !== 'exact' || denominator.extraction.qualifier !== 'exact') continue;
      const computed = (numerator.extraction.value / denominator.extraction.value) * 100;
      const formula = `${numerator.extraction.value} / ${denominator.extraction.value} × 100`;
      const statedHere = firstInSentence.get(`${recipe.rate}|${sentenceKey(numerator)}`);
      if (statedHere) {
        if (Math.abs(statedHere.extraction.value - computed) > RATE_TOLERANCE) {
          warnings.push({
            code: 'rate_disagrees_with_counts',
            message: `报告的比率 ${statedHere.extraction.value}% 与同句计数计算所得 ${roundTo(computed, 1)}% (${formula}) 不一致 / the stated rate ${statedHere.extraction.value}% disagrees with ${roundTo(computed, 1)}% computed from the counts of the same sentence`,
            paragraphId: statedHere.extraction.paragraphId,
            indicators: [recipe.rate],
          });
        }
        continue;
      }
      if (reportedRates.length > 0) continue;
      derived.push({
        id: nextId(),
        indicator: recipe.rate,
        value: roundTo(computed, 2),
        unit: '%',
        qualifier: 'exact',
        derived: true,
        paragraphId: numerator.extraction.paragraphId,
        span: null,
        sectionKind: 'results',
        derivedFrom: [numerator.extraction.id, denominator.extraction.id],
        confidence: roundTo(Math.min(numerator.extraction.confidence, denominator.extraction.confidence) * 0.9, 3),
        formula,
        // Computed from two of the place's own counts of one sentence: its scope is theirs.
        scope: 'own',
        wording: null,
        variant: null,
      });
    }
  }
  return { derived, warnings };
}

/** Refiner: adds the derived rates and the warnings of stated rates that disagree with their counts. */
export const refineDerivedRates: Refiner = (state) => {
  const located = state.extractions
    .filter((extraction) => !extraction.derived)
    .map((extraction) => ({ extraction, sentence: state.sentenceOf.get(extraction.id) ?? -1 }));
  let counter = state.extractions.filter((extraction) => extraction.derived).length;
  const { derived, warnings } = deriveRates(located, () => `d${(counter += 1)}`);
  return { ...state, extractions: [...state.extractions, ...derived], warnings: [...state.warnings, ...warnings] };
};
