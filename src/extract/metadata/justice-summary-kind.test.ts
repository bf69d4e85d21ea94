/**
 * A justice bureau's untitled work summary against its (or its place's) rule-of-law report, in
 * wordings and places of our own. A bureau leads its place's rule-of-law work and names it in
 * passing (依法治县, 法治政府建设 once); what tells the two kinds apart is what the prose keeps
 * returning to: 法治政府/依法行政 again and again, or the bureau's services one by one.
 */
import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

const praise = '坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神,';

/** A justice bureau's services, section by section, as its work summary goes through them. */
const services = [
  '一、2023年工作情况',
  '(一)人民调解提质增效。全县各级人民调解组织深入开展矛盾纠纷排查,人民调解员队伍不断壮大。',
  '(二)社区矫正平稳有序。严格落实社区矫正对象分类管理,扎实做好安置帮教工作,无脱管漏管。',
  '(三)法律服务便民利民。律师、公证、司法鉴定行业规范发展,法律援助实现应援尽援,司法所规范化建设全面达标。',
].join('\n');

/** A rule-of-law report's sections, naming its subject again and again. */
const ruleOfLaw = [
  '一、2023年推进法治政府建设的主要举措',
  '(一)依法全面履行政府职能。持续深化法治政府建设,推进依法行政制度化。',
  '(二)严格规范公正文明执法。全面推行行政执法三项制度,法治政府建设考核纳入绩效。',
].join('\n');

describe('a justice bureau that names the rule of law in passing, then goes through its services', () => {
  it.each([
    ['a county bureau whose opening names 依法治县', `2023年,临泽县司法局${praise}深入推进依法治县,各项工作取得新成效。\n${services}`],
    [
      'a bureau speaking as 我局 of a year its place named',
      `2021年是崇义县项目攻坚年,我局在县委、县政府正确领导下,${praise}扎实推进法治崇义建设。\n${services}`,
    ],
    ['a district bureau once naming 法治政府建设', `2022年,市北区司法局${praise}统筹推进法治政府建设和司法行政各项工作。\n${services}`],
  ])('%s is its work summary, a department’s', (_, text) => {
    const metadata = extractMetadata(text);
    expect(metadata.documentKind).toBe('justice_bureau_summary');
    expect(metadata.bodyKind).toBe('department');
  });
});

describe('a justice administration whose opening sentence tells a year of work, not of the rule of law', () => {
  it.each([
    [
      'a province’s justice system',
      `2020年,全省司法行政系统${praise}忠诚履职、担当作为,各项工作稳中有进。\n一、强化政治建设\n厅党组全年召开专题会议18次。`,
    ],
    [
      'a city bureau',
      `2024年,潮州市司法局在市委、市政府的坚强领导下,${praise}圆满完成了全年各项目标任务。\n一、全力服务发展大局\n围绕重点项目开展专项服务。`,
    ],
  ])('%s writes its work summary', (_, text) => {
    const metadata = extractMetadata(text);
    expect(metadata.documentKind).toBe('justice_bureau_summary');
    expect(metadata.bodyKind).toBe('department');
  });
});

describe('a presenting clause decides for a justice bureau', () => {
  it('the bureau’s own clause makes it its summary, whichever place the first line names', () => {
    const text = `通化县司法局局长 李明\n各位代表:\n受县人大常委会委托,现将通化县司法局2022年度重点工作完成情况报告如下:\n${services}`;
    const metadata = extractMetadata(text);
    expect(metadata.documentKind).toBe('justice_bureau_summary');
    expect(metadata.bodyKind).toBe('department');
  });

  it('a clause presenting the year’s work with no subject is a justice bureau’s summary when its services prevail', () => {
    const text = `现将2022年工作开展情况和2023年工作打算汇报如下:\n一、2022年主要工作\n(一)深化普法宣传。开展宪法宣传周活动。\n${services}`;
    expect(extractMetadata(text).documentKind).toBe('justice_bureau_summary');
  });

  it('the same clause over a government’s rule-of-law sections is no justice bureau’s', () => {
    const text = `现将2022年工作开展情况报告如下:\n${ruleOfLaw}\n(三)深化普法宣传。开展宪法宣传周活动。`;
    expect(extractMetadata(text).documentKind).toBe('rule_of_law_report');
  });
});

