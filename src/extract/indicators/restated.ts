/**
 * A stock restated after a change: 「共有持证执法人员8名,其中有6名…退出执法队伍,故现有持证执法人员2名」. A stock is
 * what a place has at a moment (its certified officers), and a report may give the count before a change
 * (departures, transfers, retirements, certificates withdrawn or added) and then the count after it: the
 * restatement is the year's figure, the count before it a former one. A stock followed by its breakdown
 * (其中…) or by an increment alone (新增…) is not restated: only a later count of the same stock worded as
 * the present (现有, 目前, 调整后, 截至年底…), with a change between or the first count worded as the former
 * (原有, 年初…), supersedes it.
 */

import type { IndicatorId } from '../catalogue';

/**
 * What this refiner reads of a candidate (match.ts's IndicatorCandidate, which imports this module:
 * named structurally here so that the two do not import each other).
 */
interface StockCandidate {
  readonly indicator: IndicatorId;
  readonly value: number;
  readonly confidence: number;
  readonly scope: string;
}

/** The catalogue's stocks: counts of what a place has, which a change may restate. */
const STOCK_INDICATORS: ReadonlySet<IndicatorId> = new Set(['enforcement.officers']);

/** Words of the present before a restated count, in its own clause. */
const NOW = /现有|现共有|现为|目前|当前|调整后|变更后|截至年底|截止年底|截至年末|年底|年末|最终|实有|剩余|尚有/;
/** A change of the stock between the two counts. */
const CHANGE = /退出|调离|调出|调走|转岗|转出|退休|离职|辞职|离岗|注销|收回|交回|划转|撤并|减少|新增|增加|调入|转入|补充/;
/** Words of the past before the first count, in its own clause. */
const FORMER = /原有|原为|原来|年初|此前|之前|调整前|变更前/;
/**
 * How far (characters) before its restatement a former count is looked for: a restatement follows the count it
 * corrects within a sentence or two, and a bound keeps a paragraph of many counts linear.
 */
const RESTATEMENT_REACH = 300;

/** Where a candidate's number stands in the paragraph, and where its own words start (its clause, or the number before it). */
export interface NumberPlace {
  readonly ownStart: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The candidates with each own count of a stock that a later count restates after a change kept, at half
 * its confidence (below any primary value's): it is the stock before the change, not the year's.
 */
export function supersedeRestatedStocks<Candidate extends StockCandidate>(
  text: string,
  candidates: Candidate[],
  places: readonly NumberPlace[],
): Candidate[] {
  const superseded = new Set<number>();
  candidates.forEach((later, laterIndex) => {
    if (later.scope !== 'own' || !STOCK_INDICATORS.has(later.indicator)) return;
    const laterPlace = places[laterIndex]!;
    if (!NOW.test(text.slice(laterPlace.ownStart, laterPlace.start))) return;
    for (let index = laterIndex - 1; index >= 0; index -= 1) {
      const place = places[index]!;
      if (laterPlace.start - place.end > RESTATEMENT_REACH) break;
      const earlier = candidates[index]!;
      if (earlier.indicator !== later.indicator || earlier.scope !== 'own' || earlier.value === later.value) continue;
      const changed = CHANGE.test(text.slice(place.end, laterPlace.ownStart));
      if (changed || FORMER.test(text.slice(place.ownStart, place.start))) superseded.add(index);
    }
  });
  if (superseded.size === 0) return candidates;
  return candidates.map((candidate, index) =>
    superseded.has(index) ? { ...candidate, confidence: Math.round(candidate.confidence * 500) / 1000 } : candidate,
  );
}
