/**
 * Refiners that judge the candidates: consistency warnings, and the choice of one primary value
 * per indicator for the report's `values` table.
 */

import { findIndicator, type IndicatorId } from '../catalogue';
import type { Extraction, ExtractionWarning, PrimaryValue } from '../types';
import type { Refiner } from './refiner';

/** Candidates below this confidence are kept in the detail file but never become the value. */
export const MIN_PRIMARY_CONFIDENCE = 0.5;
/** Two candidates at least this sure of different values are a conflict worth a warning. */
const CONFLICT_CONFIDENCE = 0.7;

function isPercentIndicator(indicator: string): boolean {
  return findIndicator(indicator)?.unit === '%';
}

/**
 * What choosing a primary value reads of a candidate: the dataset's reader passes the contract's
 * entries (src/data/primary-values.ts), which need no span to be judged.
 */
export type SelectableExtraction = Pick<
  Extraction,
  'id' | 'indicator' | 'value' | 'qualifier' | 'derived' | 'sectionKind' | 'scope' | 'confidence' | 'variant'
>;

/** A rate above 100 is a misreading or a typo in the report; it is kept, flagged, never a value. */
function isImpossible(extraction: SelectableExtraction): boolean {
  return isPercentIndicator(extraction.indicator) && extraction.value > 100;
}

function eligible(extraction: SelectableExtraction): boolean {
  return (
    extraction.sectionKind === 'results' &&
    extraction.scope === 'own' &&
    extraction.confidence >= MIN_PRIMARY_CONFIDENCE &&
    !isImpossible(extraction)
  );
}

/** Whether `a` states exactly the figure `b` rounds (約24% of 24.2%): within rounding of each other. */
function moreExactOf(a: SelectableExtraction, b: SelectableExtraction): boolean {
  return a.qualifier === 'exact' && b.qualifier === 'approx' && Math.abs(a.value - b.value) <= Math.max(1, Math.abs(a.value) * 0.02);
}

/**
 * What makes two candidates one figure stated twice: the same indicator, value, qualifier, variant
 * (none and '' alike) and derivation. Compared field by field: a string key made of them cost a
 * number's conversion to text per candidate, most of a report's choice of values.
 */
function sameStatement(a: SelectableExtraction, b: SelectableExtraction): boolean {
  return (
    a.indicator === b.indicator &&
    // As their text: NaN is NaN, 0 is -0.
    (a.value === b.value || (Number.isNaN(a.value) && Number.isNaN(b.value))) &&
    a.qualifier === b.qualifier &&
    (a.variant ?? '') === (b.variant ?? '') &&
    a.derived === b.derived
  );
}

/**
 * The best candidate per indicator from results sections: highest confidence, a reported value
 * before a derived one, an exact figure before a rounded one, then the earliest in the report.
 * A figure the report states twice is quoted where it is first stated, when that reading is sure
 * enough to be a conflict's party (「受理1033件,其中…驳回136件。直接纠错236件」 before its restatement
 * 「审结的复议案件977件中直接纠错236件」, whose sentence names 复议 and reads surer): the value is the same
 * either way, the first statement is the one a reader looks for.
 */
export function selectPrimaryValues(extractions: readonly SelectableExtraction[]): Partial<Record<IndicatorId, PrimaryValue>> {
  const values: Partial<Record<IndicatorId, PrimaryValue>> = {};
  const best = new Map<string, SelectableExtraction>();
  /** The candidates sure enough to be a conflict's party, in the report's order: where a figure is first stated. */
  const sure: SelectableExtraction[] = [];
  for (const extraction of extractions) {
    if (!eligible(extraction)) continue;
    if (extraction.confidence >= CONFLICT_CONFIDENCE) sure.push(extraction);
    const current = best.get(extraction.indicator);
    // The same figure stated exactly beats its rounded restatement (纠错率24.2% over 纠错率约为24%).
    const better =
      current === undefined ||
      (current.derived && !extraction.derived) ||
      (current.derived === extraction.derived &&
        (moreExactOf(extraction, current) || (!moreExactOf(current, extraction) && extraction.confidence > current.confidence)));
    if (better) best.set(extraction.indicator, extraction);
  }
  for (const [indicator, chosen] of best) {
    const extraction = sure.find((candidate) => sameStatement(candidate, chosen)) ?? chosen;
    values[indicator as IndicatorId] = {
      value: extraction.value,
      qualifier: extraction.qualifier,
      derived: extraction.derived,
      extractionId: extraction.id,
      ...(extraction.variant ? { variant: extraction.variant } : {}),
    };
  }
  return values;
}