describe('a justice bureau’s rule-of-law report stays one', () => {
  it.each([
    ['names the subject again and again', `2023年,临泽县司法局${praise}扎实推进各项工作。\n${ruleOfLaw}\n${services}`],
    [
      'says in its opening sentence the year was about the rule of law, without services',
      `2023年,潮州市司法局认真贯彻落实省委、市委关于法治建设的各项决策部署,圆满完成各项任务。\n一、2023年工作总体情况\n(一)推动学习贯彻习近平法治思想走深走实。市委全面依法治市委员会出台工作要点。`,
    ],
  ])('one that %s', (_, text) => {
    expect(extractMetadata(text).documentKind).toBe('rule_of_law_report');
  });

  it.each([
    [
      'a town guided by the county bureau',
      `2023年,在县委依法治县办和县司法局的精心指导下,全镇上下坚持依法行政,各项工作取得新成效。\n${services}`,
    ],
    ['a town speaking of itself', `2023年,在县司法局的精心指导下,我镇坚持依法行政,各项工作取得新成效。\n${services}`],
    [
      'a district guided by the city’s justice administration',
      `2021年,在市司法行政部门的有力指导下,东湖区坚持依法善治,展现法治新风貌。\n${ruleOfLaw}`,
    ],
  ])('%s that names a justice organ only as its guide reports on the rule of law', (_, text) => {
    expect(extractMetadata(text).documentKind).toBe('rule_of_law_report');
  });

  it('a government that names its justice bureau in its opening reports on the rule of law', () => {
    const text = `2022年,临泽县人民政府${praise}支持县司法局履行职能。\n${services}`;
    const metadata = extractMetadata(text);
    expect(metadata.documentKind).toBe('rule_of_law_report');
    expect(metadata.bodyKind).toBe('government');
  });
});

describe('a legal-aid report is a department’s, as a justice bureau’s summary is', () => {
  const aid =
    '一、案件办理情况\n全年共受理法律援助案件412件,其中民事案件350件、刑事案件62件,解答法律咨询2800人次。\n二、经费使用情况\n法律援助经费全部用于办案补贴。';
  it.each([
    [
      'titled by its place only, speaking as 我县',
      `2018年永泰县法律援助工作总结\n2018年,我县法律援助工作在县委、县政府的领导下稳步推进。\n${aid}`,
    ],
    ['a district’s, speaking as 我区', `番禺区2022年度法律援助工作情况报告\n2022年,我区${praise}法律援助工作取得新成效。\n${aid}`],
    [
      'a centre’s statement filed by its bureau',
      `发布机构:岚县司法局\n根据《中华人民共和国法律援助法》有关规定,现将2024年岚县法律援助中心案件办理情况公示如下:\n${aid}`,
    ],
  ])('%s', (_, text) => {
    const metadata = extractMetadata(text);
    expect(metadata.documentKind).toBe('legal_aid_report');
    expect(metadata.bodyKind).toBe('department');
  });

  it('unless a government’s organ is its named author', () => {
    const metadata = extractMetadata(`永泰县人民政府关于2018年法律援助工作情况的报告\n2018年,我县${praise}法律援助工作稳步推进。\n${aid}`);
    expect(metadata.documentKind).toBe('legal_aid_report');
    expect(metadata.bodyKind).toBe('government');
  });
});

