/**
 * Matches the numbers of one paragraph to catalogue indicators. A number goes to at most one
 * indicator, the best-scoring rule; a number no rule claims is left alone, because a wrong value
 * is worse than a missing one.
 */

import type { IndicatorId, IndicatorUnit } from '../catalogue';
import { findIndicator } from '../catalogue';
import type { NumberMention } from '../numbers';
import type { JurisdictionLevel, Qualifier } from '../types';
import { type Clause, clauseIndexAt, splitClauses } from './clauses';
import { HIGHER_LEVEL_PREFIX, INDICATOR_RULES, type IndicatorRule, SUBSET_OPENING, TARGET_WORDS } from './rules';

export interface IndicatorCandidate {
  readonly indicator: IndicatorId;
  readonly value: number;
  readonly unit: IndicatorUnit;
  readonly qualifier: Qualifier;
  /** Quote span, relative to the paragraph. */
  readonly quoteStart: number;
  readonly quoteEnd: number;
  readonly confidence: number;
  /** Index of the sentence in the paragraph: derived values combine counts of one sentence only. */
  readonly sentence: number;
}

export interface MatchContext {
  /** The year the report is about; figures explicitly of another year are not this year's. */
  readonly reportYear: number | null;
  readonly level: JurisdictionLevel | null;
  /**
   * In a plans section every figure is a target already and is kept as one (the reader shows it
   * as such); elsewhere a clause worded as a target (力争, 目标…) yields nothing.
   */
  readonly inPlans: boolean;
}

interface Found {
  readonly start: number;
  readonly end: number;
  /** 0 when found in the number's own clause, else how many clauses back. */
  readonly distance: number;
  readonly clauseStart: number;
}

const YEAR_IN_TEXT = /(\d{4})\s*年(?!度?以来|以来|底前|前)/g;
const LOWER_LEVELS: ReadonlySet<JurisdictionLevel> = new Set(['区', '县', '旗', '镇', '乡', '街道', '开发区']);

function searchIn(text: string, pattern: RegExp, from: number, to: number): { start: number; end: number } | null {
  const match = pattern.exec(text.slice(from, to));
  return match ? { start: from + match.index, end: from + match.index + match[0].length } : null;
}

/**
 * Looks for `pattern` in the number's own context (both sides, up to the neighbouring numbers),
 * then, unless `ownOnly`, in the earlier clauses of the same sentence, nearest first.
 */
function locate(
  text: string,
  pattern: RegExp,
  own: { start: number; end: number; mention: NumberMention },
  clauses: readonly Clause[],
  clauseIndex: number,
  ownOnly: boolean,
): Found | null {
  const clause = clauses[clauseIndex]!;
  const left = searchIn(text, pattern, own.start, own.mention.start);
  // Words after the number describe it only when no other number follows in the clause: in
  // "173个人民调解委员会共调解各类纠纷2,105件" the 纠纷 belong to 2,105, not to 173.
  const lastInClause = own.end === clause.end;
  const right = left ?? (lastInClause ? searchIn(text, pattern, own.mention.end, own.end) : null);
  const hit = left ?? right;
  if (hit) return { ...hit, distance: 0, clauseStart: clause.start };
  if (ownOnly) return null;
  for (let index = clauseIndex - 1; index >= 0; index -= 1) {
    const earlier = clauses[index]!;
    if (earlier.sentence !== clause.sentence) break;
    const found = searchIn(text, pattern, earlier.start, earlier.end);
    if (found) return { ...found, distance: clauseIndex - index, clauseStart: earlier.start };
  }
  return null;
}

/** The part of the clause that belongs to this number: up to the neighbouring numbers. */
function ownContext(
  clause: Clause,
  mention: NumberMention,
  mentions: readonly NumberMention[],
  index: number,
): { start: number; end: number; mention: NumberMention } {
  const previous = mentions[index - 1];
  const next = mentions[index + 1];
  const start = previous && previous.end > clause.start ? previous.end : clause.start;
  const end = next && next.start < clause.end ? next.start : clause.end;
  return { start, end, mention };
}

