import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';

import { DIVISIONS } from '../metadata/divisions';
import { NAME_CHARACTERS } from './constants';
import { guardedPlaceNames } from './name-guard';
import { normalizeForMatching } from './normalize';

describe('normalizeForMatching', () => {
  it('turns traditional characters into simplified ones', () => {
    expect(normalizeForMatching('高陵區堅持復議應訴,辦結134件')).toBe('高陵区坚持复议应诉,办结134件');
  });

  it('converts each line that holds a traditional character, first, middle and last, and leaves the others as written', () => {
    const lines = ['復議應訴', '行政复议、应诉。', '', '辦結134件', '【要闻】受理46件—', '2022年，堅持依法行政'];
    const expected = ['复议应诉', '行政复议、应诉。', '', '办结134件', '【要闻】受理46件—', '2022年,坚持依法行政'];
    expect(normalizeForMatching(lines.join('\n'))).toBe(expected.join('\n'));
    expect(normalizeForMatching(`\n${lines.join('\n')}\n`)).toBe(`\n${expected.join('\n')}\n`);
  });

  it('folds full-width digits, percent signs and punctuation', () => {
    expect(normalizeForMatching('出庭应诉率１００％，受理４６件（含）')).toBe('出庭应诉率100%,受理46件(含)');
  });

  it('turns NBSP and ideographic spaces into plain spaces', () => {
    expect(normalizeForMatching('a\u00a0b\u3000c')).toBe('a b c');
  });

  it('keeps the length of any text, so offsets are shared with the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(normalizeForMatching(text)).toHaveLength(text.length);
      }),
    );
    const mixed = '乾坤後來發現了100%的問題\n第二行，全角１２３';
    expect(normalizeForMatching(mixed)).toHaveLength(mixed.length);
  });
});

describe('normalizeForMatching keeps every division name', () => {
  const rows = [...DIVISIONS.byCode.values()];
  const scripts = {
    simplified: (text: string) => text,
    s2t: OpenCC.Converter({ from: 'cn', to: 't' }),
    s2tw: OpenCC.Converter({ from: 'cn', to: 'tw' }),
    s2hk: OpenCC.Converter({ from: 'cn', to: 'hk' }),
  };
  /** Where names stand in reports: alone on a line, opening a title, and inside prose after another name. */
  const contexts: ReadonlyArray<readonly [string, string]> = [
    ['', ''],
    ['', '人民政府關於2023年度法治政府建設情況的報告'],
    ['2023年,在乾安縣委領導下,', '堅持依法行政,於年內辦結'],
  ];

  it('covers all four levels of the tables', () => {
    const kinds = new Set(rows.map((row) => row.kind));
    expect([...kinds].sort()).toEqual(['city', 'county', 'province', 'township']);
    expect(rows.length).toBeGreaterThan(40_000);
  });

  it.each(Object.keys(scripts))(
    'finds each name written in %s characters, in every context, under its own row',
    (script) => {
      const convert = scripts[script as keyof typeof scripts];
      const misses: string[] = [];
      for (const [before, after] of contexts) {
        // One text of all names, one per line, normalised at once: offsets are shared with the view.
        const lines = rows.map((row) => `${before}${convert(row.name)}${after}`);
        const view = normalizeForMatching(lines.join('\n'));
        expect(view).toHaveLength(lines.join('\n').length);
        let offset = 0;
        rows.forEach((row, i) => {
          const written = convert(row.name);
          const start = offset + before.length;
          const seen = view.slice(start, start + written.length);
          if (!(DIVISIONS.byName.get(seen) ?? []).some((d) => d.code === row.code)) misses.push(`${row.name} (${written}) → ${seen}`);
          offset += lines[i]!.length + 1;
        });
      }
      expect(misses).toEqual([]);
    },
    60_000,
  );

  it('leaves a simplified name exactly as written, 乾 and all', () => {
    const names = rows.map((row) => row.name).filter((name) => !/[（）]/.test(name));
    const text = names.join('\n');
    const view = normalizeForMatching(text).split('\n');
    const changed = names.filter((name, i) => view[i] !== name);
    expect(changed).toEqual([]);
    expect(normalizeForMatching('乾县人民政府关于2023年度工作的报告')).toBe('乾县人民政府关于2023年度工作的报告');
    expect(normalizeForMatching('乾縣人民政府關於2023年度工作的報告')).toBe('乾县人民政府关于2023年度工作的报告');
    expect(normalizeForMatching('於潛鎮關於乾燥天氣')).toBe('於潜镇关于干燥天气');
  });

  it('guards every character that conversion changes inside a division name, and only name characters', () => {
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const changedInNames = new Set<string>();
    for (const row of rows) {
      const converted = toSimplified(row.name);
      if (converted.length !== row.name.length) continue;
      for (let i = 0; i < row.name.length; i += 1) if (converted[i] !== row.name[i]) changedInNames.add(row.name[i]!);
    }
    expect(changedInNames.size).toBeGreaterThan(5);
    expect([...changedInNames].filter((ch) => !NAME_CHARACTERS.includes(ch))).toEqual([]);
    // Each guarded character is in some name and is changed by conversion, inside a name or alone.
    const inNames = new Set(rows.flatMap((row) => [...row.name]));
    for (const ch of NAME_CHARACTERS) {
      expect(inNames.has(ch), ch).toBe(true);
      expect(changedInNames.has(ch) || toSimplified(ch) !== ch, ch).toBe(true);
    }
  });

  it('keeps every place name and short name the place finder reads, alone, in simplified prose and in a traditional line', () => {
    // Full-width brackets ((（工业园区）城南街道) are folded like any other: the tables index the half-width form too.
    const all = [...guardedPlaceNames()];
    const names = all.filter((name) => !/[（）]/.test(name));
    expect(all.length - names.length).toBeLessThan(10);
    expect(names.length).toBeGreaterThan(40_000);
    for (const short of ['乾安', '乾县', '濛江街', '乾佑街', '湖南', '淄博', '石柱', '於潜镇']) expect(names, short).toContain(short);
    const settings: ReadonlyArray<(name: string) => string> = [
      (name) => name,
      (name) => `2022年,${name}坚持依法行政,`,
      (name) => `${name}法治政府建設報告`,
      (name) => `關於${name}的報告`,
    ];
    const damaged: string[] = [];
    for (const setting of settings) {
      // One name a line, so one conversion per setting, not fifty thousand.
      const lines = names.map(setting);
      const view = normalizeForMatching(lines.join('\n')).split('\n');
      names.forEach((name, i) => {
        const at = lines[i]!.indexOf(name);
        if (view[i]!.slice(at, at + name.length) !== name) damaged.push(`${lines[i]} → ${view[i]}`);
      });
    }
    expect(damaged).toEqual([]);
    // Outside a name the character is converted as before.
    expect(normalizeForMatching('乾燥天氣,乾安堅持')).toBe('干燥天气,乾安坚持');
  });
});