describe('a place’s whole justice administration telling its year writes its work summary', () => {
  it.each([
    [
      'a city’s, whose sentence ends on the rule of law it served',
      `2021年,全市司法行政系统在市委、市政府的坚强领导下,${praise}忠诚履职,为平安绵阳、法治绵阳建设作出了积极贡献。\n一、监所工作平稳\n全年安全生产无事故。`,
    ],
    [
      'a county’s, whose next sentences name the county and the bureau',
      `2020年,全县司法行政战线在县委县政府的正确领导下,${praise}服务保障全县发展大局。今年以来,宁海县分别荣获全国普法先进县、全省平安县称号,我县被评为先进县。\n机构改革后,我局承担县委依法治县办公室职责。\n一、注重实效,全面推进依法治县工作\n(一)依法行政水平提升。提请县政府发布《宁波市宁海县人民政府关于印发重大行政决策程序规定的通知》。`,
    ],
  ])('%s', (_, text) => {
    const metadata = extractMetadata(text);
    expect(metadata.documentKind).toBe('justice_bureau_summary');
    expect(metadata.bodyKind).toBe('department');
  });

  it('one whose prose keeps returning to the rule of law is still its report', () => {
    const text = `2021年,全市司法行政系统在市委、市政府的坚强领导下,${praise}扎实推进各项工作。\n${ruleOfLaw}`;
    expect(extractMetadata(text).documentKind).toBe('rule_of_law_report');
  });
});

describe('a first section of the year’s whole work under a presenting clause that names no subject', () => {
  it.each([
    [
      'a district bureau pushing its place’s rule of law',
      `2023年,临川区司法局${praise}奋力推进法治临川建设,现将有关情况汇报如下:\n一、2023年工作开展情况\n(一)党建引领。全年召开专题会议9次。`,
    ],
    [
      'a county bureau speaking as 我局',
      `2024年,我局在县委县政府的领导下,${praise}助力法治昌乐建设迈上新台阶。现将相关情况报告如下。\n一、2024年工作完成情况\n(一)强化理论武装。组织全县司法所所长集中学习12次。`,
    ],
  ])('%s is its work summary', (_, text) => {
    expect(extractMetadata(text).documentKind).toBe('justice_bureau_summary');
  });
});

describe('a first section above the prose named for a related subject says what the text reports on', () => {
  it.each([
    [
      'an enforcement report of a bureau that never names its place',
      '一、2023年行政执法基本情况\n截至目前,我局仅有2人持有国家市场监管总局颁发的执法证件,根据有关规定不具备独立开展执法检查的资格,相关工作主要依靠市级队伍开展。因此,我局全年未办理案件,不涉及因案件引起的复议和诉讼事务。\n二、开展执法规范化建设有关情况\n(一)落实三项制度有关情况。一是严格实施执法公示制。通过政府门户网站及时公示权力事项清单。二是严格法制审核制度,规范执法行为,提高执法质量。',
      'enforcement_statistics',
    ],
    [
      'a template’s contents over a reconsideration report',
      '目 录\n第一部分 总体情况\n一、行政复议案件办理情况\n二、行政应诉情况\n第一部分 总体情况\n一、行政复议案件办理情况\n(一)案件受理\n我局全年依法受理各类案件,依法公正审理,司法局指导有力。',
      'reconsideration_report',
    ],
  ])('%s', (_, text, kind) => {
    expect(extractMetadata(text).documentKind).toBe(kind);
  });
});

describe('another department that says 我局 and presents its year’s work is no justice bureau', () => {
  it.each([
    [
      'a transport bureau',
      `一年来,在县委、县政府的坚强领导下,我局以习近平法治思想为根本遵循,紧紧围绕全县交通运输事业发展,锚定“法治交通”建设目标,圆满完成年度法治建设任务。现将2024年相关工作情况报告如下。\n一、主要做法和成效\n党组带头学法,全年集体学法6次。`,
    ],
    [
      'a natural-resources bureau',
      `2023年,我局在市委、市政府的正确领导下,${praise}扎实推进自然资源领域各项工作。现将全年工作情况汇报如下:\n一、强化理论武装\n组织集中学习10次。`,
    ],
  ])('%s reports on the rule of law', (_, text) => {
    expect(extractMetadata(text).documentKind).toBe('rule_of_law_report');
  });
});
