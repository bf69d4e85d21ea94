import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../normalize/normalize';
import { findNumbers } from '../numbers';
import { splitClauses } from './clauses';
import { matchParagraph, type MatchContext } from './match';

const COUNTY: MatchContext = { reportYear: 2023, level: '县', inPlans: false };

function match(sentence: string, context: MatchContext = COUNTY) {
  const view = normalizeForMatching(sentence);
  return matchParagraph(view, findNumbers(view), context).map((candidate) => ({
    indicator: candidate.indicator,
    value: candidate.value,
    qualifier: candidate.qualifier,
    quote: sentence.slice(candidate.quoteStart, candidate.quoteEnd),
    confidence: candidate.confidence,
    scope: candidate.scope,
    wording: candidate.wording.map((part) => sentence.slice(part.start, part.end)).join('…'),
    variant: candidate.variant,
  }));
}

describe('splitClauses', () => {
  it('splits at commas and 、 but not inside numbers or 《》 titles', () => {
    const text = '审查《关于A、B的规定》,受理32,740件、办结1件。下一句';
    const clauses = splitClauses(text, findNumbers(text));
    expect(clauses.map((clause) => text.slice(clause.start, clause.end))).toEqual(['审查《关于A、B的规定》', '受理32,740件', '办结1件', '下一句']);
    expect(clauses.map((clause) => clause.sentence)).toEqual([0, 0, 0, 1]);
  });
});

describe('matchParagraph', () => {
  it('lets a clause inherit its subject from the clause chain', () => {
    const found = match('受理普通行政复议案件46件,涉政府复议案件24件,年内办结49件,撤销原行政行为5件');
    expect(found.find((item) => item.value === 49)).toMatchObject({ indicator: 'review.concluded', quote: '涉政府复议案件24件,年内办结49件' });
    expect(found.find((item) => item.value === 46)).toMatchObject({ indicator: 'review.received', quote: '受理普通行政复议案件46件' });
    // The second received figure has another scope: kept, but less sure than the first.
    const second = found.find((item) => item.value === 24)!;
    expect(second.confidence).toBeLessThan(found.find((item) => item.value === 46)!.confidence);
    expect(found.some((item) => item.value === 5)).toBe(false);
  });

  it('reads the subject after the number too', () => {
    expect(match('2023年共受理159件行政复议案件,办结134件')).toEqual([
      expect.objectContaining({ indicator: 'review.received', value: 159, quote: '2023年共受理159件行政复议案件' }),
      expect.objectContaining({ indicator: 'review.concluded', value: 134 }),
    ]);
  });

  it('does not lend a subject to a clause that names its own object', () => {
    const found = match('行政规范性文件审查2件,重大行政执法决定审查10件,镇村合同审查1077件');
    expect(found.map((item) => item.value)).toEqual([2]);
  });

  it('accepts a count without a unit when the clause says what it counts', () => {
    expect(match('成功调处各类民间矛盾纠纷2973,涉及金额6308.73万元,其中重大疑难复杂纠纷47件')).toEqual([
      expect.objectContaining({ indicator: 'mediation.succeeded', value: 2973, quote: '成功调处各类民间矛盾纠纷2973' }),
    ]);
  });

  it('skips targets and other years\' figures', () => {
    expect(match('力争行政机关负责人出庭应诉率达到100%')).toEqual([]);
    // Another year's figure is kept as a candidate of scope other_year, never as the year's own.
    expect(match('2021年,受理法律援助案件300件')).toEqual([expect.objectContaining({ value: 300, scope: 'other_year' })]);
    expect(match('2023年,受理法律援助案件300件')).toEqual([expect.objectContaining({ value: 300, scope: 'own' })]);
    expect(match('印发《2021年工作要点》,受理法律援助案件300件')).toEqual([expect.objectContaining({ value: 300, scope: 'own' })]);
  });

  it('keeps a target in a plans section as what it is, a planned figure', () => {
    expect(match('保持行政机关负责人出庭应诉率100%', { ...COUNTY, inPlans: true })).toEqual([
      expect.objectContaining({ indicator: 'litigation.head_appearance_rate', value: 100 }),
    ]);
  });

  it('does not read an initial-petition resolution rate as a mediation success rate', () => {
    expect(match('强化初信初访办理,一次性化解率96.84%')).toEqual([]);
    expect(match('全区“大调解”工作格局基本建立,矛盾纠纷化解率达到98.6%')).toEqual([
      expect.objectContaining({ indicator: 'mediation.success_rate', value: 98.6 }),
    ]);
  });

  it('needs the legal-aid topic for consultations and recovered losses', () => {
    expect(match('解答群众现场咨询700余人')).toEqual([]);
    expect(match('办理法律援助案件2138件,挽回经济损失710.99万元')).toEqual([
      expect.objectContaining({ indicator: 'legal_aid.cases', value: 2138 }),
      expect.objectContaining({ indicator: 'legal_aid.recovered_amount', value: 710.99 }),
    ]);
    expect(match('通过法律援助挽回经济损失1.2亿元')).toEqual([expect.objectContaining({ indicator: 'legal_aid.recovered_amount', value: 12000 })]);
  });

  it('lowers a higher level\'s figure in a lower level\'s report', () => {
    const found = match('办复市人大常委会建议3件,区人大常委会建议91件', { ...COUNTY, level: '区' });
    const city = found.find((item) => item.value === 3)!;
    const district = found.find((item) => item.value === 91)!;
    expect(city.confidence).toBeLessThan(0.5);
    expect(district.confidence).toBeGreaterThan(city.confidence);
  });

  it('keeps qualifiers and matches traditional wording', () => {
    expect(match('全程網辦率達到85%以上')).toEqual([
      expect.objectContaining({ indicator: 'service.online_rate', value: 85, qualifier: 'at_least', quote: '全程網辦率達到85%以上' }),
    ]);
    expect(match('开展各类普法活动近300场次')).toEqual([
      expect.objectContaining({ indicator: 'publicity.events', value: 300, qualifier: 'approx' }),
    ]);
  });

  it('leaves numbers no indicator claims alone', () => {
    expect(match('梳理行政处罚1957项,考试通过率100%,受理热线工单29263件')).toEqual([]);
  });
});

