/**
 * Value wordings seen on the real pages of tests/fixtures/real-pages/set5, each a class written
 * here in wordings, places and numbers of our own.
 */
import { describe, expect, it } from 'vitest';

import { surestOwnValues } from '../../../tests/support/surest-own-values';
import type { MatchContext } from './match';

const DISTRICT: MatchContext = { reportYear: 2024, level: '区', inPlans: false };
const COUNTY: MatchContext = { reportYear: 2022, level: '县', inPlans: false };

const own = (sentence: string, context: MatchContext = DISTRICT): Record<string, number> => surestOwnValues(sentence, context);

describe('the court-appearance rate written around its verb', () => {
  it('「负责人N%出庭应诉」 and 「负责人出庭应诉N%」 are the appearance rate', () => {
    expect(own('严格落实出庭应诉规定,2024年行政机关负责人100%出庭应诉。')).toEqual({ 'litigation.head_appearance_rate': 100 });
    expect(own('全年被诉行政机关负责人96.5%出庭应诉,较上年提高4个百分点。', COUNTY)).toEqual({
      'litigation.head_appearance_rate': 96.5,
    });
    expect(own('县政府各部门负责人出庭应诉达到98%。', COUNTY)).toEqual({ 'litigation.head_appearance_rate': 98 });
    // The rate written with its own noun is read as before.
    expect(own('行政机关负责人出庭应诉率达100%。')).toEqual({ 'litigation.head_appearance_rate': 100 });
  });

  it('other percentages of a sentence on court appearances are not the rate', () => {
    expect(own('行政机关负责人出庭应诉案件胜诉率为92%。')).toEqual({});
    expect(own('负责人出庭应诉案件同比下降15%。')).toEqual({});
    expect(own('组织旁听庭审,负责人出庭应诉旁听参与率100%。')).toEqual({});
    // Both rates at one figure: the appearance rate is named, so it is read.
    expect(own('全年行政机关负责人出庭应诉率与案件胜诉率均达100%。', COUNTY)).toEqual({ 'litigation.head_appearance_rate': 100 });
  });
});
