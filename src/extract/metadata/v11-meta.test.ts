/**
 * Metadata classes of this session's real pages, in wordings, places and years of our own: a place
 * the tables lack (a district since merged away) whose work on the report's subject opens the year.
 */
import { describe, expect, it } from 'vitest';

import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';

describe('a place the tables lack, as the subject of its year’s work', () => {
  it.each([
    ['2014年,闸北区法律援助工作坚持以人民为中心,全年受理案件1200件。', '闸北区'],
    ['2012年,崇文区普法依法治理工作以“六五”普法为主线,深入开展法治宣传。', '崇文区'],
    ['2019年,在区委、区政府的坚强领导下,江干区行政复议工作始终坚持依法办案。', '江干区'],
    ['2016年,白下区人民调解工作紧紧围绕中心,服务大局,全年化解矛盾纠纷300件。', '白下区'],
  ])('%s → %s', (text, place) => {
    expect(DIVISIONS.byName.has(place)).toBe(false);
    const m = extractMetadata(`${text}\n一、主要工作\n全区调解组织规范化建设稳步推进。`);
    expect([m.jurisdiction?.value, m.level?.value]).toEqual([place, '区']);
  });

  it('reads no place from a work that opens the year without one', () => {
    const m = extractMetadata('2022年,城市管理工作坚持以人民为中心,市容环境持续改善。\n一、主要工作\n扎实推进依法行政。');
    expect(m.jurisdiction).toBeNull();
  });
});

describe("a document site's page title glued before the text", () => {
  it('is the title: its year and kind are read from it', () => {
    const m = extractMetadata(
      '关于 2023 年法律援助工作完成情况的总结_关于 2023 年法律援助工作完成情况的总结 今年,在县司法局的领导下,我中心共受理法律援助案件320件,办理法律咨询1500人次。',
    );
    expect([m.title?.value, m.year?.value, m.documentKind]).toEqual(['关于 2023 年法律援助工作完成情况的总结', 2023, 'legal_aid_report']);
    const site = extractMetadata(
      '某镇2021年人民调解工作总结_某某文档网 2021年,我镇调委会紧紧围绕中心工作,共调解矛盾纠纷86件,调解成功85件。',
    );
    expect([site.year?.value, site.documentKind]).toEqual([2021, 'mediation_report']);
  });
});

describe('a department titled by its placeless organ ending in 委', () => {
  it.each([
    ['区卫生健康委关于2024年法治政府建设情况的报告', '区'],
    ['县发展改革委2023年度法治政府建设工作报告', '县'],
    ['市教委关于2025年度法治政府建设情况的报告', '市'],
  ])('%s → level %s, a department', (title, level) => {
    const m = extractMetadata(
      `${title}\n一、主要举措和成效\n(一)深入学习贯彻习近平法治思想,坚持把法治建设纳入党组理论学习中心组学习内容,全年专题学法8次。`,
    );
    expect([m.level?.value, m.bodyKind]).toEqual([level, 'department']);
  });
});

describe('a place named only in the documents it issued (制发《…》)', () => {
  it('is the place of a report that never names itself otherwise', () => {
    const text =
      '一、工作开展情况\n(一)坚持党的领导。盟委、行署主要领导同志认真履行法治政府建设第一责任人职责,组织学习12次。\n(二)推进政府诚信建设。制发《锡林郭勒盟诚信建设工程实施方案》,明确50项具体任务,办结政府失信问题40件。';
    const m = extractMetadata(text);
    expect([m.jurisdiction?.value, m.level?.value, m.province?.value]).toEqual(['锡林郭勒盟', '市', '内蒙古自治区']);
  });
});

describe('a prefecture that speaks as 全州 under its region’s 党委', () => {
  const body = (slogan: string) =>
    `今年以来,在自治区党委、政府坚强领导下,全州各级政府坚持以习近平法治思想为指导,依法行政水平持续提升。现将工作情况报告如下:\n一、2023年工作回顾\n(一)扛牢法治政府建设政治责任。确保依法治州、依法行政共同推进,${slogan}、法治政府、法治社会一体建设。`;

  it.each([
    ['法治博州', '博尔塔拉蒙古自治州', '652700'],
    ['法治克州', '克孜勒苏柯尔克孜自治州', '653000'],
  ])('is the prefecture its slogan frames (%s)', (slogan, name, code) => {
    const m = extractMetadata(body(slogan));
    expect([m.jurisdiction?.value, m.level?.value, m.code?.value]).toEqual([name, '市', code]);
  });

  it('is never the region itself, even when no slogan names it', () => {
    const m = extractMetadata(body('法治建设') + '努力为中国式现代化新疆实践提供坚实法治保障。');
    expect(m.jurisdiction?.value).not.toBe('新疆维吾尔自治区');
    expect(m.level?.value).not.toBe('省');
  });
});

