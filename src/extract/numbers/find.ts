/**
 * Finds the quantities a report states: "受理案件46件", "近13万份", "98.6%", "由53.4%提升至95%".
 *
 * One global regular expression proposes every numeral (Arabic, Chinese, 百分之…); each proposal is
 * then judged by looking a few characters either side: what unit follows, which qualifier words
 * surround it, and whether the context makes it a date, a document number, a list marker, a code
 * or part of a word. The scan is linear in the text: lookups are `startsWith` at fixed positions.
 */

import type { Qualifier } from '../types';
import { parseChineseNumeral, scaleDecimal } from './chinese';
import {
  ARABIC_MULTIPLIER_EXPONENTS,
  BARE_ONE_BLOCKED_BEFORE,
  BARE_ONE_BLOCKED_PHRASES,
  BARE_ONE_UNITS,
  BOUNDARY_UNITS,
  CHANGE_GAP_MAX,
  CHANGE_GAP_STOP,
  CHANGE_OPENERS,
  CHANGE_TRANSITIONS,
  CHINESE_BLOCKED_AFTER_UNIT,
  CHINESE_DIGIT_CHARS,
  CHINESE_MULTIPLIER_CHARS,
  CHINESE_NUMERAL_CHARS,
  CHINESE_UNITS,
  CHINESE_VAGUE_AFTER,
  CHINESE_VAGUE_BEFORE,
  DATE_YEAR_MAX,
  DATE_YEAR_MIN,
  DIGIT_SEPARATORS,
  GLUE_CHARS,
  HOTLINE_MAX,
  HOTLINE_MIN,
  INNER_APPROX,
  LIST_MARKER_AFTER,
  LIST_MARKER_BEFORE,
  MAX_INNER_SPACES,
  MAX_QUOTE_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_UNITLESS_DIGITS,
  MONEY_UNIT,
  ORDINAL_BEFORE,
  PERCENT_UNIT,
  PREFIX_QUALIFIER_BLOCKED_BEFORE,
  PREFIX_QUALIFIERS,
  type QualifierWord,
  QUOTE_PAIRS,
  RANGE_WORDS,
  SKIP_AFTER,
  SKIP_BEFORE,
  SUFFIX_NEEDS_BOUNDARY,
  SUFFIX_QUALIFIERS,
  SYMMETRIC_QUOTE,
  UNIT_BLOCKED_CONTINUATIONS,
  UNITLESS_ALLOWED_NEXT,
  UNITS,
  YUAN,
} from './constants';

/** One quantity stated in a text. All offsets are into the text given to {@link findNumbers}. */
export interface NumberMention {
  /** Span of the whole mention: prefix qualifier, numeral, unit and suffix qualifier. For a
   * change ("由53.4%提升至95%") it starts at 由/从, so the quote shows both values. */
  readonly start: number;
  readonly end: number;
  /** `text.slice(start, end)`. */
  readonly text: string;
  /** Span of the numeral as written, with 余/多 and a 万 after them: "2,973", "十余", "26万余",
   * "1.5万", "百分之九十五". */
  readonly numberStart: number;
  readonly numberEnd: number;
  /** The value in `unit`: "1.5万人" → 15000, "6308.73万元" → 6308.73, "1.2亿元" → 12000 (万元). */
  readonly value: number;
  readonly qualifier: Qualifier;
  /** True for "98.6%" and "百分之九十五"; not for "个百分点", which is a difference of rates. */
  readonly isPercent: boolean;
  /** The measure word after the number ("件", "人次", "万元"), `"%"` for a percentage, or null when
   * the number stands alone ("调处纠纷2973,涉及…"). Money written with 万 or 亿 is 万元. */
  readonly unit: string | null;
  /** For a change "由X提升至Y" / "从X提高到Y": X, while `value` is Y. */
  readonly previous?: number;
}

