/**
 * A report's primary values (one per indicator, what every view shows) from its detail file,
 * reviews included. Without reviews this is exactly the extractor's choice (the same
 * `selectPrimaryValues`); a person's word then overrides it. Pure; used when the dataset is built
 * (src/data/build-dataset.ts) and whenever review decisions are applied (src/data/apply-review.ts).
 */

// The refiner itself, not the extractor's index: the dashboard must not load the whole extractor (and its dictionaries).
import type { IndicatorId } from '../extract/light';
import type { SelectableExtraction } from '../extract/light';
import { selectPrimaryValues } from '../extract/light';
import type { DetailFile, ExtractionEntry, PrimaryValueEntry, ValueWarning } from './schema';
import { valueChecks } from './value-checks';

/** Review statuses under which an extraction is a value a person stands behind. */
const REVIEWED_VALUE = new Set(['confirmed', 'corrected', 'added']);
/** A target (plans) or a shortcoming (problems) is not a result, whoever says so. */
const NOT_RESULTS = new Set(['plans', 'problems']);

/** The fields `selectPrimaryValues` reads, from a contract extraction (older files lack scope and variant). */
function asSelectable(entry: ExtractionEntry): SelectableExtraction {
  return { ...entry, indicator: entry.indicator as IndicatorId, scope: entry.scope, variant: entry.variant ?? null };
}

/**
 * A derived rate computed from a count that a person rejected or changed no longer follows from
 * the report: it stays in the detail file but is never a value (unless a person confirmed it).
 */
function isStaleDerived(entry: ExtractionEntry, byId: ReadonlyMap<string, ExtractionEntry>): boolean {
  if (!entry.derived || entry.review) return false;
  return entry.derivedFrom.some((id) => {
    const status = byId.get(id)?.review?.status;
    return status === 'rejected' || status === 'corrected';
  });
}

/** Between two reviewed candidates of one indicator: a stated figure before a derived one, then the later decision. */
function isBetterReviewed(candidate: ExtractionEntry, current: ExtractionEntry): boolean {
  if (candidate.derived !== current.derived) return !candidate.derived;
  return (candidate.review?.reviewedAt ?? '') > (current.review?.reviewedAt ?? '');
}

/** The report's warnings about this value's indicator ("办结 49 > 受理 46"), so views show them beside it. */
function warningsAbout(indicator: string, detail: Pick<DetailFile, 'warnings'>): ValueWarning[] {
  return detail.warnings.filter((warning) => warning.indicators?.includes(indicator)).map(({ code, message }) => ({ code, message }));
}

function toPrimary(entry: ExtractionEntry, detail: Pick<DetailFile, 'extractions' | 'warnings'>): PrimaryValueEntry {
  const checks = valueChecks(entry, detail);
  const warnings = warningsAbout(entry.indicator, detail);
  return {
    value: entry.value,
    qualifier: entry.qualifier,
    derived: entry.derived,
    extractionId: entry.id,
    ...(entry.variant ? { variant: entry.variant } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
    confidence: entry.confidence,
    ...(checks.length > 0 ? { checks } : {}),
    ...(entry.review ? { review: entry.review } : {}),
  };
}

/**
 * One primary value per indicator. Unreviewed candidates are chosen by the extractor's rule (results
 * section, the place's own figure, confident enough); a rejected extraction is never a value; a
 * confirmed, corrected or added one of the place's own that is not a target or a shortcoming wins
 * over the extractor's choice (a stated one before a derived one, then the latest decision).
 */
export function primaryValuesOf(detail: Pick<DetailFile, 'extractions' | 'warnings'>): Record<string, PrimaryValueEntry> {
  const byId = new Map(detail.extractions.map((entry) => [entry.id, entry]));
  const unreviewed = detail.extractions.filter((entry) => entry.review === undefined && !isStaleDerived(entry, byId));
  const chosen = new Map<string, ExtractionEntry>();
  for (const [indicator, value] of Object.entries(selectPrimaryValues(unreviewed.map(asSelectable)))) {
    const entry = value ? byId.get(value.extractionId) : undefined;
    if (entry) chosen.set(indicator, entry);
  }
  const reviewed = new Map<string, ExtractionEntry>();
  for (const entry of detail.extractions) {
    if (!entry.review || !REVIEWED_VALUE.has(entry.review.status)) continue;
    if (entry.scope !== 'own' || NOT_RESULTS.has(entry.sectionKind)) continue;
    const current = reviewed.get(entry.indicator);
    if (!current || isBetterReviewed(entry, current)) reviewed.set(entry.indicator, entry);
  }
  for (const [indicator, entry] of reviewed) chosen.set(indicator, entry);
  return Object.fromEntries([...chosen].map(([indicator, entry]) => [indicator, toPrimary(entry, detail)]));
}
