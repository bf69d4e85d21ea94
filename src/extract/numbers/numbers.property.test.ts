import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { findNumbers, type NumberMention, parseChineseNumeral } from './index';

/**
 * Report-like filler that neither makes nor breaks a number: no digits, no numeral characters, no
 * qualifier words, no 第/每/由/从, no quote marks, and no character that continues a unit into a word.
 */
const FILLER = [...'受理案件审结调解纠纷共计全年开展活动培训宣传法治政府建设工作推进落实服务群众', ',', '。'];
const filler = fc.string({ unit: fc.constantFrom(...FILLER), maxLength: 12 });

const ARABIC_UNITS = ['件', '件次', '人次', '名', '项', '份', '次', '个', '户', '起', '场次'];
// Units a bare 一 may take too (一项, 一场次 are deliberately not counts).
const CHINESE_COUNT_UNITS = ['件', '件次', '人次', '名', '份', '次', '户', '宗'];

function withThousands(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const CHINESE_DIGITS = '零一二三四五六七八九';
const PLACES = ['', '十', '百', '千', '万'];

/** Standard Chinese form of 0..99999, optionally with 两 for a leading 2 and 一十 for 10–19. */
function toChinese(n: number, liang: boolean, yiShi: boolean): string {
  if (n === 0) return '零';
  const digits = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < digits.length; i += 1) {
    const d = Number(digits[i]);
    const place = digits.length - 1 - i;
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    const digit = d === 2 && liang && i === 0 && place >= 2 ? '两' : CHINESE_DIGITS[d]!;
    out += digit + PLACES[place]!;
  }
  if (n >= 10 && n < 20 && !yiShi) out = out.slice(1);
  return out;
}

function checkInvariants(text: string, mentions: readonly NumberMention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.start).toBeLessThanOrEqual(m.numberStart);
    expect(m.numberStart).toBeLessThan(m.numberEnd);
    expect(m.numberEnd).toBeLessThanOrEqual(m.end);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(Number.isFinite(m.value)).toBe(true);
    expect(m.value).toBeGreaterThanOrEqual(0);
    expect(['exact', 'approx', 'at_least', 'at_most']).toContain(m.qualifier);
    if (m.previous !== undefined) expect(Number.isFinite(m.previous)).toBe(true);
    previousEnd = m.end;
  }
}

/** Characters that exercise every rule of the parser, so random strings hit its corners. */
const STRESS = [
  ...'0123456789,.%+-—:/·()"《》“”〔〕 \nAbG',
  ...'零〇一二两三四五六七八九十百千万亿点分之',
  ...'件次人名个项份起元户天批场期条所处部门',
  ...'余多来近约超逾过不足到以上下内左右',
  ...'由从提升高至为了第届每年月日号热线岁',
  ...'受理案件,。',
];

describe('findNumbers properties', () => {
  it('finds an Arabic count embedded in text, with its value, unit and span', () => {
    fc.assert(
      fc.property(
        filler,
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
        fc.boolean(),
        fc.constantFrom(...ARABIC_UNITS),
        filler,
        (before, integer, cents, separators, unit, after) => {
          const integerText = separators ? withThousands(String(integer)) : String(integer);
          const fraction = cents === undefined ? '' : '.' + String(cents).padStart(cents % 10 === 0 ? 1 : 2, '0');
          const numeral = integerText + fraction;
          const text = before + numeral + unit + after;
          const mentions = findNumbers(text);
          checkInvariants(text, mentions);
          expect(mentions).toHaveLength(1);
          const [m] = mentions;
          expect(m!.value).toBe(Number(String(integer) + fraction));
          expect(m!.unit).toBe(unit);
          expect(m!.qualifier).toBe('exact');
          expect(m!.text).toBe(numeral + unit);
          expect(text.slice(m!.numberStart, m!.numberEnd)).toBe(numeral);
        },
      ),
    );
  });

  it('finds a percentage embedded in text', () => {
    fc.assert(
      fc.property(filler, fc.integer({ min: 0, max: 10_000 }), filler, (before, basisPoints, after) => {
        const numeral = String(basisPoints / 100);
        const text = before + numeral + '%' + after;
        const mentions = findNumbers(text);
        checkInvariants(text, mentions);
        expect(mentions.map((m) => [m.value, m.isPercent])).toEqual([[basisPoints / 100, true]]);
      }),
    );
  });

  it('reads money in 万元 as written and converts 亿元', () => {
    fc.assert(
      fc.property(filler, fc.integer({ min: 0, max: 99_999_999 }), fc.boolean(), filler, (before, cents, yi, after) => {
        const numeral = String(cents / 100);
        const text = before + numeral + (yi ? '亿元' : '万元') + after;
        const [m, ...rest] = findNumbers(text);
        expect(rest).toEqual([]);
        expect(m!.unit).toBe('万元');
        expect(m!.value).toBe(yi ? Number(`${numeral}e4`) : cents / 100);
      }),
    );
  });

  it('round-trips Chinese numerals 0..99999 through parseChineseNumeral', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.boolean(), fc.boolean(), (n, liang, yiShi) => {
        expect(parseChineseNumeral(toChinese(n, liang, yiShi))).toBe(n);
      }),
    );
  });

  it('finds a Chinese count with a measure word embedded in text', () => {
    fc.assert(
      fc.property(
        filler,
        fc.integer({ min: 1, max: 99_999 }),
        fc.boolean(),
        fc.constantFrom(...CHINESE_COUNT_UNITS),
        filler,
        (before, n, liang, unit, after) => {
          const numeral = toChinese(n, liang, false);
          const text = before + numeral + unit + after;
          const mentions = findNumbers(text);
          checkInvariants(text, mentions);
          expect(mentions.map((m) => [m.value, m.unit, m.text])).toEqual([[n, unit, numeral + unit]]);
        },
      ),
    );
  });

  it('never throws and keeps span invariants on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        checkInvariants(text, findNumbers(text));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...STRESS), maxLength: 120 }), (text) => {
        checkInvariants(text, findNumbers(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a window exactly as the same text sliced out', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...STRESS), maxLength: 80 }), fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        const shifted = findNumbers(text.slice(from, to)).map((m) => ({
          ...m,
          start: m.start + from,
          end: m.end + from,
          numberStart: m.numberStart + from,
          numberEnd: m.numberEnd + from,
        }));
        expect(findNumbers(text, from, to)).toEqual(shifted);
      }),
    );
  });

  it('parseChineseNumeral never throws and returns a finite number or null', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...STRESS), maxLength: 12 }), (s) => {
        const value = parseChineseNumeral(s);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
    );
  });
});
