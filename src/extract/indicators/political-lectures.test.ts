/**
 * Lectures on political study (a meeting's or a speech's 精神) counted in 场 are no legal-publicity events, though
 * the paragraph's label names the law (set 12's 新安街道); lectures on the law in the same kind of sentence are.
 */
import { describe, expect, it } from 'vitest';

import { extractReport } from '../pipeline';

const LABEL = '(一)深入学习贯彻党的二十大精神,全面落实关于法治建设的重大部署。';
const publicity = (sentence: string) =>
  extractReport(
    `2024年,全镇深入推进法治政府建设。现将有关情况报告如下:\n一、主要工作\n${LABEL}${sentence}\n二、存在的问题\n个别干部法治意识不强。`,
  ).values['publicity.events']?.value ?? null;

describe('lectures on political study, in a paragraph labelled with the law', () => {
  it.each([
    ['围绕学习贯彻习近平总书记重要讲话精神、党的二十大精神等举行学习会11次,开展宣讲活动30余场。', null],
    ['组织宣讲团深入社区、企业,开展党的二十届三中全会精神宣讲活动45场次。', null],
    ['认真学习贯彻省第十二次党代会精神,开展宣讲活动18场。', null],
    ['围绕总书记重要指示精神开展宣讲12场。', null],
  ] as const)('%s → %s', (sentence, value) => {
    expect(publicity(sentence)).toBe(value);
  });

  it.each([
    ['组织普法讲师团深入社区,开展宪法和民法典宣讲活动30余场。', 30],
    ['围绕党的二十大精神和习近平法治思想开展宣讲活动26场。', 26],
    ['开展法治宣讲进社区活动15场次。', 15],
  ] as const)('still counts lectures on the law: %s → %s', (sentence, value) => {
    expect(publicity(sentence)).toBe(value);
  });
});
