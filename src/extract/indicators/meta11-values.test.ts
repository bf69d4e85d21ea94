/**
 * Value classes found while scoring tests/fixtures/real-pages/set11-meta (helper meta11), each written here in
 * wordings, places and numbers of our own.
 */
import { describe, expect, it } from 'vitest';

import { surestOwnValues } from '../../../tests/support/surest-own-values';
import type { MatchContext } from './match';

const COUNTY: MatchContext = { reportYear: 2025, level: '县', inPlans: false };
const PROVINCE: MatchContext = { reportYear: 2024, level: '省', inPlans: false };

const own = (sentence: string, context: MatchContext = COUNTY): Record<string, number> => surestOwnValues(sentence, context);

describe('seminars on the law held for the organ’s own staff', () => {
  it('are study, not publicity events', () => {
    expect(own('开展“以案释法”研讨活动15场,覆盖干部职工300余人次。')).toEqual({});
    expect(own('組織“法治大講堂”專題研討8場次,參加民警260人次。')).toEqual({});
    expect(own('举办普法工作研讨会3场。')).toEqual({});
  });

  it('while the place’s lectures and publicity in 场 still are', () => {
    expect(own('深入村组开展“以案释法”宣讲活动32场次,受众5000余人。')).toEqual({ 'publicity.events': 32 });
    expect(own('全年开展普法宣传活动41场。')).toEqual({ 'publicity.events': 41 });
  });
});

describe('one count of two kinds joined by 和, 及 or 、', () => {
  it('is neither kind’s figure', () => {
    expect(own('全年审查厅12件行政规范性文件和重大决策事项。', PROVINCE)).toEqual({});
    expect(own('合法性审核规范性文件及重大行政决策事项共9件。')).toEqual({});
  });

  it('while a count of one kind is read', () => {
    expect(own('全年作出重大行政决策事项6件。')).toEqual({ 'decisions.major_decisions': 6 });
  });
});
