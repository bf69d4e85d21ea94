/**
 * Metadata classes of the sixth holdout, read as practice by the fifteenth round (meta15), in other wordings,
 * places and organs than the pages that showed them.
 */
import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

const PROSE = '坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进依法行政,法治政府建设取得新成效。';

describe('a department named by its level, whose work on the subject opens the prose', () => {
  it.each([
    ['2022年,市交通运输局法治政府建设工作坚持', '市交通运输局'],
    ['2023年,县卫生健康局依法行政工作始终', '县卫生健康局'],
    ['2024年,在区委、区政府的坚强领导下,区市场监督管理局法治建设工作紧紧', '区市场监督管理局'],
  ])('is that department: %s', (opening, organ) => {
    const md = extractMetadata(`${opening}${PROSE}全面落实上级部署,全年${PROSE}\n一、主要举措\n${PROSE}\n`);
    expect(md.body?.value).toBe(organ);
    expect(md.bodyKind).toBe('department');
  });
});

describe('a justice bureau’s unit of another subject opening the prose', () => {
  it.each([
    ['2019年安庆市大观区司法局法律援助中心以服务民生为导向,扎实推进法律援助各项工作开展。', 'legal_aid_report'],
    ['2023年,城固县司法局法律援助中心紧紧围绕县委、县政府中心工作,全年办理法律援助案件。', 'legal_aid_report'],
    ['2022年,海曙区司法局人民调解委员会坚持发展新时代“枫桥经验”,深入开展矛盾纠纷排查。', 'mediation_report'],
    ['2021年,市司法局行政复议办公室认真履行行政复议职责,依法办理行政复议案件。', 'reconsideration_report'],
  ])('is a report of its subject: %s', (opening, kind) => {
    const text = `${opening}\n一是扩大援助范围。社区矫正、安置帮教、公证、律师工作有序开展,人民调解组织进一步健全。\n`;
    expect(extractMetadata(text).documentKind).toBe(kind);
  });

  it('leaves a justice bureau that speaks for itself its work summary', () => {
    const text = `2022年,钦州市司法局坚持以习近平新时代中国特色社会主义思想为指导,统筹推进法律援助、人民调解、社区矫正、公证、律师等各项工作,圆满完成全年目标任务。\n一是法律援助应援尽援。二是人民调解化解纠纷。三是社区矫正安全稳定。\n`;
    expect(extractMetadata(text).documentKind).toBe('justice_bureau_summary');
  });
});

describe('a justice bureau presenting its whole year’s work', () => {
  const PARTY = '一、强化政治引领,筑牢党建根基\n(一)党的建设走深走实。全年开展党组中心组集中学习12次,专题研讨6次。\n';
  it.each([
    '2025年,汨罗市司法局在市委、市政府领导及上级司法行政部门指导下,锚定法治汨罗建设主线,统筹推进党建、法治建设、民生服务等重点工作,各项业务成效显著。现将全年工作总结如下:',
    '2023年,城步县司法局在县委、县政府的坚强领导下,统筹推进党的建设、法治建设和公共法律服务,圆满完成各项目标任务。现将2023年工作情况报告如下:',
    '2022年,区司法局围绕中心、服务大局,奋力推进基层法治建设和司法行政工作取得新成效。现将全年工作开展情况汇报如下:',
  ])('writes its work summary, though its opening names the rule of law once: %s', (opening) => {
    expect(extractMetadata(`${opening}\n${PARTY}`).documentKind).toBe('justice_bureau_summary');
  });

  it('writes a rule-of-law report when the rule of law is what its prose keeps returning to', () => {
    const opening = '2022年,县司法局深入推进法治政府建设,全面推进依法行政,统筹推进法治政府建设示范创建。现将全年工作总结如下:';
    expect(extractMetadata(`${opening}\n${PARTY}`).documentKind).toBe('rule_of_law_report');
  });

  it('leaves another department presenting its whole year’s work a rule-of-law report', () => {
    const opening =
      '2022年,市交通运输局法治政府建设工作坚持以习近平新时代中国特色社会主义思想为指导,依法全面履行本部门职能。现将本年度工作开展情况总结如下:';
    expect(extractMetadata(`${opening}\n${PARTY}`).documentKind).toBe('rule_of_law_report');
  });
});

