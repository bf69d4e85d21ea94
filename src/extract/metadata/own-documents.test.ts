/**
 * A report that never names the place it speaks for (no title; 「现将县人民政府…报告如下」, 「区政府坚持」,
 * 「我局…」) is known by the documents it says it made: 「制定了《岳阳县人民政府常务会会前学法制度》」.
 */
import { describe, expect, it } from 'vitest';

import { GENERIC_PLACE_NAMES } from './constants';
import { DIVISIONS, fullCode } from './divisions';
import { extractMetadata } from './index';

const prose = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';

/** The places a made document can name: county- and city-level rows whose name is one place's only. */
const places = [...DIVISIONS.byCode.values()].filter(
  (d) => (d.kind === 'county' || d.kind === 'city') && DIVISIONS.byName.get(d.name)?.length === 1 && !GENERIC_PLACE_NAMES.has(d.name),
);

/** Three wordings of an untitled report whose only place is in a document it made. */
function report(name: string, organ: string, i: number): string {
  const year = 2016 + (i % 9);
  switch (i % 3) {
    case 0:
      return `根据有关规定,现将${organ}人民政府${year}年法治政府建设工作情况报告如下。\n${year}年,${organ}人民政府${prose}领导班子带头学法,制定了《${name}人民政府常务会会前学法制度》。`;
    case 1:
      return `${year}年,在上级党委、政府的坚强领导下,${organ}政府${prose}现将${year}年度法治政府建设工作情况报告如下:\n一是加强学习,研究制定《${year}年${name}领导干部应知应会法律法规汇编》。`;
    default:
      return `${year}年,我局${prose}现将${year}年度法治政府建设情况报告如下:\n二是健全制度体系。制定并实施《${name}司法局行政合法性审查事项目录清单》,加强审查。`;
  }
}

describe('the author of the documents a report made', () => {
  it('is the place of every county- and city-level name, in three wordings', () => {
    expect(places.length).toBeGreaterThan(2000);
    const misread: string[] = [];
    places.forEach((d, i) => {
      const m = extractMetadata(report(d.name, d.level, i));
      if (m.jurisdiction?.value !== d.name || m.code?.value !== fullCode(d) || m.level?.value !== d.level) {
        misread.push(`${d.name}: ${m.jurisdiction?.value ?? '-'} ${m.code?.value ?? '-'}`);
      }
    });
    expect(misread).toEqual([]);
  });

  it('gives the kind of body the report speaks as', () => {
    expect(extractMetadata(report('岳阳县', '县', 0)).bodyKind).toBe('government');
    expect(extractMetadata(report('朔城区', '区', 1)).bodyKind).toBe('government');
    expect(extractMetadata(report('上城区', '区', 2)).bodyKind).toBe('department');
  });

  it('is not the place of a document the report only follows', () => {
    for (const verb of ['贯彻落实', '严格执行', '根据', '按照']) {
      const m = extractMetadata(`2022年,县人民政府${prose}${verb}《湖南省法治政府建设实施纲要(2021—2025年)》,扎实推进。`);
      expect(m.jurisdiction).toBeNull();
    }
  });

  it('names nothing when the made documents name different places', () => {
    const m = extractMetadata(`2022年,区政府${prose}制定《朔城区工作方案》,修订《怀仁市工作规则》。`);
    expect(m.jurisdiction).toBeNull();
  });

  it('gives way to a place the report names as its subject', () => {
    const m = extractMetadata(`2022年,五原县${prose}制定了《临河区法治政府建设实施方案》。`);
    expect(m.jurisdiction?.value).toBe('五原县');
  });
});
