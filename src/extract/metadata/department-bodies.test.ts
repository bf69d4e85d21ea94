/**
 * The body of a report as it names itself, for the forms the real pages showed beyond a title
 * that opens with place + organ: an organ announcing the report where no title was found, a zone's
 * 管理委员会 as the opening's subject, a department named in the page header while it speaks as
 * 我厅, and the author's name on a line of its own under the page's date line.
 */
import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

const PROSE = '坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进依法行政,法治政府建设取得新成效。';

describe('the body of a government announcing its report with 关于 and the year', () => {
  it('reads the organ glued to a mirror banner, with no title found', () => {
    const text = `资料下载站www.wendang.cn江西省人民政府关于2021年度法治政府建设情况的报告2021年,省政府${PROSE}全省各级政府${PROSE}江西省${PROSE}`;
    const md = extractMetadata(text);
    expect(md.jurisdiction?.value).toBe('江西省');
    expect(md.body?.value).toBe('江西省人民政府');
    expect(md.bodyKind).toBe('government');
  });

  it('reads it behind a document number on a traditional mirror with the pinyin left in', () => {
    const text = `蘇政發(fā)〔2020〕12號《蘇州市人民政府關(guān)于2019年度法治政府建設(shè)工作的報告》\n蘇政發(fā)〔2020〕12號\n江蘇省人民政府:\n2019年,蘇州市各級政府${PROSE}\n`;
    const md = extractMetadata(text);
    expect(md.jurisdiction?.value).toBe('苏州市');
    expect(md.body?.value).toBe('蘇州市人民政府');
    expect(md.bodyKind).toBe('government');
  });
});

describe('the body a zone names in its opening', () => {
  it('takes the 管理委员会 that opens the prose when the title names no organ', () => {
    const text = `2024年广州经济技术开发区法治政府建设情况报告\n\n发布日期:2025-01-20 来源:政务服务平台\n\n2024年,广州经济技术开发区管理委员会(简称开发区管委会)${PROSE}\n`;
    const md = extractMetadata(text);
    expect(md.body?.value).toBe('广州经济技术开发区管理委员会');
    expect(md.bodyKind).toBe('government');
  });

  it("keeps the title's place when the prose opens with its party committee, not its government", () => {
    const street = extractMetadata(`朝阳区望京街道2021年法治政府建设工作报告\n2021年,望京街道党工委、办事处${PROSE}\n`);
    expect([street.body?.value, street.bodyKind]).toEqual(['朝阳区望京街道', 'government']);
    const town = extractMetadata(`安吉县递铺镇2022年法治政府建设情况报告\n2022年,递铺镇党委、政府${PROSE}\n`);
    expect([town.body?.value, town.bodyKind]).toEqual(['安吉县递铺镇', 'government']);
    const traditional = extractMetadata(`安吉縣遞鋪鎮2022年法治政府建設情況報告\n2022年,遞鋪鎮黨委、政府${PROSE}\n`);
    expect(traditional.body?.value).toBe('安吉縣遞鋪鎮');
  });
});

describe('a department named outside the title', () => {
  it('names the department that says 我厅 by the header that writes place + 厅', () => {
    const text = `【复议】2021年度江苏省行政复议案件数据统计\n栏目:江苏省司法厅-通知公告 发布时间:2021-12-30\n\n按照司法部办公厅有关通知要求,我厅对2021年全省行政复议案件进行了统计。具体如下:\n一、基本情况\n2021年全省各级行政复议机构新收行政复议申请1200件。\n`;
    const md = extractMetadata(text);
    expect(md.jurisdiction?.value).toBe('江苏省');
    expect(md.body?.value).toBe('江苏省司法厅');
    expect(md.bodyKind).toBe('department');
  });

  it('takes the author written on a line of its own under the date line', () => {
    const text = `关于2023年度宁波市行政复议工作的报告\n\n发布时期:2024-08-20 信息来源:市人大 作者:\n\n宁波市司法局\n\n2023年,在市人大常委会的指导下,全市行政复议机构${PROSE}现将有关情况报告如下:\n`;
    const md = extractMetadata(text);
    expect(md.jurisdiction?.value).toBe('宁波市');
    expect(md.body?.value).toBe('宁波市司法局');
    expect(md.bodyKind).toBe('department');
  });
});

describe('another name in brackets', () => {
  it("keeps the place's other name between the place and its government", () => {
    const text = `高新区(滨江区)人民政府2023年法治政府建设情况报告\n2023年,在区委的坚强领导下,区人民政府${PROSE}全区${PROSE}\n`;
    const md = extractMetadata(text);
    expect(md.body?.value).toBe('高新区(滨江区)人民政府');
    expect(md.bodyKind).toBe('government');
  });

  it('starts the body with the zone when its district in brackets is the place', () => {
    const text = `经开区(头屯河区)人民政府2023年法治政府建设工作报告\n2023年,在区委的坚强领导下,区人民政府${PROSE}全区${PROSE}\n`;
    const md = extractMetadata(text);
    expect(md.jurisdiction?.value).toBe('头屯河区');
    expect(md.body?.value).toBe('经开区(头屯河区)人民政府');
  });

  it("keeps the organ's other name after it", () => {
    const text = `甘肃省司法厅(行政复议局)关于2022年度法治政府建设情况的报告\n2022年,省司法厅${PROSE}我厅${PROSE}\n`;
    const md = extractMetadata(text);
    expect(md.jurisdiction?.value).toBe('甘肃省');
    expect(md.body?.value).toBe('甘肃省司法厅(行政复议局)');
    expect(md.bodyKind).toBe('department');
  });
});