describe('a department named by its level in the clause presenting the report', () => {
  it.each([
    [
      '按照《天津市行政执法协调监督工作方案》要求,现将市水务局2025年度行政执法工作情况报告如下:\n一、执法基本情况\n2025年,全市各级水务执法部门累计出动执法人员3.08万人次。',
      '市水务局',
    ],
    [
      '为全面落实区委、区政府的部署,现将区卫生健康局2024年度法治政府建设情况报告如下。\n一、主要举措\n全区卫生健康系统' + PROSE,
      '区卫生健康局',
    ],
    [
      '2024年,在县委、县政府的坚强领导下,城口县市场监督管理局' +
        PROSE +
        '现将县市场监督管理局2024年法治政府建设情况报告如下。\n一、主要举措\n' +
        PROSE,
      '城口县市场监督管理局',
    ],
  ])('is the reporting department: %s', (text, organ) => {
    const md = extractMetadata(`${text}\n`);
    expect(md.body?.value).toBe(organ);
    expect(md.bodyKind).toBe('department');
  });

  it('leaves a government presenting its own report the government', () => {
    const md = extractMetadata(`2024年,城口县人民政府${PROSE}现将县人民政府2024年法治政府建设情况报告如下。\n一、主要举措\n全县${PROSE}\n`);
    expect(md.bodyKind).toBe('government');
  });
});

describe('a place’s justice administration telling its year', () => {
  const opening = (place: string): string =>
    `2023年,${place}司法行政系统以党的二十大精神为引领,深入学习贯彻习近平法治思想,落实省、市有关法治建设要求,在区委区政府坚强领导下,围绕中心、服务大局,推动司法行政工作取得新成效。`;
  const section = '(一)党的领导得到全面加强\n深入强化理论武装,各级党组织开展理论学习活动101场。\n';

  it.each(['新会区', '蓬江区', '洛江区'])('is its justice bureau’s work summary under a first section on the year’s work: %s', (place) => {
    const md = extractMetadata(`${opening(place)}\n一、2023年工作总结\n${section}`);
    expect(md.bodyKind).toBe('department');
    expect(md.documentKind).toBe('justice_bureau_summary');
  });

  it('is its rule-of-law report when that section names the rule of law', () => {
    expect(extractMetadata(`${opening('新会区')}\n一、2023年法治政府建设工作总结\n${section}`).documentKind).toBe('rule_of_law_report');
  });

  it('leaves a place telling its own year the government', () => {
    const md = extractMetadata(
      `2023年,新会区坚持以习近平法治思想为指导,在区委区政府坚强领导下,全区法治政府建设取得新成效。\n一、2023年工作总结\n${section}`,
    );
    expect(md.jurisdiction?.value).toBe('新会区');
    expect(md.bodyKind).toBe('government');
  });
});

describe('a circular presenting the year’s figures (通报如下)', () => {
  it.each([
    ['现将2022年度全市行政执法情况通报如下:', 'enforcement_statistics'],
    ['现将2023年度全区行政复议案件办理情况通报如下。', 'reconsideration_report'],
    ['现就2024年全县法律援助工作开展情况通报如下:', 'legal_aid_report'],
  ])('is named by the subject its clause presents: %s', (clause, kind) => {
    const text = `各乡镇人民政府,县政府各部门:\n2022年以来,县司法局以落实执法责任制为主线,统筹推进社区矫正、人民调解、公证、律师工作,提升基层水平。${clause}\n一、基本情况\n全年共办理案件412件。\n`;
    expect(extractMetadata(text).documentKind).toBe(kind);
  });
});

describe('a first section named for a related subject under an opening that sets the scene with the rule of law', () => {
  const opening =
    '2023年,海陵区法治政府建设工作取得了显著成就,行政机关依法行政水平持续提高。行政复议工作以改革为契机,不断完善工作机制,全力助推法治政府建设。';
  it.each([
    ['一、行政复议案件情况', 'reconsideration_report'],
    ['一、法律援助案件办理情况', 'legal_aid_report'],
    ['一、行政执法基本情况', 'enforcement_statistics'],
    ['一、2023年推进法治政府建设的主要举措和成效', 'rule_of_law_report'],
  ])('is a report of that subject: %s', (heading, kind) => {
    expect(extractMetadata(`${opening}\n${heading}\n(一)基本情况\n2023年,区政府共收到申请1113件。\n`).documentKind).toBe(kind);
  });
});