function unitFits(rule: IndicatorRule, mention: NumberMention): boolean {
  switch (rule.measure) {
    case 'percent':
      return mention.isPercent;
    case 'money':
      return !mention.isPercent && (mention.unit === '万元' || mention.unit === '元' || mention.unit === '亿元');
    case 'count':
      if (mention.isPercent) return false;
      if (mention.unit === null) return rule.unitOptional === true;
      return rule.units ? rule.units.test(mention.unit) : true;
  }
}

/** Money is stored in 万元 whatever the report wrote. */
function valueInCatalogueUnit(rule: IndicatorRule, mention: NumberMention): number {
  if (rule.measure !== 'money') return mention.value;
  if (mention.unit === '元') return mention.value / 10_000;
  if (mention.unit === '亿元') return mention.value * 10_000;
  return mention.value;
}

/**
 * True when the sentence names another year before this number ("2019年,区委成立…"): such a
 * figure belongs to that year. Years inside 《》 titles and "2019年以来" do not count.
 */
function isOtherYearFigure(text: string, sentenceStart: number, mentionStart: number, reportYear: number | null): boolean {
  if (reportYear === null) return false;
  const before = text.slice(sentenceStart, mentionStart).replace(/《[^》]*》/g, (title) => ' '.repeat(title.length));
  let nearest: number | null = null;
  for (const match of before.matchAll(YEAR_IN_TEXT)) nearest = Number(match[1]);
  return nearest !== null && nearest !== reportYear;
}

function sentenceStartOf(clauses: readonly Clause[], clauseIndex: number): number {
  let index = clauseIndex;
  while (index > 0 && clauses[index - 1]!.sentence === clauses[clauseIndex]!.sentence) index -= 1;
  return clauses[index]!.start;
}

/** Words that say nothing of what is counted: time, totals, linking verbs. */
const FILLER = /全年|年内|今年|本年|当年|累计|合计|共计|共|均|已|达到|达|为|了|各类|其中|\s/g;
const RESIDUAL_LIMIT = 3;

function namesAnotherThing(text: string, own: { start: number; end: number; mention: NumberMention }, action: Found): boolean {
  const before = text.slice(own.start, own.mention.start);
  const after = text.slice(own.mention.end, own.end);
  const withoutAction =
    action.distance === 0 && action.start >= own.start && action.end <= own.mention.start
      ? text.slice(own.start, action.start) + text.slice(action.end, own.mention.start)
      : before;
  const residual = (withoutAction + after).replace(FILLER, '');
  return residual.length > RESIDUAL_LIMIT;
}

/** Without an action word, the subject must be nearly all the clause says ("一审行政诉讼案件108件"). */
function namesAnotherThingBesides(text: string, own: { start: number; end: number; mention: NumberMention }, subject: Found): boolean {
  const before = text.slice(own.start, subject.start) + text.slice(subject.end, own.mention.start);
  const after = subject.start >= own.mention.end ? text.slice(own.mention.end, subject.start) + text.slice(subject.end, own.end) : text.slice(own.mention.end, own.end);
  return (before + after).replace(FILLER, '').replace(/一审|各类|全(年|区|县|市|镇)/g, '').length > RESIDUAL_LIMIT;
}