// Groups: 1 = 百分之 body; 2 = Arabic integer part, 3 = decimal part, 4 = multiplier; 5 = Chinese run.
// The Arabic integer takes a thousands separator only as 1–3 digits then groups of exactly three
// ("32,740" yes, "2973,740" no: that is 2973 and a clause comma). The lookbehind keeps a match from
// starting inside a digit run or right after a decimal point.
const NUMBER_PATTERN =
  /百分之(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)|(?<![\d.])(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?(万亿|百万|千万|万|亿|千)?|([零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+[万亿]?)?)/g;


/** A table of words keyed by one character, each list longest first. */
function indexBy(words: readonly string[], key: (word: string) => string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of words) {
    const k = key(word);
    const list = index.get(k);
    if (list) list.push(word);
    else index.set(k, [word]);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

const UNIT_INDEX = indexBy(UNITS, (word) => word[0]!);
const SKIP_AFTER_INDEX = indexBy(SKIP_AFTER, (word) => word[0]!);
const TRANSITION_INDEX = indexBy(CHANGE_TRANSITIONS, (word) => word[0]!);
const PREFIX_QUALIFIER_BY_WORD = new Map<string, Qualifier>(PREFIX_QUALIFIERS.map((q) => [q.word, q.qualifier]));
const PREFIX_INDEX = indexBy(
  PREFIX_QUALIFIERS.map((q) => q.word),
  (word) => word[word.length - 1]!,
);

function isIdeograph(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

function skipSpacesForward(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && p - pos < MAX_INNER_SPACES && isSpace(text[p])) p += 1;
  return p;
}

function skipSpacesBackward(text: string, pos: number, floor: number): number {
  let p = pos;
  while (p > floor && pos - p < MAX_INNER_SPACES && isSpace(text[p - 1])) p -= 1;
  return p;
}

function isLineStart(text: string, pos: number): boolean {
  let p = pos;
  while (p > 0 && isSpace(text[p - 1])) p -= 1;
  return p === 0 || text[p - 1] === '\n' || text[p - 1] === '\r';
}

function wordAt(index: Map<string, string[]>, text: string, pos: number): string | null {
  const list = index.get(text[pos] ?? '');
  if (!list) return null;
  for (const word of list) if (text.startsWith(word, pos)) return word;
  return null;
}

function suffixQualifierAt(text: string, pos: number): QualifierWord | null {
  for (const q of SUFFIX_QUALIFIERS) {
    if (!text.startsWith(q.word, pos)) continue;
    if (SUFFIX_NEEDS_BOUNDARY.has(q.word) && isIdeograph(text[pos + q.word.length])) continue;
    return q;
  }
  return null;
}

/** The measure word at `pos`, or null. Falls back to a shorter unit when a longer one is blocked. */
function unitAt(text: string, pos: number, chinese: boolean): string | null {
  const list = UNIT_INDEX.get(text[pos] ?? '');
  if (!list) return null;
  for (const unit of list) {
    if (!text.startsWith(unit, pos)) continue;
    if (chinese && !CHINESE_UNITS.has(unit)) continue;
    const after = pos + unit.length;
    const next = text[after];
    const blocked = UNIT_BLOCKED_CONTINUATIONS[unit];
    if (blocked !== undefined && next !== undefined && blocked.includes(next)) continue;
    if (BOUNDARY_UNITS.has(unit) && isIdeograph(next) && suffixQualifierAt(text, after) === null) continue;
    return unit;
  }
  return null;
}

const CLOSE_TO_OPEN = new Map<string, string>(Object.entries(QUOTE_PAIRS).map(([open, close]) => [close, open]));

/** Every character quote pairing looks at; the scan visits only these. */
const QUOTE_EVENT = new RegExp(
  '[\\n' + [SYMMETRIC_QUOTE, ...Object.keys(QUOTE_PAIRS), ...Object.values(QUOTE_PAIRS)].join('') + ']',
  'g',
);

/**
 * Marks the characters inside quotes and titles. Each kind of mark is paired on its own line, and
 * only within a length limit: a lost quote mark (common in pasted reports) then hides at most a
 * few words, never the rest of the paragraph.
 */
function quoteMask(text: string): Uint8Array | null {
  let mask: Uint8Array | null = null;
  const open = new Map<string, number>(); // opening mark → position of the pending one
  let symmetric = -1;
  const mark = (from: number, to: number): void => {
    mask ??= new Uint8Array(text.length);
    mask.fill(1, from, to + 1);
  };
  QUOTE_EVENT.lastIndex = 0;
  for (let event = QUOTE_EVENT.exec(text); event !== null; event = QUOTE_EVENT.exec(text)) {
    const i = event.index;
    const ch = event[0];
    if (ch === '\n') {
      symmetric = -1;
      if (open.size > 0) open.clear();
      continue;
    }
    if (ch === SYMMETRIC_QUOTE) {
      if (symmetric >= 0 && i - symmetric - 1 <= MAX_QUOTE_LENGTH) {
        mark(symmetric, i);
        symmetric = -1;
      } else symmetric = i;
      continue;
    }
    const limit = ch === '《' || ch === '》' ? MAX_TITLE_LENGTH : MAX_QUOTE_LENGTH;
    if (QUOTE_PAIRS[ch] !== undefined) {
      const pending = open.get(ch);
      // A second opening mark restarts the pair only once the first is too old to close.
      if (pending === undefined || i - pending > limit) open.set(ch, i);
      continue;
    }
    const opener = CLOSE_TO_OPEN.get(ch)!;
    const pending = open.get(opener);
    if (pending !== undefined && i - pending - 1 <= limit) mark(pending, i);
    open.delete(opener);
  }
  return mask;
}

function combineQualifiers(prefix: Qualifier | null, inner: boolean, suffix: Qualifier | null): Qualifier {
  // A bound says more than "about": "超过95%以上" is at least 95. The word nearer the end wins
  // between two bounds, as a reader takes the last word as the correction.
  if (suffix === 'at_least' || suffix === 'at_most') return suffix;
  if (prefix === 'at_least' || prefix === 'at_most') return prefix;
  if (prefix === 'approx' || inner || suffix === 'approx') return 'approx';
  return 'exact';
}

interface Candidate {
  mention: NumberMention;
  /** Kept only because a change phrase follows ("由53.4提升至95"); dropped if the change fails. */
  keptForChange: boolean;
  /** An ordinal (第5次, 届三次): never reported, but its end lets a 、-list continue it. */
  ordinal: boolean;
}

interface PendingChange {
  readonly candidate: Candidate;
  /** Where 由/从 is. */
  readonly openerAt: number;
  /** Where the second number (with its prefix qualifier) must start: right after the verb, or
   * after a short phrase ending in 的 ("下降到2022年的38件"). */
  readonly expectAt: number;
  readonly expectAtAfterGap: number;
}

/**
 * Judges the numeral the pattern matched at `match.index`. Returns null when it is not a quantity.
 * `floor` is the end of the previous mention: prefix words are not looked for before it.
 */
function judge(text: string, match: RegExpExecArray, floor: number, mask: Uint8Array | null): Candidate | null {
  const s = match.index;
  const numberEnd = s + match[0].length;
  if (mask !== null && mask[s] === 1) return null;

  const percentBody = match[1];
  const arabicInteger = match[2];
  const chineseRun = match[5];
  const isArabic = arabicInteger !== undefined;
  const isChinese = chineseRun !== undefined;

  // The numeral itself.
  let digits = ''; // Arabic digits without separators
  let exponent = 0; // power of ten written after Arabic digits
  let chineseValue = 0;
  let chineseEndsWithBig = false;
  let isPercent = false;
  if (percentBody !== undefined) {
    const v = percentBody === '百' ? 100 : parseChineseNumeral(percentBody);
    if (v === null) return null;
    chineseValue = v;
    isPercent = true;
  } else if (isArabic) {
    digits = arabicInteger.replaceAll(',', '') + (match[3] ?? '');
    const multiplier = match[4];
    if (multiplier !== undefined) exponent = ARABIC_MULTIPLIER_EXPONENTS[multiplier]!;
  } else if (isChinese) {
    const point = chineseRun.indexOf('点');
    const run = point < 0 ? chineseRun : chineseRun.slice(0, point); // the whole part of 三点五万
    // A lone multiplier (万人, 千名, 百家) is a word; so is a digit-by-digit pair (一两个, 三五人:
    // a range) and anything led by 零 (零距离, 零投诉).
    let hasDigit = false;
    let hasMultiplier = false;
    for (const ch of run) {
      if (CHINESE_DIGIT_CHARS.includes(ch)) hasDigit = true;
      else if (CHINESE_MULTIPLIER_CHARS.includes(ch)) hasMultiplier = true;
    }
    if (!hasDigit && run[0] !== '十') return null;
    if (!hasMultiplier && run.length > 1) return null;
    if (run[0] === '零' || run[0] === '〇') return null;
    const v = parseChineseNumeral(chineseRun);
    if (v === null) return null;
    chineseValue = v;
    const last = chineseRun[chineseRun.length - 1];
    chineseEndsWithBig = last === '万' || last === '亿';
  }

  // What comes before.
  const before = skipSpacesBackward(text, s, floor);
  if (SKIP_BEFORE.includes(text[before - 1] ?? '\0')) return null;
  const ordinal = ORDINAL_BEFORE.includes(text[before - 1] ?? '\0');
  const prevChar = text[s - 1];
  if (isArabic) {
    if (isLetter(prevChar) || GLUE_CHARS.includes(prevChar ?? '\0')) return null;
    if (DIGIT_SEPARATORS.includes(prevChar ?? '\0') && isDigit(text[s - 2])) return null;
  } else if (isChinese) {
    if (isDigit(prevChar) || CHINESE_VAGUE_BEFORE.includes(prevChar ?? '\0')) return null;
    if (chineseRun === '一' && BARE_ONE_BLOCKED_BEFORE.includes(prevChar ?? '\0')) return null;
  }

  // What comes right after the numeral.
  const nextChar = text[numberEnd];
  if (isArabic) {
    if (isLetter(nextChar) || GLUE_CHARS.includes(nextChar ?? '\0')) return null;
    if (DIGIT_SEPARATORS.includes(nextChar ?? '\0') && isDigit(text[numberEnd + 1])) return null;
  } else if (isChinese && CHINESE_VAGUE_AFTER.includes(nextChar ?? '\0')) return null;

  const look = skipSpacesForward(text, numberEnd);
  if (wordAt(SKIP_AFTER_INDEX, text, look) !== null) return null;
  let pos = numberEnd; // end of the mention so far; spaces count only when something follows them

  let numeralEnd = numberEnd; // grows over 余/多 and a following 万: "十余", "26万余", "十余万"
  let inner = false;
  let extraExponent = 0; // 万/亿 written after 余/多: "十余万人", "130余万元"
  let unit: string | null = null;
  let unitStart = -1;
  if (!isPercent && text[look] === '%') {
    isPercent = true;
    pos = look + 1;
  } else if (!isPercent) {
    let q = look;
    const innerChar = text[q];
    if (innerChar !== undefined && INNER_APPROX.includes(innerChar)) {
      inner = true;
      q += 1;
      const big = text[q];
      const alreadyScaled = exponent > 0 || chineseEndsWithBig;
      if (!alreadyScaled && (big === '万' || big === '亿')) {
        extraExponent = big === '万' ? 4 : 8;
        q += 1;
      }
      const innerEnd = q;
      q = skipSpacesForward(text, q);
      if (wordAt(SKIP_AFTER_INDEX, text, q) !== null) return null; // 10多年, 3余月
      unit = unitAt(text, q, isChinese);
      if (unit === null) {
        // 来 means "about" only before a unit; without one it is a verb (以来, 到来).
        if (innerChar === '来') {
          inner = false;
          extraExponent = 0;
        } else pos = innerEnd;
      }
      if (inner) numeralEnd = innerEnd;
    } else unit = unitAt(text, q, isChinese);
    if (unit !== null) {
      unitStart = q;
      pos = q + unit.length;
    }
  }

  // A Chinese numeral counts only with a measure word or as a percentage.
  if (isChinese && unit === null && !isPercent) return null;
  if (isChinese && unit !== null) {
    const afterUnit = unitStart + unit.length;
    if (CHINESE_NUMERAL_CHARS.includes(text[afterUnit] ?? '\0')) return null; // 一村一, 五个一, 三天两头
    if (chineseRun === '一') {
      if (!BARE_ONE_UNITS.has(unit)) return null;
      if (BARE_ONE_BLOCKED_PHRASES.some((phrase) => text.startsWith(phrase, s))) return null;
    }
    const blocked = CHINESE_BLOCKED_AFTER_UNIT[unit];
    if (blocked !== undefined && blocked.some((word) => text.startsWith(word, afterUnit))) return null;
  }

  const suffixAt = skipSpacesForward(text, pos);
  const suffix = suffixQualifierAt(text, suffixAt);
  if (suffix !== null) pos = suffixAt + suffix.word.length;
  const end = pos;

  // A unitless Arabic number must look like a quantity standing alone.
  let keptForChange = false;
  if (isArabic && unit === null && !isPercent) {
    const plainInteger = match[3] === undefined && match[4] === undefined && !arabicInteger.includes(',');
    if (plainInteger && !inner) {
      if (digits.length > MAX_UNITLESS_DIGITS) return null; // phone, index and ID numbers
      const n = Number(digits);
      if (n >= HOTLINE_MIN && n <= HOTLINE_MAX) return null;
      const after = text[numberEnd];
      const beforeChar = text[s - 1];
      // List markers: "1." "2、" "3)" at a line start or after a sentence; "(1)" anywhere.
      if (after !== undefined && LIST_MARKER_AFTER.includes(after)) {
        if (isLineStart(text, s)) return null;
        if (after !== ')' && LIST_MARKER_BEFORE.includes(text[skipSpacesBackward(text, s, 0) - 1] ?? '\0')) return null;
      }
      if (beforeChar === '(' && after === ')') return null;
    }
    const fraction = match[3];
    if (fraction !== undefined && match[4] === undefined && fraction.length <= 3) {
      const year = Number(digits.slice(0, digits.indexOf('.')));
      const month = Number(fraction.slice(1));
      if (year >= DATE_YEAR_MIN && year <= DATE_YEAR_MAX && month >= 1 && month <= 12) return null; // 2023.12
    }
    const nextAt = skipSpacesForward(text, end);
    const next = text[nextAt];
    if (next === '(' && plainInteger) return null; // "81890(拨一拨就灵)人民调解服务专线"
    if (next !== undefined && RANGE_WORDS.includes(next) && isDateRangeEnd(text, nextAt + 1)) return null; // 2021至2025年
    if (isIdeograph(next) && !UNITLESS_ALLOWED_NEXT.includes(next!)) {
      // Runs into a word: a name or code ("12345市民热线", "5180工作室", "14812岁"), unless it
      // is the first number of a change ("由53.4提升至95").
      if (changeAfter(text, end) < 0) return null;
      keptForChange = true;
    }
  }

  // The value in the unit reported.
  let value: number;
  if (isArabic) {
    const scale = exponent + extraExponent;
    if (unit === YUAN && scale >= 4) {
      unit = MONEY_UNIT;
      value = scaleDecimal(digits, scale - 4);
    } else value = scaleDecimal(digits, scale);
  } else if (isChinese) {
    if (unit === YUAN && (chineseEndsWithBig || extraExponent >= 4)) {
      unit = MONEY_UNIT;
      value = scaleDecimal(String(chineseValue), extraExponent - 4);
    } else value = scaleDecimal(String(chineseValue), extraExponent);
  } else value = chineseValue;
  if (!Number.isFinite(value)) return null;

  // Prefix qualifier.
  let start = s;
  let prefix: Qualifier | null = null;
  const qualifierEnd = skipSpacesBackward(text, s, floor);
  const candidates = PREFIX_INDEX.get(text[qualifierEnd - 1] ?? '');
  if (candidates) {
    for (const word of candidates) {
      const at = qualifierEnd - word.length;
      if (at < floor || !text.startsWith(word, at)) continue;
      if (word.length === 1 && PREFIX_QUALIFIER_BLOCKED_BEFORE[word]?.includes(text[at - 1] ?? '\0')) continue;
      prefix = PREFIX_QUALIFIER_BY_WORD.get(word)!;
      start = at;
      break;
    }
  }

  const mention: NumberMention = {
    start,
    end,
    text: text.slice(start, end),
    numberStart: s,
    numberEnd: numeralEnd,
    value,
    qualifier: combineQualifiers(prefix, inner, suffix?.qualifier ?? null),
    isPercent,
    unit: isPercent ? PERCENT_UNIT : unit,
  };
  return { mention, keptForChange, ordinal };
}

/** True when a number at `pos` is followed by a date word: the end of "2021至2025年". */
function isDateRangeEnd(text: string, pos: number): boolean {
  let p = skipSpacesForward(text, pos);
  const digitsStart = p;
  while (isDigit(text[p])) p += 1;
  return p > digitsStart && wordAt(SKIP_AFTER_INDEX, text, skipSpacesForward(text, p)) !== null;
}

/**
 * Where 由/从 opens a change whose first number starts at `pos`: right before it ("由53.4%") or
 * before a short phrase ending in 的 ("由原来的30个工作日", "由2021年的10%"). -1 when none.
 */
function changeOpenerBefore(text: string, pos: number, floor: number): number {
  const at = skipSpacesBackward(text, pos, floor) - 1;
  if (at < floor) return -1;
  if (CHANGE_OPENERS.includes(text[at]!)) return at;
  if (text[at] !== '的') return -1;
  for (let p = at - 1; p >= floor && at - p <= CHANGE_GAP_MAX; p -= 1) {
    const ch = text[p]!;
    if (CHANGE_OPENERS.includes(ch)) return p;
    if (CHANGE_GAP_STOP.includes(ch)) return -1;
  }
  return -1;
}

/** After a short phrase ending in 的 at `pos` ("2022年的"), where the next word starts; else -1. */
function gapAfter(text: string, pos: number): number {
  for (let p = pos; p < text.length && p - pos < CHANGE_GAP_MAX; p += 1) {
    const ch = text[p]!;
    if (ch === '的') return skipSpacesForward(text, p + 1);
    if (CHANGE_GAP_STOP.includes(ch)) return -1;
  }
  return -1;
}

/** End of a change phrase ("提升至", "提高到了") starting at `pos` (spaces allowed), or -1. */
function changeAfter(text: string, pos: number): number {
  const at = skipSpacesForward(text, pos);
  const word = wordAt(TRANSITION_INDEX, text, at);
  return word === null ? -1 : skipSpacesForward(text, at + word.length);
}

/**
 * Finds the quantities stated in `text[from, to)`, in order and never overlapping.
 *
 * Skipped, because they are not quantities: years and dates (2022年, 3月18日, 2021-03-11, and
 * run-together dates like 1011日 / 20209月), ordinals (第5次, 第二), rate bases (每10万人), document
 * numbers (〔2022〕23号), plan periods (2021—2025年), hotlines and codes (12345, “5180(我要帮您)”,
 * numbers inside quotes or 《》), list markers (1. 2、 (1) 一是), versions (2.0方案), names with letters
 * or + (5G, 1+X), slogan durations (15分钟), times (10:19:38), ages (14812岁), and Chinese numerals
 * inside words (一体, 三项制度, 两个维护, 十四五). A Chinese numeral counts only with a measure word or
 * as a percentage.
 *
 * Only the window is read: the result equals `findNumbers(text.slice(from, to))` shifted by `from`.
 *
 * @param text the normalized view of a report (`normalizeForMatching` in ../normalize); offsets
 *   are the same in the original
 * @param from first offset to read (default 0)
 * @param to offset to stop before (default `text.length`)
 * @returns mentions sorted by `start`, with offsets into `text`
 */
export function findNumbers(text: string, from = 0, to = text.length): NumberMention[] {
  const lo = Math.max(0, Math.min(text.length, Math.trunc(Number.isNaN(from) ? 0 : from)));
  const hi = Math.max(lo, Math.min(text.length, Math.trunc(Number.isNaN(to) ? text.length : to)));
  if (lo !== 0 || hi !== text.length) {
    return findNumbers(text.slice(lo, hi)).map((m) => ({
      ...m,
      start: m.start + lo,
      end: m.end + lo,
      numberStart: m.numberStart + lo,
      numberEnd: m.numberEnd + lo,
    }));
  }

  const out: NumberMention[] = [];
  const mask = quoteMask(text);
  let floor = 0;
  let ordinalEnd = -1; // end of the last ordinal, so "三次、四次" stays ordinal
  let pending: PendingChange | null = null;
  const flush = (): void => {
    if (pending !== null && !pending.candidate.keptForChange) out.push(pending.candidate.mention);
    pending = null;
  };

  const pattern = NUMBER_PATTERN;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const candidate = judge(text, match, floor, mask);
    if (candidate === null) continue;
    let { mention } = candidate;
    if (candidate.ordinal || (ordinalEnd >= 0 && mention.start === ordinalEnd + 1 && text[ordinalEnd] === '、')) {
      ordinalEnd = mention.end;
      continue;
    }

    if (pending !== null) {
      const change: PendingChange = pending;
      const startsChange = mention.start === change.expectAt || mention.start === change.expectAtAfterGap;
      if (startsChange && !candidate.keptForChange) {
        mention = {
          ...mention,
          start: change.openerAt,
          text: text.slice(change.openerAt, mention.end),
          previous: change.candidate.mention.value,
        };
        pending = null;
        out.push(mention);
        floor = mention.end;
        pattern.lastIndex = mention.end;
        continue;
      }
      flush();
    }

    // Is this the first number of a change, "由X提升至Y"?
    const openerAt = changeOpenerBefore(text, mention.start, floor);
    const expectAt = openerAt >= 0 ? changeAfter(text, mention.end) : -1;
    if (expectAt >= 0) pending = { candidate, openerAt, expectAt, expectAtAfterGap: gapAfter(text, expectAt) };
    else if (!candidate.keptForChange) out.push(mention);
    floor = mention.end;
    pattern.lastIndex = mention.end;
  }
  flush();
  return out;
}
