/**
 * How the extractor reads one indicator, for its page in the dashboard: the wordings its rules
 * accept (written out from the rules themselves, so that the page cannot drift from them), the
 * variants it marks, what the catalogue says is not it, the rates it computes and the checks it
 * runs. Pure data, no extraction: the page loads it without the extractor.
 */

import { findIndicator, type IndicatorId } from '../catalogue';
import { type CatalogueNote, NOT_COUNTED } from '../catalogue-notes';
import { RATE_RECIPES, RATE_TOLERANCE, type RateRecipe } from '../refine/derive';
import { COUNT_ORDER } from '../refine/select';
import type { WarningCode } from '../vocabulary';
import { readablePattern } from './readable-pattern';
import { INDICATOR_RULES, type IndicatorRule } from './rules';

/** One rule of an indicator, as words. */
export interface RuleReading {
  /** What is counted or rated (行政复议, 复议案件…). */
  readonly subjects: readonly string[];
  /** What happened to it (受理, 收到…); null when the subject alone names the indicator (rates). */
  readonly actions: readonly string[] | null;
  /** A clause naming the subject without an action word still counts, less surely. */
  readonly actionOptional: boolean;
  /** The units a count may carry; null for rates and amounts. */
  readonly units: readonly string[] | null;
  /** A word that must be in the sentence (法律援助 for consultations); null when none is asked for. */
  readonly topics: readonly string[] | null;
  /** Words in the number's clause (or its sentence) that make it something else. */
  readonly excluded: readonly string[];
  /** The rule's prior belief in a match, 0..1: lower for wordings that are often something else. */
  readonly weight: number;
}

export interface IndicatorReading {
  readonly id: IndicatorId;
  /** In the order the extractor tries them. */
  readonly rules: readonly RuleReading[];
  /** Variant wordings a value records (marked ※ wherever it is shown). */
  readonly variants: readonly string[];
  /** What the catalogue says is not this indicator (besides what is never any indicator's value). */
  readonly notCounted: readonly CatalogueNote[];
  /** How the rate is computed when a report gives its two counts in one sentence and no rate; null for others. */
  readonly derivedFrom: RateRecipe | null;
  /** The rates computed from this count. */
  readonly usedFor: readonly RateRecipe[];
  /** The warnings the extractor may give about its values. */
  readonly checks: readonly WarningCode[];
}

export { NEVER_COUNTED } from '../catalogue-notes';

/** Percentage points within which a stated rate agrees with the one computed from its counts. */
export const RATE_AGREEMENT_POINTS = RATE_TOLERANCE;

function ruleReading(rule: IndicatorRule): RuleReading {
  return {
    subjects: readablePattern(rule.subject),
    actions: rule.action ? readablePattern(rule.action) : null,
    actionOptional: rule.actionOptional === true,
    units: rule.units ? readablePattern(rule.units) : null,
    topics: rule.topic ? readablePattern(rule.topic) : null,
    excluded: [
      ...new Set([
        ...(rule.exclude ? readablePattern(rule.exclude) : []),
        ...(rule.sentenceExclude ? readablePattern(rule.sentenceExclude) : []),
      ]),
    ],
    weight: rule.weight,
  };
}

/** How the extractor reads `id` (a catalogue indicator). */
export function indicatorReading(id: IndicatorId): IndicatorReading {
  const unit = findIndicator(id)?.unit;
  const rules = INDICATOR_RULES.filter((rule) => rule.indicator === id);
  const derivedFrom = RATE_RECIPES.find((recipe) => recipe.rate === id) ?? null;
  const usedFor = RATE_RECIPES.filter((recipe) => recipe.numerator === id || recipe.denominator === id);
  const checks: WarningCode[] = [];
  if (derivedFrom || usedFor.length > 0) checks.push('rate_disagrees_with_counts');
  if (id === COUNT_ORDER.received || id === COUNT_ORDER.concluded) checks.push('concluded_exceeds_received');
  if (unit === '%') checks.push('rate_over_100');
  checks.push('conflicting_values');
  return {
    id,
    rules: rules.map(ruleReading),
    variants: [...new Set(rules.flatMap((rule) => (rule.variants ?? []).map((variant) => variant.name)))],
    notCounted: NOT_COUNTED[id] ?? [],
    derivedFrom,
    usedFor,
    checks,
  };
}
