/**
 * The words of review (issue 11), shared by the data layer, the CLI's corrections, the state and the
 * views. Not the extractor's concepts: it never reviews, so they live here, below every layer.
 */

/**
 * What a person decided about one value (review, issue 11): it is right (`confirm`), it is wrong
 * and here are the right figures (`correct`), it is not a value of this indicator at all
 * (`reject`), or the extractor missed it and here it is (`add`).
 */
export const REVIEW_DECISIONS = ['confirm', 'correct', 'reject', 'add'] as const;
export type ReviewDecisionKind = (typeof REVIEW_DECISIONS)[number];

/**
 * A value's review status as the dataset carries it: 已核实 `confirmed`, 已更正 `corrected` (the
 * extractor's reading kept as the original), 人工添加 `added`, and `rejected` (no longer a value;
 * its extraction stays in the detail file, struck in the reader). No status: not reviewed yet.
 */
export const REVIEW_STATUSES = ['confirmed', 'corrected', 'added', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * Checks on a value, computed when the dataset is built, that make it worth a person's look before
 * others: a warning that concerns it (a stated rate disagreeing with its counts, more cases
 * concluded than received, several different values for it in the report), or other figures of
 * the same measure in the report that are not the place's own (全市…, 累计…: the scope may be wrong).
 */
export const VALUE_CHECKS = ['rate_disagrees_with_counts', 'concluded_exceeds_received', 'conflicting_values', 'other_scope'] as const;
export type ValueCheck = (typeof VALUE_CHECKS)[number];

/**
 * Why the review queue puts a value early: the checks above, and what the dashboard can tell from
 * the values themselves — low confidence, a variant wording, ten times (or a tenth of) the previous
 * year's value, or far outside its peers.
 */
export const REVIEW_RISKS = ['low_confidence', ...VALUE_CHECKS, 'variant', 'previous_year_jump', 'peer_outlier'] as const;
export type ReviewRisk = (typeof REVIEW_RISKS)[number];
