/**
 * Same-named towns of a 直辖市 and a 省 (东溪镇 of 重庆's 綦江区 and 忠县, and of 四川's 苍溪县): a
 * report whose chain of superiors runs up to a 省委 is the 省's.
 */
import { describe, expect, it } from 'vitest';

import { DIVISIONS, fullCode } from './divisions';
import { extractMetadata } from './index';

const provinceName = (code: string): string => DIVISIONS.byCode.get(code)?.name ?? '';

/** Township names whose rows lie in exactly one 省, the others all in 直辖市. */
const shared = [...DIVISIONS.byName.entries()].flatMap(([name, rows]) => {
  if (rows.length < 2 || !rows.every((d) => d.kind === 'township')) return [];
  const inProvince = rows.filter((d) => provinceName(d.provinceCode).endsWith('省'));
  const inMunicipality = rows.filter((d) => ['北京市', '天津市', '上海市', '重庆市'].includes(provinceName(d.provinceCode)));
  return inProvince.length === 1 && inMunicipality.length === rows.length - 1 ? [{ name, row: inProvince[0]! }] : [];
});

const opening = (name: string, superiors: string) =>
  `2021年度,${name}认真贯彻${superiors}决策部署,严格按照法治政府建设各项工作部署要求,深入学习贯彻习近平法治思想。现就2021年度法治政府建设工作报告如下。`;

describe('a 省委 among the superiors', () => {
  it('places every town named in a 省 and in a 直辖市 in the 省', () => {
    expect(shared.length).toBeGreaterThan(20);
    const misread = shared
      .filter(({ name, row }) => extractMetadata(opening(name, '中央、省委、市委')).code?.value !== fullCode(row))
      .map(({ name }) => name);
    expect(misread).toEqual([]);
  });

  it('decides nothing without it', () => {
    const m = extractMetadata(opening('东溪镇', '中央、市委'));
    expect(m.flags).toContain('ambiguous_place');
    expect(m.code).toBeNull();
  });
});
