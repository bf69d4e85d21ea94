/**
 * A department read as its place's government, by the forms that say who reports when no title
 * names an organ: the presenting clause in a department's voice after prose that spoke for the
 * place, a government's office (法制办) opening the prose with its other names in brackets, and a
 * preface saying which organ made the document under the title. Places and wordings of their own,
 * none a fixture's text.
 */
import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

const PROSE = '坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进依法行政,法治政府建设取得新成效。';

describe('the presenting clause in a department’s voice decides over the place the prose spoke for', () => {
  it.each([
    [
      '现将我局',
      `2021年,我县司法行政工作紧紧围绕县委、县政府中心工作,为全县经济发展提供法治保障。现将我局2021年度法治政府建设情况报告如下:\n一、主要工作\n${PROSE}`,
    ],
    ['现就本委', `2022年,我区卫生健康工作${PROSE}全区医疗秩序稳定。现就本委2022年法治政府建设工作情况汇报如下:\n${PROSE}`],
    ['现把我办', `我市政务服务工作${PROSE}现把我办2023年度推进法治政府建设情况总结如下:\n${PROSE}`],
  ])('%s', (_case, text) => {
    expect(extractMetadata(text).bodyKind).toBe('department');
  });

  it('a place’s own presenting clause keeps the government', () => {
    const text = `2021年,我县紧紧围绕${PROSE}县司法局牵头。现将我县2021年度法治政府建设情况报告如下:\n${PROSE}`;
    expect(extractMetadata(text).bodyKind).toBe('government');
  });
});

describe('an office of the government opening the prose with its other names in brackets', () => {
  it.each([
    ['市政府法制办(行政复议办)', '2012年,市政府法制办(行政复议办)紧紧围绕市委市政府中心工作', '市政府法制办'],
    ['区政府办公室(区外事办、区金融办)', '2019年,区政府办公室(区外事办、区金融办)坚持', '区政府办公室'],
    ['县人民政府法制办公室(县行政复议委员会办公室)', '2015年,县人民政府法制办公室(县行政复议委员会办公室)认真', '县人民政府法制办公室'],
  ])('%s', (_case, opening, organ) => {
    const md = extractMetadata(`${opening}${PROSE}全市${PROSE}`);
    expect(md.bodyKind).toBe('department');
    expect(md.body?.value).toBe(organ);
  });
});

describe('a preface naming the organ that made the document under the title', () => {
  it.each([
    [
      '杭州市行政复议体制改革三周年白皮书',
      '近日,杭州市司法局将行政复议体制改革三年来的成效梳理成《杭州市行政复议体制改革三周年白皮书》。',
      '杭州市司法局',
    ],
    ['成都市法治政府建设白皮书(2023)', '日前,成都市司法局正式发布《成都市法治政府建设白皮书(2023)》,全面展示。', '成都市司法局'],
    ['济宁市行政执法监督白皮书', '济宁市司法局会同市有关部门编制了《济宁市行政执法监督白皮书》。', '济宁市司法局'],
  ])('%s', (title, preface, organ) => {
    const md = extractMetadata(`${title}\n${preface}\n${title}\n2022年,全市各级行政机关${PROSE}我市${PROSE}`);
    expect(md.body?.value).toBe(organ);
    expect(md.bodyKind).toBe('department');
  });

  it('a preface naming the government that made it keeps the government', () => {
    const text = `绍兴市法治政府建设白皮书\n近日,绍兴市人民政府发布《绍兴市法治政府建设白皮书》。\n2022年,全市${PROSE}我市${PROSE}`;
    const md = extractMetadata(text);
    expect(md.body?.value).toBe('绍兴市人民政府');
    expect(md.bodyKind).toBe('government');
  });
});

describe('a street written without its 道 in the title and the page’s source', () => {
  it.each([
    ['五里桥街', '五里桥街道办事处'],
    ['东辛房街', '东辛房街道办事处'],
    ['南京路街', '南京路街道办事处'],
  ])('%s: the opening’s street office is the body, not the source’s short name', (short, office) => {
    const text = `当前位置:${short}> 政务公开\n\n${short}2024年行政执法工作报告\n发布日期: 2025-01-20 10:02      来源: ${short}\n\n2024年,${office}在区委、区政府的领导下,推行行政执法三项制度,现报告如下:\n一、基本情况\n${PROSE}\n`;
    const md = extractMetadata(text);
    expect(md.body?.value).toBe(office);
    expect(md.bodyKind).toBe('government');
  });
});

describe('a department known only from the documents it made names itself there', () => {
  it.each([
    ['印发《湛江市生态环境局…规程》, 我局', '湛江市', '湛江市生态环境局', '局', '印发《湛江市生态环境局行政处罚自由裁量权适用规则》'],
    [
      '制定《绵阳市卫生健康委员会…制度》, 我委',
      '绵阳市',
      '绵阳市卫生健康委员会',
      '委',
      '制定了《绵阳市卫生健康委员会重大行政决策程序规定》',
    ],
  ])('%s', (_case, place, organ, self, clause) => {
    const text = `根据法治政府建设年度报告制度的要求,现将我${self}2023年度法治政府建设工作报告如下:\n一、加强组织领导\n我${self}${PROSE}${clause},切实加强我${self}规范性文件合法性审核工作。\n`;
    const md = extractMetadata(text);
    expect(md.jurisdiction?.value).toBe(place);
    expect(md.body?.value).toBe(organ);
    expect(md.bodyKind).toBe('department');
  });
});

describe('an essay site’s preface offering the report under its title with the year’s digits dropped', () => {
  it.each([
    ['【司法报告】', '湛江市司法局', '湛江市', '局'],
    ['【工作报告】', '韶关市生态环境局', '韶关市', '局'],
  ])('%s%s关于度…', (column, organ, place, self) => {
    const text = `关于2019年度法治政府建设情况的报告2019年,我${self}根据有关规定,结合工作实际,下面是小编为大家整理的${column}${organ}关于度法治政府建设情况报告(仅供参考),供大家参考。\n关于2019年度法治政府\n建设情况的报告\n2019年,我${self}${PROSE}我市${PROSE}\n`;
    const md = extractMetadata(text);
    expect(md.jurisdiction?.value).toBe(place);
    expect(md.body?.value).toBe(organ);
    expect(md.bodyKind).toBe('department');
  });
});
