/**
 * Value classes found on tests/fixtures/real-pages/holdout8 and holdout9 (read as practice from the fourteenth session on),
 * each written here in wordings, places and numbers of our own: never the holdouts' sentences.
 */
import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import { findNumbers } from '../numbers';
import { type MatchContext, matchParagraph } from './match';

const COUNTY: MatchContext = { reportYear: 2023, level: '县', inPlans: false };
/** A report that dates a figure to a month before the year's end somewhere (截至10月底): written before the year ended. */
const COUNTY_BEFORE_YEAR_END: MatchContext = { ...COUNTY, writtenBeforeYearEnd: true };

/** Each candidate of a paragraph as indicator=value:scope. */
function scopes(paragraph: string, context: MatchContext): string[] {
  const view = normalizeForMatching(paragraph);
  return matchParagraph(view, findNumbers(view), context).map((found) => `${found.indicator}=${found.value}:${found.scope}`);
}

describe('the year so far (今年迄今为止, 今年以来, 目前)', () => {
  it.each([
    ['今年迄今为止,共查处林业行政执法案件46起,罚款38万元。', 'enforcement.penalty_cases=46'],
    ['迄今为止,县政府共受理行政复议案件45件。', 'review.received=45'],
    ['今年以来,共办理法律援助案件320件。', 'legal_aid.cases=320'],
    ['目前,全县持有行政执法证件的人员共612人。', 'enforcement.officers=612'],
  ])('is the year in a review written after it, and part of the year in a report written before its end: %s', (paragraph, figure) => {
    expect(scopes(paragraph, COUNTY)).toEqual([`${figure}:own`]);
    expect(scopes(paragraph, COUNTY_BEFORE_YEAR_END)).toEqual([`${figure}:partial_year`]);
  });
});
