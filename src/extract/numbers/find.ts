/**
 * Finds the quantities a report states: "受理案件46件", "近13万份", "98.6%", "由53.4%提升至95%".
 *
 * One regular expression proposes every numeral (Arabic, Chinese, 百分之…); each proposal is
 * then judged by small parsers (./parsers, one job per file) that look a few characters either
 * side: the numeral, its context (dates, codes, list markers, ordinals), its unit and inner
 * qualifier, prefix and suffix qualifiers, the unitless checks, and 由X至Y changes. The scan is
 * linear in the text: lookups are `startsWith` at fixed positions.
 */

import type { Qualifier } from '../types';
import { scaleDecimal } from './chinese';
import { MONEY_UNIT, PERCENT_UNIT, YUAN } from './constants';
import { changeAfter, changeOpenerBefore, gapAfter } from './parsers/change';
import { judgeContext } from './parsers/context';
import { type Numeral, readNumeral } from './parsers/numeral';
import { combineQualifiers, prefixQualifierBefore, suffixQualifierAt } from './parsers/qualifier';
import { quoteMask } from './parsers/quotes';
import { readTail, type Tail } from './parsers/unit';
import { judgeUnitless } from './parsers/unitless';
import { nextNumeral } from './scan';
import { skipSpacesForward } from './text';

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

/** The value in the unit reported; money written with 万/亿 before 元 becomes 万元. */
function valueOf(numeral: Numeral, tail: Tail): { readonly value: number; readonly unit: string | null } {
  if (numeral.kind === 'percent') return { value: numeral.value, unit: tail.unit };
  const scale = (numeral.kind === 'arabic' ? numeral.exponent : 0) + tail.extraExponent;
  const digits = numeral.kind === 'arabic' ? numeral.digits : String(numeral.value);
  const inTenThousands = numeral.kind === 'arabic' ? scale >= 4 : numeral.endsWithBig || tail.extraExponent >= 4;
  if (tail.unit === YUAN && inTenThousands) {
    // A Chinese run already holds its 万 in its value: only the 万 written after 余/多 scales it.
    return { value: scaleDecimal(digits, (numeral.kind === 'arabic' ? scale : tail.extraExponent) - 4), unit: MONEY_UNIT };
  }
  return { value: scaleDecimal(digits, numeral.kind === 'arabic' ? scale : tail.extraExponent), unit: tail.unit };
}

/**
 * Judges the numeral the pattern matched at `match.index`: the six parsers in turn (numeral,
 * context, unit, qualifiers, unitless checks, change). Returns null when it is not a quantity.
 * `floor` is the end of the previous mention: prefix words are not looked for before it.
 */
function judge(text: string, match: RegExpExecArray, floor: number, mask: Uint8Array | null): Candidate | null {
  const start = match.index;
  const numberEnd = start + match[0].length;
  if (mask !== null && mask[start] === 1) return null;
  const numeral = readNumeral(match);
  if (numeral === null) return null;
  const context = judgeContext(text, start, numberEnd, numeral, floor);
  if (!context.quantity) return null;
  const tail = readTail(text, start, numberEnd, numeral);
  if (tail === null) return null;

  const suffixAt = skipSpacesForward(text, tail.end);
  const suffix = suffixQualifierAt(text, suffixAt);
  const end = suffix === null ? tail.end : suffixAt + suffix.word.length;

  let keptForChange = false;
  if (numeral.kind === 'arabic' && tail.unit === null && !tail.isPercent) {
    const verdict = judgeUnitless(text, start, numberEnd, end, numeral, tail.inner);
    if (verdict === 'not-quantity') return null;
    keptForChange = verdict === 'change-start';
  }

  const { value, unit } = valueOf(numeral, tail);
  if (!Number.isFinite(value)) return null;
  const prefix = prefixQualifierBefore(text, start, floor);
  const mentionStart = prefix?.start ?? start;
  const mention: NumberMention = {
    start: mentionStart,
    end,
    text: text.slice(mentionStart, end),
    numberStart: start,
    numberEnd: tail.numeralEnd,
    value,
    qualifier: combineQualifiers(prefix?.qualifier ?? null, tail.inner, suffix?.qualifier ?? null),
    isPercent: tail.isPercent,
    unit: tail.isPercent ? PERCENT_UNIT : unit,
  };
  return { mention, keptForChange, ordinal: context.ordinal };
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

  // Where the scan goes on: after the last match, or after the mention it was part of.
  let resume: number;
  for (let match = nextNumeral(text, 0); match !== null; match = nextNumeral(text, resume)) {
    resume = match.index + match[0].length;
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
        resume = mention.end;
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
    resume = mention.end;
  }
  flush();
  return out;
}