function scoreRule(
  rule: IndicatorRule,
  text: string,
  own: { start: number; end: number; mention: NumberMention },
  clauses: readonly Clause[],
  clauseIndex: number,
  sentenceStart: number,
  paragraphLead: string,
): { confidence: number; quoteStart: number; quoteEnd: number } | null {
  const mention = own.mention;
  if (!unitFits(rule, mention)) return null;
  const ownText = text.slice(own.start, mention.start) + '#' + text.slice(mention.end, own.end);
  if (rule.exclude?.test(ownText)) return null;
  const subject = locate(text, rule.subject, own, clauses, clauseIndex, rule.subjectInOwnClause === true);
  if (!subject) return null;
  const action = rule.action ? locate(text, rule.action, own, clauses, clauseIndex, false) : null;
  const missingAction = rule.action !== undefined && action === null;
  if (missingAction && !(rule.actionOptional && subject.distance === 0)) return null;
  // The number's own clause must say something of it; two inherited parts is a guess.
  if (subject.distance > 0 && (action === null || action.distance > 0)) return null;
  if (missingAction && namesAnotherThingBesides(text, own, subject)) return null;
  // A clause may borrow its subject only when it names no other thing: "年内办结49件" borrows
  // 复议 from the clause before, "重大行政执法决定审查10件" names its own object and does not.
  if (subject.distance > 0 && action && namesAnotherThing(text, own, action)) return null;

  let confidence = rule.weight;
  if (missingAction) confidence *= 0.85;
  if (subject.distance > 0) confidence *= 0.75 ** subject.distance;
  if (action && action.distance > 0) confidence *= 0.85;
  if (rule.topic) {
    const sentenceSoFar = text.slice(sentenceStart, own.end);
    if (!rule.topic.test(sentenceSoFar)) {
      if (!rule.topic.test(paragraphLead)) return null;
      confidence *= 0.85;
    }
  }
  const quoteStart = Math.min(subject.clauseStart, action?.clauseStart ?? Infinity, mention.start);
  // Words after the number ("受理159件行政复议案件") belong to the quote up to the clause's end.
  const namedAfter = [subject, action].some((part) => part !== null && part.distance === 0 && part.start >= mention.end);
  const quoteEnd = namedAfter ? own.end : Math.max(mention.end, subject.end, action?.end ?? 0);
  return { confidence, quoteStart, quoteEnd };
}

function trimQuoteStart(text: string, start: number, end: number): number {
  let position = start;
  while (position < end && /[\s,、:;。"“'(]/.test(text[position]!)) position += 1;
  return position;
}

/**
 * Finds indicator candidates in one paragraph.
 * @param text the paragraph's normalized text
 * @param mentions the numbers found in it, sorted by position
 */
export function matchParagraph(text: string, mentions: readonly NumberMention[], context: MatchContext): IndicatorCandidate[] {
  const clauses = splitClauses(text, mentions);
  const leadEnd = text.search(/[。!?;]/);
  const paragraphLead = leadEnd === -1 ? text : text.slice(0, leadEnd);
  const candidates: IndicatorCandidate[] = [];

  mentions.forEach((mention, index) => {
    const clauseIndex = clauseIndexAt(clauses, mention.start);
    if (clauseIndex === -1) return;
    const clause = clauses[clauseIndex]!;
    const own = ownContext(clause, mention, mentions, index);
    const sentenceStart = sentenceStartOf(clauses, clauseIndex);
    const sentenceSoFar = text.slice(sentenceStart, own.end);
    if (!context.inPlans && TARGET_WORDS.test(sentenceSoFar)) return;
    if (isOtherYearFigure(text, sentenceStart, mention.start, context.reportYear)) return;

    let best: { rule: IndicatorRule; confidence: number; quoteStart: number; quoteEnd: number } | null = null;
    for (const rule of INDICATOR_RULES) {
      const scored = scoreRule(rule, text, own, clauses, clauseIndex, sentenceStart, paragraphLead);
      if (scored && (best === null || scored.confidence > best.confidence)) best = { rule, ...scored };
    }

    if (best === null) return;
    const ownText = text.slice(own.start, own.end);

    let confidence = best.confidence;
    if (SUBSET_OPENING.test(text.slice(clause.start, clause.end))) confidence *= 0.6;
    if (context.level && LOWER_LEVELS.has(context.level) && HIGHER_LEVEL_PREFIX.test(ownText)) confidence *= 0.5;
    const definition = findIndicator(best.rule.indicator)!;
    candidates.push({
      indicator: best.rule.indicator,
      value: valueInCatalogueUnit(best.rule, mention),
      unit: definition.unit as IndicatorUnit,
      qualifier: mention.qualifier,
      quoteStart: trimQuoteStart(text, best.quoteStart, best.quoteEnd),
      quoteEnd: best.quoteEnd,
      confidence: Math.round(confidence * 1000) / 1000,
      sentence: clause.sentence,
    });
  });

  return candidates;
}