describe('a place the tables lack, written in traditional script', () => {
  it('is named in simplified characters, as a place the tables know is', () => {
    const zone = extractMetadata(
      '瀋陽渾南經濟技術開發區2024年法治政府建設情況報告\n2024年,瀋陽渾南經濟技術開發區管委會堅持依法行政,全面推進法治政府建設,成效明顯。',
    );
    expect(zone.jurisdiction?.value).toBe('沈阳浑南经济技术开发区');
    const merged = extractMetadata(
      '2015年,閘北區人民調解工作緊緊圍繞中心,服務大局,全年化解矛盾糾紛300件。\n一、主要工作\n全區調解組織規範化建設穩步推進。',
    );
    expect([merged.jurisdiction?.value, merged.level?.value]).toEqual(['闸北区', '区']);
  });
});

describe('an untitled text whose first section is named for the report’s subject', () => {
  it.each([
    '一、2022年度推进法治政府建设的主要举措和成效\n(一)依法全面履行政府职能\n一是深化街道综合行政执法体制改革,推动行政执法权限和力量向基层延伸,全年下放行政执法事项300项。',
    '一、2023年依法行政工作主要成效\n1.规范行政复议工作。全年新收行政复议申请案件45件,依法受理40件,审结38件,纠错6件。',
  ])('is a rule-of-law report, whatever its first paragraph goes through: %s', (text) => {
    expect(extractMetadata(text).documentKind).toBe('rule_of_law_report');
  });

  it('while a first section on another subject leaves the opening to decide', () => {
    const text = '一、行政复议案件基本情况\n2020年,全区新收行政复议案件88件,受理59件,全年结案86件,纠错率同比下降19%。';
    expect(extractMetadata(text).documentKind).toBe('reconsideration_report');
  });
});

describe('a lower level’s report that names one province only, as its superiors’', () => {
  const body = (superior: string) =>
    `市委、市政府:\n2025年,市卫健委坚持以习近平法治思想为指导,紧紧围绕全市法治政府建设的总体部署,现将2025年我委法治政府建设工作情况报告如下:\n一、2025年工作情况\n(一)加强组织领导。及时转发《${superior}关于落实普法责任清单的通知》,组织领导干部按时完成${superior.slice(0, 2)}干部网络学习。`;

  it('has that province, though its own place is never written', () => {
    const m = extractMetadata(body('江西省卫生健康委员会'));
    expect([m.jurisdiction, m.level?.value, m.province?.value]).toEqual([null, '市', '江西省']);
    expect(extractMetadata(body('四川省教育厅')).province?.value).toBe('四川省');
  });

  it('has none when it names another province too, or its own only once', () => {
    expect(extractMetadata(body('江西省卫生健康委员会') + '赴浙江省学习考察。').province).toBeNull();
    const once = '2025年,市卫健委坚持依法行政,全面推进全市法治政府建设。及时转发《江西省卫生健康委员会关于落实普法责任清单的通知》。';
    expect(extractMetadata(once).province).toBeNull();
  });
});

describe('a level word alone where a place the tables lack may stand', () => {
  it('is no place: 「2023年,自治区党委和政府…」 is the region speaking of its own organs', () => {
    const region = extractMetadata(
      '2023年,自治区党委和政府坚持以习近平法治思想为指导,认真学习贯彻习近平总书记视察广西重要讲话精神,深入推进依法治区,加快法治政府建设。现将有关情况报告如下:',
    );
    expect([region.jurisdiction?.value, region.level?.value]).toEqual(['广西壮族自治区', '省']);
    const prefecture = extractMetadata('2022年,自治州党委政府坚持依法行政,全州法治政府建设取得新成效。现将有关情况报告如下:');
    expect(prefecture.jurisdiction?.value).not.toBe('自治州');
  });
});

describe('the organ a presenting clause names', () => {
  const PROSE = '\n一、年初既定任务完成情况\n一是在普法宣传方面,召开了普法启动大会,印发了全县普法规划,全面夯实了各单位普法责任制。';

  it('is the author of an unsigned report', () => {
    const m = extractMetadata(`全县父老乡亲:\n根据县人大常委会会议安排,现将米脂县司法局2018年度重点工作任务完成情况报告如下:${PROSE}`);
    expect([m.body?.value, m.bodyKind]).toEqual(['米脂县司法局', 'department']);
  });

  it('gives way to the organ that signs the report', () => {
    const m = extractMetadata(
      `根据有关规定,现将米脂县法律援助中心2018年度办理法律援助案件情况报告如下:${PROSE}\n\n米脂县司法局\n2019年1月10日`,
    );
    expect(m.body?.value).toBe('米脂县司法局');
  });
});
