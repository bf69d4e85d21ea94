/**
 * Figures of a dated period across two years (a reform's first year, 2021年8月1日至2022年7月31日) are not a
 * calendar year's: a paragraph opening with such a period speaks of it throughout, as one opening with a part
 * of the year does. Wordings, places and numbers of our own.
 */
import { describe, expect, it } from 'vitest';

import { surestOwnValues } from '../../../tests/support/surest-own-values';
import type { MatchContext } from './match';

const CITY: MatchContext = { reportYear: 2023, level: '市', inPlans: false, impliedSubject: '行政复议' };

describe('a paragraph opening with a dated period across two years', () => {
  it.each([
    '2022年9月1日至2023年8月31日,全市各级行政复议机关共收到行政复议申请5120件。其中,依法受理4366件,占比85.3%。',
    '2022年10月至2023年9月,市、区两级政府共办理行政复议案件2870件。其中,依法受理2411件。',
    '2021年7月起至2023年6月,全市共办理行政复议案件6310件。其中,受理5087件,不予受理812件。',
  ])('gives no year’s value: %s', (paragraph) => {
    expect(surestOwnValues(paragraph, CITY)).toEqual({});
  });

  it('a period within the report’s own year keeps its figures', () => {
    expect(surestOwnValues('2023年1月1日至2023年12月31日,全市共收到行政复议申请3150件。其中,依法受理2870件。', CITY)).toMatchObject({
      'review.received': 3150,
    });
  });
});
