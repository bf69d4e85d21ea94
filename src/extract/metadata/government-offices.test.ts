/**
 * A government's own office reporting on its work (武定县人民政府办公室, 浙江省人民政府办公厅, 福州市政府办公室,
 * 县委办公室): a department of the place, whether it is named in the title, as the opening's subject or
 * in the signature — not the government whose name it starts with.
 */
import { describe, expect, it } from 'vitest';

import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const PROSE = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。现将有关情况报告如下:';

/** One in five of the provinces, cities, counties, districts and banners whose name is one place's only. */
const places = [...DIVISIONS.byCode.values()].filter(
  (d, i) => i % 5 === 0 && d.kind !== 'township' && DIVISIONS.byName.get(d.name)?.length === 1,
);
const officeOf = (level: string, i: number): string =>
  level === '省' ? '人民政府办公厅' : ['人民政府办公室', '政府办公室', '委办公室'][i % 3]!;

describe("a government's office reporting on its own work", () => {
  it('is a department named in full, as the opening speaks of it, at every level', () => {
    expect(places.length).toBeGreaterThan(400);
    expect(places.some((d) => d.level === '省') && places.some((d) => d.level === '旗')).toBe(true);
    const misread: string[] = [];
    places.forEach((d, i) => {
      const office = d.name + officeOf(d.level, i);
      const m = extractMetadata(`2023年,在上级的坚强领导下,${office}${PROSE}`);
      if (m.jurisdiction?.value !== d.name || m.body?.value !== office || m.bodyKind !== 'department')
        misread.push(`${office}: ${m.jurisdiction?.value ?? '-'} / ${m.body?.value ?? '-'} / ${m.bodyKind}`);
    });
    expect(misread).toEqual([]);
  });

  it('is the department when it signs a report whose title names no place', () => {
    const misread: string[] = [];
    places
      .filter((_, i) => i % 4 === 0)
      .forEach((d, i) => {
        const office = d.name + officeOf(d.level, i);
        const m = extractMetadata(`2023年度法治政府建设工作情况报告\n2023年,我办${PROSE}\n\n${office}\n2024年1月8日`);
        if (m.body?.value !== office || m.bodyKind !== 'department') misread.push(`${office}: ${m.body?.value ?? '-'} / ${m.bodyKind}`);
      });
    expect(misread).toEqual([]);
  });

  it('is the department when the title names it, and a government stays a government', () => {
    const titled = extractMetadata(`广西壮族自治区人民政府办公厅关于2022年度法治政府建设情况的报告\n2022年,自治区政府办公厅${PROSE}`);
    expect([titled.body?.value, titled.bodyKind]).toEqual(['广西壮族自治区人民政府办公厅', 'department']);
    const legalOffice = extractMetadata(`2016年,漳州市人民政府法制办公室${PROSE}`);
    expect([legalOffice.body?.value, legalOffice.bodyKind]).toEqual(['漳州市人民政府法制办公室', 'department']);
    const government = extractMetadata(`2023年,武定县人民政府${PROSE}`);
    expect([government.body?.value, government.bodyKind]).toEqual(['武定县人民政府', 'government']);
    // 「政府办理…」 is the government doing something, not an office named 政府办.
    const doing = extractMetadata(`2023年,武定县人民政府办理人大代表建议52件,${PROSE}`);
    expect([doing.body?.value, doing.bodyKind]).toEqual(['武定县人民政府', 'government']);
  });
});

describe("a government's legal-affairs office named in its title (政府法制办, 人民政府法制办公室, 法制局)", () => {
  const legalOffices = ['政府法制办', '人民政府法制办公室', '政府法制局', '法制办'];
  it('is a department named in full, at every level, whether the title goes on to its year or its subject', () => {
    const titled = places.filter((d) => d.level !== '省');
    expect(titled.length).toBeGreaterThan(400);
    const misread: string[] = [];
    titled.forEach((d, i) => {
      const office = d.name + legalOffices[i % legalOffices.length]!;
      const title = i % 2 === 0 ? `${office}2014年工作总结` : `${office}关于2013年度依法行政工作情况的报告`;
      const m = extractMetadata(`${title}\n2014年,在上级的正确领导下,我办紧紧围绕中心工作,不断深入推进法治政府建设。`);
      if (m.jurisdiction?.value !== d.name || m.body?.value !== office || m.bodyKind !== 'department')
        misread.push(`${office}: ${m.jurisdiction?.value ?? '-'} / ${m.body?.value ?? '-'} / ${m.bodyKind}`);
    });
    expect(misread).toEqual([]);
  });

  it('leaves a title whose subject is 法制 of the government’s own', () => {
    const m = extractMetadata('怀柔区人民政府关于2016年法制建设工作情况的报告\n2016年,区政府坚持依法行政。');
    expect([m.body?.value, m.bodyKind]).toEqual(['怀柔区人民政府', 'government']);
  });
});
