/** Each number parser on its own: the job it does, on the normalized view (see ../find.ts). */
import { describe, expect, it } from 'vitest';

import { changeAfter, changeOpenerBefore, gapAfter } from './change';
import { judgeContext } from './context';
import { type Numeral, readNumeral } from './numeral';
import { combineQualifiers, prefixQualifierBefore, suffixQualifierAt } from './qualifier';
import { quoteMask } from './quotes';
import { readTail, unitAt } from './unit';
import { judgeUnitless } from './unitless';

const PATTERN =
  /百分之(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)|(?<![\d.])(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?(万亿|百万|千万|万|亿|千)?|([零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+[万亿]?)?)/g;

/** The first numeral the scanner's pattern proposes in `text`, read. */
function first(text: string): { numeral: Numeral | null; start: number; end: number } {
  PATTERN.lastIndex = 0;
  const match = PATTERN.exec(text)!;
  return { numeral: readNumeral(match), start: match.index, end: match.index + match[0].length };
}

describe('numeral', () => {
  it('reads Arabic digits with separators, decimals and multipliers', () => {
    expect(first('受理32,740件').numeral).toMatchObject({ kind: 'arabic', digits: '32740', exponent: 0, plainInteger: false });
    expect(first('1.5万人').numeral).toMatchObject({ kind: 'arabic', digits: '1.5', exponent: 4, multiplied: true });
    expect(first('百分之九十五').numeral).toEqual({ kind: 'percent', value: 95 });
    expect(first('十五件').numeral).toMatchObject({ kind: 'chinese', value: 15, endsWithBig: false });
  });

  it('refuses Chinese runs that are words', () => {
    expect(first('万人').numeral).toBeNull();
    expect(first('三五人').numeral).toBeNull();
    expect(first('零距离').numeral).toBeNull();
  });

  it('reads a lone multiplier as a round amount only beside a bound or an about', () => {
    expect(first('近百场').numeral).toMatchObject({ kind: 'chinese', value: 100 });
    expect(first('千余件').numeral).toMatchObject({ kind: 'chinese', value: 1000 });
    expect(first('近万人').numeral).toMatchObject({ kind: 'chinese', value: 10_000, endsWithBig: true });
    expect(first('百姓').numeral).toBeNull();
    expect(first('最近万元').numeral).toBeNull();
  });
});

describe('context', () => {
  const judge = (text: string) => {
    const { numeral, start, end } = first(text);
    return judgeContext(text, start, end, numeral!, 0);
  };
  it('sets aside rate bases, codes, dates, vague amounts and date words', () => {
    expect(judge('每10万人').quantity).toBe(false);
    expect(judge('5G基站').quantity).toBe(false);
    expect(judge('2021-03-11').quantity).toBe(false);
    expect(judge('数十人').quantity).toBe(false);
    expect(judge('2022年').quantity).toBe(false);
    expect(judge('受理46件')).toEqual({ quantity: true, ordinal: false });
    expect(judge('第5次')).toEqual({ quantity: true, ordinal: true });
  });
});

describe('unit', () => {
  const tail = (text: string) => {
    const { numeral, start, end } = first(text);
    return readTail(text, start, end, numeral!);
  };
  it('reads a unit, a percent sign and an inner about with its 万', () => {
    expect(tail('受理46件')).toMatchObject({ unit: '件', inner: false, isPercent: false });
    expect(tail('98.6%')).toMatchObject({ isPercent: true });
    expect(tail('十余万人')).toMatchObject({ unit: '人', inner: true, extraExponent: 4 });
    expect(tail('2020年以来')).toMatchObject({ unit: null, inner: false });
  });

  it('keeps a Chinese numeral only with a measure word that begins no word', () => {
    expect(tail('一本账')).toBeNull();
    expect(tail('三项制度')).toBeNull();
    expect(tail('一次性告知')).toBeNull();
    expect(tail('三项重点')).toMatchObject({ unit: '项' });
    expect(unitAt('人民', 0, false)).toBeNull();
  });
});

describe('qualifier', () => {
  it('reads prefix and suffix words and combines them, the later bound winning', () => {
    expect(prefixQualifierBefore('受理近300件', 3, 0)).toEqual({ qualifier: 'approx', start: 2 });
    expect(prefixQualifierBefore('受理300件', 2, 0)).toBeNull();
    expect(suffixQualifierAt('以上', 0)).toMatchObject({ qualifier: 'at_least' });
    expect(combineQualifiers('at_least', false, 'at_most')).toBe('at_most');
    expect(combineQualifiers(null, true, null)).toBe('approx');
    expect(combineQualifiers(null, false, null)).toBe('exact');
  });
});

describe('unitless', () => {
  const verdict = (text: string, index = 0) => {
    PATTERN.lastIndex = 0;
    let match = PATTERN.exec(text)!;
    for (let i = 0; i < index; i += 1) match = PATTERN.exec(text)!;
    const numeral = readNumeral(match)! as Extract<Numeral, { kind: 'arabic' }>;
    const end = match.index + match[0].length;
    return judgeUnitless(text, match.index, end, end, numeral, false);
  };
  it('sets aside hotlines, list markers, dates, long numbers and codes', () => {
    expect(verdict('拨打12345')).toBe('not-quantity');
    expect(verdict('1.加强领导')).toBe('not-quantity');
    expect(verdict('截至2023.12')).toBe('not-quantity');
    expect(verdict('编号1234567')).toBe('not-quantity');
    expect(verdict('5180工作室')).toBe('not-quantity');
    expect(verdict('成功调处纠纷2973,涉及')).toBe('quantity');
    expect(verdict('由53.4提升至95')).toBe('change-start');
  });
});

describe('change', () => {
  it('finds the opener, the verb and a short 的 phrase', () => {
    expect(changeOpenerBefore('由53.4%', 1, 0)).toBe(0);
    expect(changeOpenerBefore('由2021年的10%', 7, 0)).toBe(0);
    expect(changeOpenerBefore('受理10件', 2, 0)).toBe(-1);
    expect(changeAfter('提升至95%', 0)).toBe(3);
    expect(changeAfter('共计95件', 0)).toBe(-1);
    expect(gapAfter('2022年的38件', 0)).toBe(6);
  });
});

describe('quotes', () => {
  it('masks what is inside quotes and titles, and nothing when there are none', () => {
    const text = '开通"5180"热线,印发《2021年规划》,受理9件';
    const mask = quoteMask(text)!;
    expect(mask[text.indexOf('5180')]).toBe(1);
    expect(mask[text.indexOf('2021')]).toBe(1);
    expect(mask[text.indexOf('9件')]).toBe(0);
    expect(quoteMask('受理9件')).toBeNull();
  });
});
