/**
 * A place's government opening the report as the one led (「2023年,黄宅镇人民政府在县委、县政府的正确
 * 领导下,坚持依法行政…」) is the report's subject and its body, not a superior that leads.
 */
import { describe, expect, it } from 'vitest';

import { DIVISIONS } from './divisions';
import { extractMetadata } from './index';

const superiorOf: Readonly<Record<string, string>> = { 镇: '县', 乡: '县', 县: '市', 区: '市' };

/** One in seven of the towns, townships, counties and districts whose name is one place's only. */
const places = [...DIVISIONS.byCode.values()].filter(
  (d, i) => i % 7 === 0 && d.level in superiorOf && DIVISIONS.byName.get(d.name)?.length === 1,
);

describe('a government led by its superiors', () => {
  it('is the subject and the body of the report, for every kind of place', () => {
    expect(places.length).toBeGreaterThan(3000);
    const misread: string[] = [];
    places.forEach((d, i) => {
      const organ = i % 2 === 0 ? '人民政府' : '政府';
      const up = superiorOf[d.level]!;
      const m = extractMetadata(
        `中共某${up}委、某${up}人民政府:\n2023年,${d.name}${organ}在${up}委、${up}政府的正确领导下,坚持依法行政,全面推进法治政府建设。现将2023年法治政府建设情况报告如下:`,
      );
      if (m.jurisdiction?.value !== d.name || m.body?.value !== d.name + organ || m.bodyKind !== 'government')
        misread.push(`${d.name}: ${m.jurisdiction?.value ?? '-'} / ${m.body?.value ?? '-'}`);
    });
    expect(misread).toEqual([]);
  });

  it('still skips a superior whose committee and government lead', () => {
    const m = extractMetadata('2022年,在鄞州区委、区政府的坚强领导下,白鹤街道坚持依法行政。现将2022年法治政府建设情况报告如下:');
    expect(m.jurisdiction?.value).toBe('白鹤街道');
  });
});
