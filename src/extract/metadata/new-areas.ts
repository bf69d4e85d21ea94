/**
 * The state-level new areas (国家级新区) and the named parts of one that reports name alone. The
 * division tables hold two of them as districts (浦东新区, 滨海新区); the others have no row, and their
 * reports often name no province at all (「新区法治政府建设工作以…为指导」): which province, and which city
 * where one city governs the whole area, is data, as a division's parents are. An area that spans
 * several cities (西咸新区, 贵安新区, 天府新区, 雄安新区…) is given its province only.
 */

import { DIVISIONS } from './divisions';

export interface NewArea {
  /** Its own name, without the province or city reports may write before it. */
  readonly name: string;
  readonly province: string;
  /** The city that governs it, when one does. */
  readonly city?: string;
  /** Parts reports name alone (西咸新区's five 新城). */
  readonly parts?: readonly string[];
}

export const STATE_NEW_AREAS: readonly NewArea[] = [
  { name: '两江新区', province: '重庆市' },
  { name: '舟山群岛新区', province: '浙江省', city: '舟山市' },
  { name: '兰州新区', province: '甘肃省', city: '兰州市' },
  { name: '南沙新区', province: '广东省', city: '广州市' },
  { name: '西咸新区', province: '陕西省', parts: ['沣东新城', '沣西新城', '秦汉新城', '空港新城', '泾河新城'] },
  { name: '贵安新区', province: '贵州省' },
  { name: '西海岸新区', province: '山东省', city: '青岛市' },
  { name: '金普新区', province: '辽宁省', city: '大连市' },
  { name: '天府新区', province: '四川省' },
  { name: '湘江新区', province: '湖南省', city: '长沙市' },
  { name: '江北新区', province: '江苏省', city: '南京市' },
  { name: '福州新区', province: '福建省', city: '福州市' },
  { name: '滇中新区', province: '云南省' },
  { name: '哈尔滨新区', province: '黑龙江省', city: '哈尔滨市' },
  { name: '长春新区', province: '吉林省', city: '长春市' },
  { name: '赣江新区', province: '江西省' },
  { name: '雄安新区', province: '河北省' },
];

/** Every name of the list, areas and parts, longest first. */
export const NEW_AREA_NAMES: readonly string[] = STATE_NEW_AREAS.flatMap((area) => [area.name, ...(area.parts ?? [])]).sort(
  (a, b) => b.length - a.length,
);

/** A name of the list opening `piece`. */
export const NEW_AREA_NAME_AT = new RegExp(`^(?:${NEW_AREA_NAMES.join('|')})`);

function codeOf(name: string, kind: 'province' | 'city'): string {
  const rows = (DIVISIONS.byName.get(name) ?? []).filter((d) => d.kind === kind);
  if (rows.length !== 1) throw new Error(`new areas: ${name} is not one ${kind} of the division tables`);
  return rows[0]!.code;
}

/** Name (area or part) → the code of the city governing it, else of its province. */
const PARENT_CODE = new Map<string, string>(
  STATE_NEW_AREAS.flatMap((area) => {
    const code = area.city === undefined ? codeOf(area.province, 'province') : codeOf(area.city, 'city');
    return [area.name, ...(area.parts ?? [])].map((name) => [name, code] as const);
  }),
);

/**
 * The division a zone belongs to when the zone is a state-level new area or a part of one, whatever
 * province or city is written before its name (青岛西海岸新区, 西咸新区泾河新城): its code; null for any
 * other zone.
 */
export function newAreaParent(zoneName: string): string | null {
  for (const name of NEW_AREA_NAMES) if (zoneName.endsWith(name)) return PARENT_CODE.get(name)!;
  return null;
}
