/**
 * Whose report it is, by families the real pages showed: a commission written short as it names itself (卫生健康委,
 * 发展改革委) is a department; a report addressed to its own place's government is a department's (a government reports
 * up, never to itself); a street's or a township's own enforcement team reports for the place. Written for these tests in
 * places, organs and years of their own (none is a fixture's text).
 */
import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

const PROSE = '坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进依法行政,法治政府建设取得新成效。';

describe('a commission written short opening the prose is a department', () => {
  it.each([
    ['卫生健康委', '2024年,淮安市卫生健康委在市委、市政府的坚强领导下', '淮安市卫生健康委'],
    ['发展改革委', '2022年,绵阳市发展改革委在市委市政府的正确领导下', '绵阳市发展改革委'],
  ])('%s', (_organ, opening, body) => {
    const md = extractMetadata(`${opening},${PROSE}现将2024年法治政府建设工作情况报告如下:\n一、主要举措\n${PROSE}`);
    expect(md.body?.value).toBe(body);
    expect(md.bodyKind).toBe('department');
  });

  it('a party committee reached by a clause is no organ of the place (control)', () => {
    const md = extractMetadata(`芜湖市镜湖区2023年法治政府建设年度报告\n2023年,镜湖区紧紧围绕区委${PROSE}`);
    expect(md.bodyKind).toBe('government');
  });
});

describe('a report addressed to its own place’s government is a department’s', () => {
  it.each([
    ['a city’s, 市政府并市委', '市政府并市委:', '白城市'],
    ['a county’s, 县委、县人民政府', '中共通榆县委、通榆县人民政府:', '通榆县'],
  ])('%s', (_case, addressee, place) => {
    const md = extractMetadata(
      `${addressee}\n2021年,在上级的坚强领导下,作为自然资源部门,${PROSE}现将2021年度工作情况报告如下:\n一、主要举措\n${place}${PROSE}${place}${PROSE}`,
    );
    expect(md.jurisdiction?.value).toBe(place);
    expect(md.bodyKind).toBe('department');
  });

  it('a county addressing its city’s government is still the county’s (control)', () => {
    const md = extractMetadata(`白城市人民政府:\n2021年,通榆县${PROSE}现将2021年度法治政府建设情况报告如下:\n一、主要举措\n通榆县${PROSE}`);
    expect(md.jurisdiction?.value).toBe('通榆县');
    expect(md.bodyKind).toBe('government');
  });
});

describe('a street’s or a township’s own enforcement team reports for the place', () => {
  it.each([
    ['a street’s team', '2023年度振华街道综合行政执法大队行政执法工作情况报告'],
    ['a town’s team', '2024年度大港镇综合执法队行政执法工作情况报告'],
  ])('%s', (_case, title) => {
    const md = extractMetadata(`${title}\n为全面提升行政执法质量和效能,${PROSE}现将有关情况报告如下:\n一、基本情况\n${PROSE}`);
    expect(md.bodyKind).toBe('government');
  });
});