describe('subjects specific enough without an action word', () => {
  it('reads "一审行政诉讼案件108件" and "法律援助案件2138件" with somewhat less confidence', () => {
    const [litigation] = match('全县一审行政诉讼案件108件');
    expect(litigation).toMatchObject({ indicator: 'litigation.cases', value: 108 });
    expect(litigation!.confidence).toBeLessThan(match('办理一审行政诉讼案件108件')[0]!.confidence);
    expect(match('法律援助案件2138件')).toEqual([expect.objectContaining({ indicator: 'legal_aid.cases', value: 2138 })]);
  });

  it('still refuses a bare subject inside a longer phrase about something else', () => {
    expect(match('涉及行政诉讼案件的律师代理费用支出12件')).toEqual([]);
  });
});

describe('reconsideration corrections and reply rates', () => {
  it('reads "撤销、确认违法、责令履行等纠错31件" as corrected decisions', () => {
    expect(match('全年审结行政复议案件198件,其中维持136件,撤销、确认违法、责令履行等纠错31件,直接纠错率15.7%', { ...COUNTY, reportYear: 2023 }).filter((item) => item.indicator.startsWith('review.corrected'))).toEqual([
      expect.objectContaining({ indicator: 'review.corrected', value: 31 }),
    ]);
    // Without 复议 in the sentence, 纠错 may be enforcement supervision: not a reconsideration figure.
    expect(match('开展执法监督,纠错31件')).toEqual([]);
  });

  it('does not take a satisfaction rate for a reply rate', () => {
    expect(match('办理人大代表建议156件、政协提案189件,满意率均为100%').map((item) => item.indicator)).toEqual([
      'oversight.npc_proposals',
      'oversight.cppcc_proposals',
    ]);
  });
});

describe('which number the words describe', () => {
  it('gives the words before a number to that number, not to an earlier one in the clause', () => {
    expect(match('全县173个人民调解委员会共调解各类纠纷2,105件,调解成功2,078件,成功率98.7%')).toEqual([
      expect.objectContaining({ indicator: 'mediation.cases', value: 2105 }),
      expect.objectContaining({ indicator: 'mediation.succeeded', value: 2078 }),
      expect.objectContaining({ indicator: 'mediation.success_rate', value: 98.7 }),
    ]);
  });

  it('does not count the excellent files among the files reviewed', () => {
    expect(match('开展行政执法案卷评查,抽查案卷150份,评出优秀案卷20份').map((item) => item.value)).toEqual([150]);
  });
});
