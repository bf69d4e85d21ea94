import { beforeAll, describe, expect, it } from 'vitest';

import { loadPinyin, type PinyinApi, placeMatches, romanizePlace } from './pinyin';

let api: PinyinApi;
beforeAll(async () => {
  api = await loadPinyin();
});

const gaoling = { name: '高陵区', province: '陕西省', city: '西安市', id: '610117' };

describe('placeMatches', () => {
  it('finds 高陵区 by its pinyin, its initials, and in any case or spacing', () => {
    for (const query of ['gaoling', 'gl', 'GL', 'gao ling', 'Gaolingqu', 'glq'])
      expect(placeMatches(query, gaoling, api), query).toBe(true);
  });

  it('finds by Chinese name, province, city and code', () => {
    for (const query of ['高陵', '陕西', '西安', '610117']) expect(placeMatches(query, gaoling, api), query).toBe(true);
  });

  it('does not find what does not match', () => {
    for (const query of ['furong', 'fr', '湖南', 'gx']) expect(placeMatches(query, gaoling, api), query).toBe(false);
  });

  it('matches Chinese text before pinyin has loaded, and no pinyin without it', () => {
    expect(placeMatches('高陵', gaoling, null)).toBe(true);
    expect(placeMatches('gaoling', gaoling, null)).toBe(false);
  });

  it('matches everything for an empty query', () => {
    expect(placeMatches('  ', gaoling, api)).toBe(true);
  });
});

describe('romanizePlace', () => {
  it('writes the name in pinyin with the level apart', () => {
    expect(romanizePlace('芙蓉区', api)).toBe('Furong Qu');
    expect(romanizePlace('嘉祥县', api)).toBe('Jiaxiang Xian');
    expect(romanizePlace('淄博高新区', api)).toBe('Zibo Gaoxinqu');
    expect(romanizePlace('西安市', api)).toBe("Xi'an Shi");
  });
});