function label(indicator: string): string {
  return findIndicator(indicator)?.label.zh ?? indicator;
}

/**
 * Two counts of one matter whose order is checked: more cases concluded than received is worth a
 * warning (carried-over cases, or counts of different scopes). Exported for the indicator page.
 */
export const COUNT_ORDER = { received: 'review.received', concluded: 'review.concluded' } as const satisfies Record<string, IndicatorId>;

/** Consistency checks over all candidates and the chosen values. */
export function checkConsistency(
  extractions: readonly Extraction[],
  values: Partial<Record<IndicatorId, PrimaryValue>>,
): ExtractionWarning[] {
  const warnings: ExtractionWarning[] = [];
  for (const extraction of extractions) {
    if (isImpossible(extraction)) {
      warnings.push({
        code: 'rate_over_100',
        message: `${label(extraction.indicator)}: ${extraction.value}% 超过100%,未采用 / a rate over 100% was not used`,
        paragraphId: extraction.paragraphId,
        indicators: [extraction.indicator],
      });
    }
  }

  const received = values[COUNT_ORDER.received];
  const concluded = values[COUNT_ORDER.concluded];
  if (received && concluded && !received.derived && !concluded.derived && concluded.value > received.value) {
    const concludedExtraction = extractions.find((extraction) => extraction.id === concluded.extractionId);
    warnings.push({
      code: 'concluded_exceeds_received',
      message: `行政复议办结 ${concluded.value} 件多于受理 ${received.value} 件:可能含上年结转案件,或两数口径不同 / more reconsideration cases concluded (${concluded.value}) than received (${received.value}): carried-over cases or different scopes`,
      paragraphId: concludedExtraction?.paragraphId ?? null,
      indicators: ['review.concluded', 'review.received'],
    });
  }

  const byIndicator = new Map<string, Extraction[]>();
  for (const extraction of extractions) {
    if (!eligible(extraction) || extraction.derived || extraction.confidence < CONFLICT_CONFIDENCE) continue;
    // Appended in place: a copy per candidate made a report of many candidates quadratic.
    const list = byIndicator.get(extraction.indicator);
    if (list) list.push(extraction);
    else byIndicator.set(extraction.indicator, [extraction]);
  }
  for (const [indicator, candidates] of byIndicator) {
    // One candidate is one value (most indicators of most reports): no set of them to make.
    if (candidates.length < 2) continue;
    const distinct = [...new Set(candidates.map((candidate) => candidate.value))];
    if (distinct.length < 2) continue;
    const chosen = values[indicator as IndicatorId];
    warnings.push({
      code: 'conflicting_values',
      message: `${label(indicator)}: 报告中有多个不同数值 ${distinct.join('、')},采用 ${chosen?.value ?? '—'} / several different values in the report (${distinct.join(', ')}); ${chosen?.value ?? 'none'} was used`,
      paragraphId: candidates[1]?.paragraphId ?? null,
      indicators: [indicator],
    });
  }
  return warnings;
}

/** Refiner: one primary value per indicator. */
export const refinePrimaryValues: Refiner = (state) => ({ ...state, values: selectPrimaryValues(state.extractions) });

/** Refiner: consistency warnings over the candidates and the chosen values. */
export const refineConsistency: Refiner = (state) => ({
  ...state,
  warnings: [...state.warnings, ...checkConsistency(state.extractions, state.values)],
});
