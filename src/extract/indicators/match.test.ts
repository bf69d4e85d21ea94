import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import { findNumbers } from '../numbers';
import { splitClauses } from './clauses';
import { type MatchContext, matchParagraph } from './match';

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
    expect(clauses.map((clause) => text.slice(clause.start, clause.end))).toEqual([
      '审查《关于A、B的规定》',
      '受理32,740件',
      '办结1件',
      '下一句',
    ]);
    expect(clauses.map((clause) => clause.sentence)).toEqual([0, 0, 0, 1]);
  });
});

describe('matchParagraph', () => {
  it('lets a clause inherit its subject from the clause chain', () => {
    const found = match('受理普通行政复议案件46件,涉政府复议案件24件,年内办结49件,撤销原行政行为5件');
    expect(found.find((item) => item.value === 49)).toMatchObject({
      indicator: 'review.concluded',
      quote: '涉政府复议案件24件,年内办结49件',
    });
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

  it("skips targets and other years' figures", () => {
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
    expect(match('通过法律援助挽回经济损失1.2亿元')).toEqual([
      expect.objectContaining({ indicator: 'legal_aid.recovered_amount', value: 12000 }),
    ]);
  });

  it("lowers a higher level's figure in a lower level's report", () => {
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
    expect(
      match('全年审结行政复议案件198件,其中维持136件,撤销、确认违法、责令履行等纠错31件,直接纠错率15.7%', {
        ...COUNTY,
        reportYear: 2023,
      }).filter((item) => item.indicator.startsWith('review.corrected')),
    ).toEqual([expect.objectContaining({ indicator: 'review.corrected', value: 31 })]);
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

describe('scope (catalogue v2)', () => {
  const DISTRICT: MatchContext = { reportYear: 2021, level: '区', inPlans: false };
  const pick = (found: ReturnType<typeof match>) => found.map((item) => [item.indicator, item.value, item.scope]);

  it("keeps another year's bracketed or labelled figure from blocking the year's own after it", () => {
    expect(pick(match('受理行政复议案件40件,2020年受理35件', DISTRICT))).toEqual([
      ['review.received', 40, 'own'],
      ['review.received', 35, 'other_year'],
    ]);
    expect(pick(match('全年共受理行政复议案件23件(上年为31件),审结21件', DISTRICT))).toEqual([
      ['review.received', 23, 'own'],
      ['review.concluded', 21, 'own'],
    ]);
    expect(pick(match('新收行政复议申请52件,2020年为35件,依法审结44件', DISTRICT))).toEqual([
      ['review.received', 52, 'own'],
      ['review.concluded', 44, 'own'],
    ]);
  });

  it('lets a year that opens the sentence govern all of it', () => {
    expect(pick(match('2019年,全区受理法律援助案件300件,办结290件', DISTRICT))).toEqual([
      ['legal_aid.cases', 300, 'other_year'],
      ['legal_aid.cases', 290, 'other_year'],
    ]);
  });

  it("reads totals over several years as cumulative, a year-end stock as the year's own", () => {
    expect(pick(match('五年来,全区累计办理法律援助案件1.3万件', DISTRICT))).toEqual([['legal_aid.cases', 13000, 'cumulative']]);
    expect(pick(match('截至2021年底,累计办理法律援助案件3120件', DISTRICT))).toEqual([['legal_aid.cases', 3120, 'cumulative']]);
    expect(pick(match('“十三五”以来累计受理行政复议案件326件', DISTRICT))).toEqual([['review.received', 326, 'cumulative']]);
    expect(pick(match('截至2021年12月底,区政府共收到行政复议申请45件', DISTRICT))).toEqual([['review.received', 45, 'own']]);
    expect(pick(match('今年以来累计办理法律援助案件88件', DISTRICT))).toEqual([['legal_aid.cases', 88, 'own']]);
  });

  it("reads 全市 figures in a district's report as a higher level's, until the district speaks again", () => {
    expect(pick(match('全市共受理行政复议案件500件,其中我区受理50件', DISTRICT))).toEqual([
      ['review.received', 500, 'higher_level'],
      ['review.received', 50, 'own'],
    ]);
    expect(pick(match('在全市率先建成调解中心,受理法律援助案件40件', DISTRICT))).toEqual([['legal_aid.cases', 40, 'own']]);
    // In a city's own report 全市 is its own; 全省 is the level above.
    expect(pick(match('全市受理行政复议案件500件,全省受理9000件', { ...DISTRICT, level: '市' }))).toEqual([
      ['review.received', 500, 'own'],
      ['review.received', 9000, 'higher_level'],
    ]);
  });

  it("reads a subset of the same indicator's total as a part, and a subset of another as its whole", () => {
    expect(pick(match('受理法律援助案件658件,其中刑事法律援助案件312件', DISTRICT))).toEqual([
      ['legal_aid.cases', 658, 'own'],
      ['legal_aid.cases', 312, 'part'],
    ]);
    expect(pick(match('审结行政复议案件198件,其中纠错31件', DISTRICT))).toEqual([
      ['review.concluded', 198, 'own'],
      ['review.corrected', 31, 'own'],
    ]);
  });

  it("reads a zone's handling of 省、市人大代表建议 as its own, and one congress's share beside its own as a part", () => {
    const zone = match('全年承办省、市人大代表建议12件', { ...DISTRICT, level: '开发区' });
    expect(zone).toEqual([expect.objectContaining({ indicator: 'oversight.npc_proposals', value: 12, scope: 'own' })]);
    expect(zone[0]!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(pick(match('办复市人大常委会建议3件,区人大常委会建议91件', DISTRICT))).toEqual([
      ['oversight.npc_proposals', 3, 'part'],
      ['oversight.npc_proposals', 91, 'own'],
    ]);
  });
});

describe('wordings of catalogue v2', () => {
  const COUNTY_2021: MatchContext = { reportYear: 2021, level: '县', inPlans: false };

  it('records the words that tied a number to its indicator, and the variant when they are one', () => {
    expect(match('矛盾纠纷化解率97.8%', COUNTY_2021)).toEqual([
      expect.objectContaining({ indicator: 'mediation.success_rate', wording: '矛盾纠纷化解率', variant: '化解率' }),
    ]);
    expect(match('全镇调处成功率93%', COUNTY_2021)).toEqual([expect.objectContaining({ variant: '调处成功率' })]);
    expect(match('调解成功率99.2%', COUNTY_2021)).toEqual([expect.objectContaining({ variant: null })]);
    expect(match('排查调处矛盾纠纷1265件,调处成功1238件', COUNTY_2021)).toEqual([
      expect.objectContaining({ indicator: 'mediation.cases', wording: '调处矛盾纠纷', variant: '调处' }),
      expect.objectContaining({ indicator: 'mediation.succeeded', variant: '调处' }),
    ]);
    // The kind of mediation is kept in the wording.
    expect(match('全县人民调解组织共调解纠纷500件', COUNTY_2021)).toEqual([expect.objectContaining({ wording: '人民调解组织共调解纠纷' })]);
  });

  it('reads litigation counts worded by their defendant, without a verb', () => {
    expect(match('以县政府为被告的行政诉讼案件17件', COUNTY_2021)).toEqual([
      expect.objectContaining({ indicator: 'litigation.cases', value: 17, scope: 'own' }),
    ]);
    expect(match('市政府及各部门一审行政诉讼案件230件', { ...COUNTY_2021, level: '市' })).toEqual([
      expect.objectContaining({ indicator: 'litigation.cases', value: 230, scope: 'own' }),
    ]);
    expect(match('市政府及各部门一审行政诉讼案件230件', COUNTY_2021)).toEqual([
      expect.objectContaining({ value: 230, scope: 'higher_level' }),
    ]);
  });

  it('reads corrections stated as kinds with a total, never a sum of parts', () => {
    expect(
      match('行政复议案件审结60件,撤销、变更或确认违法共9件', COUNTY_2021).filter((item) => item.indicator === 'review.corrected'),
    ).toEqual([expect.objectContaining({ value: 9 })]);
    expect(match('行政复议案件审结60件,撤销2件、确认违法3件', COUNTY_2021).filter((item) => item.indicator === 'review.corrected')).toEqual(
      [],
    );
  });

  it('reads 「拟出台的」 documents reviewed as a result, a plan to issue as a plan', () => {
    expect(match('对拟出台的规范性文件进行合法性审查15件', COUNTY_2021)).toEqual([
      expect.objectContaining({ indicator: 'normative_docs.reviewed', value: 15 }),
    ]);
    expect(match('拟审查规范性文件15件', COUNTY_2021)).toEqual([]);
  });

  it('counts 法制宣传 and 普法 events whatever the verb, the events themselves before one kind', () => {
    expect(match('开展法制宣传活动86场次', COUNTY_2021)).toEqual([expect.objectContaining({ indicator: 'publicity.events', value: 86 })]);
    expect(match('组织普法巡讲126场', COUNTY_2021)).toEqual([expect.objectContaining({ indicator: 'publicity.events', value: 126 })]);
    const both = match('举办法治讲座42场,开展普法活动136场次', COUNTY_2021);
    expect(both.map((item) => [item.value, item.indicator])).toEqual([
      [42, 'publicity.events'],
      [136, 'publicity.events'],
    ]);
    expect(both[1]!.confidence).toBeGreaterThan(both[0]!.confidence);
  });

  it('counts only certified officers, not officers trained or examined', () => {
    expect(match('组织1,235名行政执法人员参加公共法律知识培训考试', COUNTY_2021)).toEqual([]);
    expect(match('全区共有行政执法人员612人', COUNTY_2021)).toEqual([]);
    expect(match('其中持证执法人员548人', COUNTY_2021)).toEqual([
      expect.objectContaining({ indicator: 'enforcement.officers', value: 548 }),
    ]);
    expect(match('具有行政执法资格的人员共计978名', COUNTY_2021)).toEqual([
      expect.objectContaining({ indicator: 'enforcement.officers', value: 978 }),
    ]);
  });

  it("keeps a chain's subject across a 同比 clause and bare steps", () => {
    const found = match('收到行政复议申请31件,同比增长12%,受理28件,审结26件', COUNTY_2021);
    const concluded = found.find((item) => item.indicator === 'review.concluded')!;
    expect(concluded.value).toBe(26);
    expect(concluded.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("lends a paragraph label's subject to its later sentences, quoting only the number's own sentence", () => {
    const sentence = '(一)行政复议。2021年受理案件48件。办结案件45件,纠错率8.5%。';
    const found = match(sentence, COUNTY_2021);
    expect(found.map((item) => [item.indicator, item.value, item.quote])).toEqual([
      ['review.received', 48, '2021年受理案件48件'],
      ['review.concluded', 45, '办结案件45件'],
      ['review.correction_rate', 8.5, '纠错率8.5%'],
    ]);
  });
});
