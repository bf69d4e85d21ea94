import { describe, expect, it } from 'vitest';

import { INDICATOR_IDS } from '../catalogue';
import { NOT_COUNTED } from '../catalogue-notes';
import { readablePattern } from './readable-pattern';
import { indicatorReading } from './reading';
import { INDICATOR_RULES } from './rules';

describe('readablePattern', () => {
  it('writes out alternatives, optional parts and groups', () => {
    expect(readablePattern(/出庭(应诉)?率|出庭应诉比例/)).toEqual(['出庭率', '出庭应诉率', '出庭应诉比例']);
    expect(readablePattern(/^(件|起|宗)$/)).toEqual(['件', '起', '宗']);
  });

  it('leaves conditions out and shows gaps and the number’s place', () => {
    expect(readablePattern(/调解成功(?!率)|成功调解/)).toEqual(['调解成功', '成功调解']);
    expect(readablePattern(/(?:驳回|撤销)[^#]*#/)).toEqual(['驳回…N', '撤销…N']);
    expect(readablePattern(/通过[^,;。]{0,12}(对接|联动)/)).toEqual(['通过…对接', '通过…联动']);
  });

  it('writes a pattern of many forms compactly: (a/b) a choice, [a] a part that may be left out', () => {
    expect(readablePattern(/全(流)?程网(上)?(可)?办(理)?"?(率|占比)?/)).toEqual(['全[流]程网[上][可]办[理][率/占比]']);
  });

  it('leaves no pattern syntax in any rule’s words', () => {
    const words = INDICATOR_RULES.flatMap((rule) =>
      [rule.subject, rule.action, rule.exclude, rule.sentenceExclude, rule.topic, rule.units].flatMap((pattern) =>
        pattern ? readablePattern(pattern) : [],
      ),
    );
    expect(words.length).toBeGreaterThan(200);
    expect(words.filter((word) => /[\\^$?*+{}|#]|\(\?/.test(word))).toEqual([]);
  });
});

describe('indicatorReading', () => {
  it('reads every catalogue indicator from its own rules', () => {
    expect(INDICATOR_IDS.length).toBe(28);
    for (const id of INDICATOR_IDS) {
      const reading = indicatorReading(id);
      expect(reading.rules.length, id).toBe(INDICATOR_RULES.filter((rule) => rule.indicator === id).length);
      expect(reading.rules.length, id).toBeGreaterThan(0);
      expect(reading.rules.every((rule) => rule.subjects.length > 0)).toBe(true);
      expect(reading.checks, id).toContain('conflicting_values');
    }
  });

  it('says which wordings are variants, and what is not counted', () => {
    const rate = indicatorReading('mediation.success_rate');
    expect(rate.variants).toEqual(['化解率', '调处成功率']);
    expect(rate.rules[0]!.excluded).toContain('综合');
    expect(rate.notCounted).toBe(NOT_COUNTED['mediation.success_rate']);
    expect(
      indicatorReading('review.correction_rate')
        .notCounted.map((note) => note.zh)
        .join(''),
    ).toContain('综合纠错率');
  });

  it('says which rates are computed from which counts, and the checks that follow', () => {
    const rate = indicatorReading('review.correction_rate');
    expect(rate.derivedFrom).toEqual({ rate: 'review.correction_rate', numerator: 'review.corrected', denominator: 'review.concluded' });
    expect(rate.checks).toEqual(['rate_disagrees_with_counts', 'rate_over_100', 'conflicting_values']);
    const concluded = indicatorReading('review.concluded');
    expect(concluded.derivedFrom).toBeNull();
    expect(concluded.usedFor.map((recipe) => recipe.rate)).toEqual(['review.correction_rate']);
    expect(concluded.checks).toEqual(['rate_disagrees_with_counts', 'concluded_exceeds_received', 'conflicting_values']);
    expect(indicatorReading('notary.cases').checks).toEqual(['conflicting_values']);
  });
});
