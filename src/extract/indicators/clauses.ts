/**
 * Clause structure of a paragraph. Reports chain clauses with commas and let later clauses inherit
 * the subject of earlier ones ("受理…复议案件46件,涉政府复议案件24件,年内办结49件"), so indicator
 * matching needs to know which clause a number sits in and which clauses precede it in its sentence.
 */

import type { NumberMention } from '../numbers';

export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/**
 * What each separator does, by UTF-16 code unit: the split reads every character of every
 * paragraph, and a string made of each (a CJK character is not cached) cost most of it.
 */
const SENTENCE_BREAK = 1;
// A semicolon separates parallel clauses of one thought ("受理40件,不予受理5件;已审结38件"): the
// clause after it may still borrow its subject, so it ends a clause, not a sentence.
const CLAUSE_BREAK = 2;
/** A clause break that does not split inside brackets. */
const BRACKETED_BREAK = 3;
const BREAK_KIND = new Uint8Array(0x10000);
for (const ch of ['。', '!', '?', '\n']) BREAK_KIND[ch.charCodeAt(0)] = SENTENCE_BREAK;
for (const ch of [':', ';']) BREAK_KIND[ch.charCodeAt(0)] = CLAUSE_BREAK;
for (const ch of ['、', ',']) BREAK_KIND[ch.charCodeAt(0)] = BRACKETED_BREAK;
const ENUMERATION_COMMA = '、'.charCodeAt(0);
/**
 * Names of events up to 等 and the events they exemplify (「宪法周、国家安全日等活动」), or topics up to
 * 等方面 (「涉及人居环境、电力改造等方面建议」), with no figure and no clause or sentence break between. A list totalled without such a head (「审查规范性文件、行政合同等
 * 共计2174件」) counts its items together, and its items stay clauses of their own.
 */
const NAMES_UNTIL_DENG =
  /^[^,;:。!?\n\d〇零一二三四五六七八九十百千万]*?等(?:各类|系列|主题|专题|普法|宣传|法治|法律|宣讲|集中)*(?:活动|讲座|宣讲|方面)/;
/** How far after a 、 the closing 等 of a list of names is looked for. */
const NAMES_REACH = 24;
const TITLE_OPEN = '《'.charCodeAt(0);
const TITLE_CLOSE = '》'.charCodeAt(0);
const BRACKET_OPEN = '('.charCodeAt(0);
const BRACKET_CLOSE = ')'.charCodeAt(0);

/**
 * Splits a normalized paragraph into clauses. Separators inside a number mention ("32,740") do
 * not split, and neither do separators inside 《》 titles.
 */
export function splitClauses(text: string, mentions: readonly NumberMention[]): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  let clauseStart = 0;
  let mentionIndex = 0;
  let titleDepth = 0;
  let bracketDepth = 0;
  for (let i = 0; i < text.length; i += 1) {
    while (mentionIndex < mentions.length && mentions[mentionIndex]!.end <= i) mentionIndex += 1;
    const insideMention = mentionIndex < mentions.length && mentions[mentionIndex]!.start <= i;
    const code = text.charCodeAt(i);
    if (code === TITLE_OPEN) titleDepth += 1;
    else if (code === TITLE_CLOSE) titleDepth = Math.max(0, titleDepth - 1);
    else if (code === BRACKET_OPEN) bracketDepth += 1;
    else if (code === BRACKET_CLOSE) bracketDepth = Math.max(0, bracketDepth - 1);
    if (insideMention || titleDepth > 0) continue;
    const kind = BREAK_KIND[code]!;
    const endsSentence = kind === SENTENCE_BREAK;
    // A list inside brackets (「纠错(含撤销、确认违法)29件」) is an aside of its clause, not clauses of
    // its own; a bracket left open is closed by its sentence's end.
    if (endsSentence) bracketDepth = 0;
    else if (bracketDepth > 0 && kind === BRACKETED_BREAK) continue;
    // 「开展民法典宣传月、宪法周等活动18场」: events named by example before 等 are one noun, not clauses —
    // when the names carry no figure of their own (「受理28件、办结25件」 stays two clauses).
    if (
      code === ENUMERATION_COMMA &&
      !hasMentionSince(mentions, mentionIndex, clauseStart) &&
      NAMES_UNTIL_DENG.test(text.slice(i + 1, i + 1 + NAMES_REACH))
    )
      continue;
    if (kind !== 0) {
      if (i > clauseStart) clauses.push({ start: clauseStart, end: i, sentence });
      clauseStart = i + 1;
      if (endsSentence) sentence += 1;
    }
  }
  if (text.length > clauseStart) clauses.push({ start: clauseStart, end: text.length, sentence });
  return clauses;
}

/** Whether the last mention passed (those before `mentionIndex` end before the split point) starts in the clause. */
function hasMentionSince(mentions: readonly NumberMention[], mentionIndex: number, clauseStart: number): boolean {
  const previous = mentions[mentionIndex - 1];
  return previous !== undefined && previous.start >= clauseStart;
}

/** Index of the clause holding `position`, or -1. Clauses are sorted and disjoint. */
export function clauseIndexAt(clauses: readonly Clause[], position: number): number {
  let low = 0;
  let high = clauses.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const clause = clauses[middle]!;
    if (position < clause.start) high = middle - 1;
    else if (position >= clause.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
