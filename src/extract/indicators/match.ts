/**
 * Matches the numbers of one paragraph to catalogue indicators. A number goes to at most one
 * indicator, the best-scoring rule; a number no rule claims is left alone, because a wrong value
 * is worse than a missing one. Each candidate says whose figure it is (`scope`) and which words
 * tied it to its indicator (`wording`, and `variant` when those words are an accepted variant).
 */

import type { ParagraphSpan } from '../../lib/spans';
import type { IndicatorId, IndicatorUnit } from '../catalogue';
import { findIndicator, INDICATORS } from '../catalogue';
import type { NumberMention } from '../numbers';
import { PLAN_PARAGRAPH_OPENING } from '../segment/constants';
import type { JurisdictionLevel, Qualifier, Scope } from '../types';
import { withListUnits } from './list-units';
import { ParagraphView, search } from './paragraph';
import { ITEM_SEPARATOR, type RespectiveItems, respectiveItems, RESPECTIVELY } from './respective';
import { type NumberPlace, supersedeRestatedStocks } from './restated';
import {
  CHAIN_WORDS,
  COMPARISON_WORDS,
  COUNTING_RULE,
  HIGHER_BODY_ORGANS,
  HIGHER_LEVEL_PREFIX,
  INDICATOR_RULES,
  type IndicatorRule,
  MEDIATION_KINDS,
  PLANNED_WORD,
  SUBSET_OPENING,
  TARGET_WORDS,
} from './rules';
import { findScopeMarks, judgeScope } from './scope';

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
  /** Whose figure it is; only `own` candidates can become a report's value. */
  readonly scope: Scope;
  /** The words that tied the number to its indicator, in text order (relative to the paragraph). */
  readonly wording: readonly ParagraphSpan[];
  /** The accepted variant wording (化解率, 调处…), or null for the indicator's core wording. */
  readonly variant: string | null;
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
  /**
   * The subject a related report is about as a whole (行政复议 in a reconsideration report): a count
   * whose clause says only what happened to it (「全年共审结422件」) counts that subject's cases.
   */
  readonly impliedSubject?: string | null;
  /** See ScopeContext.writtenBeforeYearEnd. */
  readonly writtenBeforeYearEnd?: boolean;
  /** See ScopeContext.partOfYearReport. */
  readonly partOfYearReport?: boolean;
  /**
   * The heading of the paragraph's section when it names one matter alone ({@link headingSubjectOf}): the cases a sentence
   * counts under it by a bare case noun (「(二)行政处罚情况」 … 「办理…严重损害旅游者权益案1宗」) are that matter's.
   */
  readonly headingSubject?: string | null;
}

interface Found extends ParagraphSpan {
  /** 0 when found in the number's own clause, else how many (non-transparent) clauses back. */
  readonly distance: number;
  readonly clauseIndex: number;
  readonly clauseStart: number;
}

function asFound(span: ParagraphSpan, distance: number, clauseIndex: number, clauseStart: number): Found {
  return { start: span.start, end: span.end, distance, clauseIndex, clauseStart };
}

interface OwnContext {
  readonly start: number;
  readonly end: number;
  readonly mention: NumberMention;
  /** The number before it in the same clause, if any. */
  readonly previous: NumberMention | null;
  /** 每月… before it in its clause: a frequency. */
  readonly frequency: boolean;
  /** A change's verb right before it (下降19%). */
  readonly changeSize: boolean;
  /** Its context without bracketed asides, the number written as #: what exclusions are tested on. */
  readonly words: string;
  /** The list before a 分别 it follows, and its place in it (「受理、审结…分别为46件、41件」). */
  readonly respective: RespectiveItems | null;
}

const LOWER_LEVELS: ReadonlySet<JurisdictionLevel> = new Set(['区', '县', '旗', '镇', '乡', '街道', '开发区']);
/**
 * A higher body the place sends something to (「向市政府报备规范性文件5件」「报市人大常委会备案」「向市司法局报备…」), or under whose
 * guidance or with whose help it works (「在市司法局指导下受理…」「在市政府的支持下…」): the recipient or the guide, not whose
 * figure it is.
 */
const TO_HIGHER_BODY = new RegExp(
  `(?:向|报|报送|报请|提请|呈报)(?:省|市)(?:人大常委会|人大|人民政府|政府|${HIGHER_BODY_ORGANS})|在(?:省|市)[^,;。]{0,12}?(?:指导|帮助|支持|配合|协助|领导|督导)(?:和(?:帮助|支持))?下`,
  'g',
);
/** How far back a subject may be borrowed: past this, a match's confidence is below any use. */
const MAX_CLAUSES_BACK = 8;

/** Words that say nothing of what is counted: time, totals, linking verbs. */
const FILLER = /\d{4}年度?|全年|年内|今年|本年|当年|累计|合计|共计|共|均|已|达到|达|为|了|各类|其中|案件|\s/g;
/** The parties a count may be stated for without a verb: 「以区政府为被告的」「市政府及各部门」. */
const PARTIES =
  /以|(全|本级)?[省市区县旗镇乡]?(人民)?政府(及其?(所属)?(各)?(工作)?部门)?|各级行政机关|行政机关|各部门|为被告|作为被告|的|涉/g;
const RESIDUAL_LIMIT = 3;
/** How many characters of a clause (or bracket) are read for a subset opening (其中, 含, 包括). */
const SUBSET_REACH = 8;
/** Parts of a wording at most this far apart (in one clause) are quoted as one. */
const WORDING_GAP = 6;
/**
 * Matters a sentence may be about in a related report besides its subject: 「…提起行政诉讼的新收一审
 * 案件有73件,结案118件」 in a reconsideration report counts lawsuits, not reconsideration cases.
 */
const OTHER_MATTERS = /诉讼|应诉|法院|法律援助|调解|信访|处罚|公证|复议/;
/** Words naming a matter a count could be of: a clause naming one is no mere description. */
const MATTER_WORDS =
  /诉讼|应诉|法院|法律援助|法援|援助|调解|调处|纠纷|信访|处罚|执法|公证|复议|普法|宣传|宣讲|讲座|咨询|规范性文件|决策|公开|建议|提案|案件|案卷|评查|网办|矫正|培训|学习|会议/;
/** Words of people's mediation, which a reconsideration report's own 调解 is not. */
const PEOPLES_MEDIATION = /人民调解|矛盾纠纷|民间纠纷|调委会/;
const RECONSIDERATION_WORDS = /复议|纠错/;
/** How far back (characters) a sentence is read for another matter: bounded, so a long sentence stays linear. */
const MATTER_REACH = 200;

/** How far before a number (characters, in its clause) a 拟 makes it a plan. */
const PLAN_REACH = 40;
/**
 * A change's verb right before a number (下降19%, 同比提高3.2%, 增加12件): the change, not the level (下降至5%, 达到58件).
 */
const CHANGE_BEFORE = /(?:上升|下降|增长|减少|提高|提升|降低|增加)了?\s*$/;
/** 每月, 每两月, 每季度, 每周… before a number in its clause: a frequency. */
const FREQUENCY_BEFORE = /每[一两二三四五六半]?(?:个)?(?:月|周|季度?|年|天|日)[^,;。]{0,14}$/;
/** A mean (人均, 年均, 每名…) or a minimum (至少) before a number in its clause: no count of the year. */
const MEAN_OR_MINIMUM = /(?:人均|年均|月均|日均|平均|每(?:名|人|位|个|家|支|村|户|所|单位|部门)|至少|最少|起码)[^#,;。]{0,14}#/;
/** How far before a number a frequency's 每… is read. */
const FREQUENCY_REACH = 24;
/** Measure words after which the next noun is that number's (「5个重大行政决策和2个听证事项」). */
const CLASSIFIER = /^(?:个|项|件|名|场|场次|起|宗|家|所)$/;
/** How much before a bare count is read for the noun naming it (「复议案件4696」). */
const BARE_REACH = 12;
const subjectAtEnd = new WeakMap<IndicatorRule, RegExp>();

/** Whether the rule's subject ends right before `position` (a space between allowed). */
function subjectEndsAt(rule: IndicatorRule, text: string, position: number): boolean {
  let pattern = subjectAtEnd.get(rule);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:${rule.subject.source})\\s?$`);
    subjectAtEnd.set(rule, pattern);
  }
  return pattern.test(text.slice(Math.max(0, position - BARE_REACH), position));
}
const contestedMatter = new WeakMap<IndicatorRule, RegExp>();

/**
 * Whether a number's words say it counts disputes of its rule's matter (「不服行政处罚的25件」「对行政处罚决定不服申请复议的13件」
 * 「不服法律援助决定的2件」「不服信访事项处理意见的3件」): those who contest an act are counted, never the acts. 不服 and the matter
 * are read with no 提起 or 申请 between (「不服行政机关具体行政行为提起行政诉讼的…」 counts the lawsuits themselves).
 */
function contestsTheMatter(rule: IndicatorRule, words: string): boolean {
  if (!words.includes('不服')) return false;
  let pattern = contestedMatter.get(rule);
  if (pattern === undefined) {
    const subject = rule.subject.source;
    pattern = new RegExp(`不服(?:(?!提起|申请)[^#,;。]){0,12}?(?:${subject})|(?:${subject})[^#,;。]{0,8}不服`);
    contestedMatter.set(rule, pattern);
  }
  return pattern.test(words);
}

/** How close after a number and its measure word the noun it counts starts. */
const NOUN_REACH = 2;
/**
 * A noun phrase right after a number's measure word that names what it counts, ending in a head noun of work
 * done rather than of any catalogue matter: in 「专题研究重大行政决策源头治理等7项交通法治重点工作」 the 7 are 重点工作, and
 * the decisions named before them are one example of their topics. A phrase opening with a conjunction is a clause of
 * its own (「评查案卷683件并整改问题24条」 reviewed 683 files).
 */
const COUNTED_WORK_AFTER =
  /^(?![并及和与且均已共])[^,;。、\d]{0,10}?(?:工作|任务|问题|措施|举措|要点|指标|课题|项目|实事|工程|意见|方案|议题|领域|环节|方面|机制|制度)/;

/** Whether the parts given after a total in its sentence (IndicatorRule.partsAfter) show it totals more than them. */
function partsDisagree(rule: IndicatorRule, view: ParagraphView, own: OwnContext, clauseIndex: number): boolean {
  if (!rule.partsAfter) return false;
  const parts = [...view.text.slice(own.mention.end, view.sentenceEnd(clauseIndex)).matchAll(rule.partsAfter)].map((part) =>
    Number(part[1]),
  );
  const total = own.mention.value;
  if (parts.length === 1) return parts[0]! > total;
  return parts.length > 1 && parts.reduce((sum, part) => sum + part, 0) !== total;
}

/** Whether the number counts a phrase of work named right after its measure word, one that is not the rule's subject. */
function countsWorkNamedAfter(rule: IndicatorRule, text: string, own: OwnContext): boolean {
  const unit = own.mention.unit;
  if (unit === null || !CLASSIFIER.test(unit)) return false;
  const named = COUNTED_WORK_AFTER.exec(text.slice(own.mention.end, own.end));
  return named !== null && !rule.subject.test(named[0]);
}

/**
 * A count closing a 、-list with 等 and no noun of its own, or a generic one (「审查县政府常务会议议题、重大行政决策等32件」
 * 「办理法律援助、公证等案件1,260件」「审核县政府文件、规范性文件等210件」): it totals every kind listed. The head noun is
 * captured; a noun that names the subject (「婚姻家庭、邻里等纠纷320件」「行政处罚、行政许可等案卷210卷」) makes the items kinds of it,
 * and a noun of its own (「…等主题活动15场」) says what the count is.
 */
const CLOSED_LIST = /^(.*)等(事项|材料|文件|案件|项目|议题|内容)?(?:共计|合计|共)?#/;

/** Whether the number totals a list of kinds of which the rule's subject is only one. */
function totalsSeveralKinds(rule: IndicatorRule, own: OwnContext): boolean {
  // CLOSED_LIST reads the words to their end and back to a 等: words without one (most) are not searched.
  if (!own.words.includes('等')) return false;
  const closed = CLOSED_LIST.exec(own.words);
  if (closed === null) return false;
  const items = closed[1]!.split(ITEM_SEPARATOR);
  if (items.length < 2 || (closed[2] !== undefined && rule.subject.test(closed[2]))) return false;
  return items.some((item) => rule.subject.test(item)) && items.some((item) => !rule.subject.test(item));
}

/** A clause that says only the level a count reached: 「达到58件」「增至58件」. */
const LEVEL_REACHED = /^\s*(?:共|总数|总量)?(?:达到|达|为|增至|增加到|减少到|减至|降至|上升到|下降到)\s*$/;
/** A clause that ends with the size of a change: 「受理行政复议案件增加12件」「同比减少3件」. */
const ENDS_WITH_CHANGE =
  /(?:上升|下降|增长|减少|提高|提升|降低|增加)了?\s*[\d.,]+\s*(?:%|个百分点|件|起|宗|场次|场|人次|人|名|个|项|份|卷)?\s*$/;

/**
 * Whether the number is the level reached after a change of a count whose subject and action the clause right before it
 * names (「与去年同期相比,受理行政复议案件增加12件,达到58件」): that count's figure, though its clause names neither.
 */
function levelAfterChange(view: ParagraphView, own: OwnContext, clauseIndex: number, subject: Found, action: Found | null): boolean {
  if (action === null || subject.clauseIndex !== clauseIndex - 1 || action.clauseIndex !== clauseIndex - 1) return false;
  if (own.previous !== null || !LEVEL_REACHED.test(view.text.slice(own.start, own.mention.start))) return false;
  const before = view.clauses[clauseIndex - 1]!;
  return ENDS_WITH_CHANGE.test(view.text.slice(before.start, before.end));
}

/**
 * The action the clause right after a count says of all it counts (IndicatorRule.actionOfAllAfter), at distance 0: the
 * number must end its clause and that clause hold no figure of its own (「现有执法人员12名,均持有行政执法证」) but the one
 * the action's words hold (「…1,356名,持证率100%」).
 */
function actionOfAllAfter(rule: IndicatorRule, view: ParagraphView, own: OwnContext, clauseIndex: number): Found | null {
  if (rule.actionOfAllAfter === undefined || own.end !== view.clauses[clauseIndex]!.end) return null;
  const next = clauseIndex + 1;
  const clause = view.clauses[next];
  if (clause === undefined || clause.sentence !== view.clauses[clauseIndex]!.sentence) return null;
  const span = search(view.text, rule.actionOfAllAfter, clause.start, clause.end);
  if (span === null || view.mentionsIn(next).some((mention) => mention.start < span.start || mention.end > span.end)) return null;
  return asFound(span, 0, next, clause.start);
}

/** Whether only spaces stand between the end of some words and the next number: the words lead that number. */
function leadsNextNumber(text: string, wordsEnd: number, nextNumberStart: number): boolean {
  return text.slice(wordsEnd, nextNumberStart).trim() === '';
}

/**
 * A clause without its bracketed asides: 「全年结案(包括案前调解、不予受理及受理后审结)86件」 concluded 86
 * cases whatever the aside lists; an aside's words never exclude the number they explain.
 */
function withoutAsides(words: string): string {
  return words.includes('(') ? words.replace(/\([^()]*\)?/g, '') : words;
}

function unitFits(rule: IndicatorRule, mention: NumberMention): boolean {
  switch (rule.measure) {
    case 'percent':
      return mention.isPercent || (rule.bareAllowed === true && mention.unit === null);
    case 'money':
      return !mention.isPercent && (mention.unit === '万元' || mention.unit === '元' || mention.unit === '亿元');
    case 'count':
      if (mention.isPercent) return false;
      // A bare count is this indicator's only right after the noun that names it (「审结复议案件4696,」
      // 「评查案卷370余,」): judged in scoreRule, where the subject is known.
      if (mention.unit === null) return true;
      return rule.units ? rule.units.test(mention.unit) : true;
  }
}

function fitsSomeMention(rule: IndicatorRule, mentions: readonly NumberMention[]): boolean {
  for (const mention of mentions) if (unitFits(rule, mention)) return true;
  return false;
}

/** Money is stored in 万元 whatever the report wrote. */
function valueInCatalogueUnit(rule: IndicatorRule, mention: NumberMention): number {
  if (rule.measure !== 'money') return mention.value;
  if (mention.unit === '元') return mention.value / 10_000;
  if (mention.unit === '亿元') return mention.value * 10_000;
  return mention.value;
}

/** The part of the clause that belongs to this number: up to the neighbouring numbers. */
function ownContext(view: ParagraphView, clauseIndex: number, index: number, mayBeRespective: boolean): OwnContext {
  const clause = view.clauses[clauseIndex]!;
  const mention = view.mentions[index]!;
  const previous = view.mentions[index - 1];
  const next = view.mentions[index + 1];
  const inClause = previous !== undefined && previous.end > clause.start;
  const start = inClause ? previous.end : clause.start;
  const end = next && next.start < clause.end ? next.start : clause.end;
  const before = view.text.slice(Math.max(start, mention.start - FREQUENCY_REACH), mention.start);
  const respective = mayBeRespective ? respectiveItems(view.text, view.mentions, index, view.sentenceStart(clauseIndex)) : null;
  // A number given 分别 is said of its own item only: the other items' words are the other numbers'.
  const ownItem = respective?.items[respective.index];
  const wordsBefore = ownItem
    ? view.text.slice(ownItem.start, ownItem.end)
    : (inClause ? '' : listItemsBefore(view, clauseIndex)) + view.text.slice(start, mention.start);
  return {
    start,
    end,
    mention,
    previous: inClause ? previous : null,
    frequency: FREQUENCY_BEFORE.test(before),
    changeSize: CHANGE_BEFORE.test(before.slice(-6)),
    words: withoutAsides(wordsBefore) + '#' + withoutAsides(view.text.slice(mention.end, end)),
    respective,
  };
}

/**
 * The items of a 、-list before a clause, when none holds a figure: its count totals them all
 * (「组织各类学习、培训、宣讲8100余场」 counts study and trainings too), so they are read with it.
 */
function listItemsBefore(view: ParagraphView, clauseIndex: number): string {
  let items = '';
  for (let index = clauseIndex; index > 0; index -= 1) {
    const clause = view.clauses[index]!;
    if (view.text[clause.start - 1] !== '、') break;
    const previous = view.clauses[index - 1]!;
    if (previous.sentence !== clause.sentence || previous.end !== clause.start - 1 || view.mentionsIn(index - 1).length > 0) break;
    items = view.text.slice(previous.start, previous.end) + '、' + items;
  }
  return withoutAsides(items);
}

/**
 * A clause a chain passes through without naming anything: a comparison (「同比增长12%」) or a bare
 * step of the same chain (「受理28件」). It does not count in the distance to a borrowed subject.
 */
function isTransparent(view: ParagraphView, clauseIndex: number, rule: IndicatorRule): boolean {
  return view.clauseJudgement(rule, clauseIndex, () => {
    const clause = view.clauses[clauseIndex]!;
    if (clause.end - clause.start > 40) return false;
    let words = view.text.slice(clause.start, clause.end);
    // A clause of description without a figure or another matter (「实现了应援尽援,法律服务惠民效果明显,全年结案
    // 115件」) leaves the sentence on its subject.
    if (view.mentionsIn(clauseIndex).length === 0 && !MATTER_WORDS.test(words.replace(rule.subject, ''))) return true;
    for (const mention of view.mentionsIn(clauseIndex)) words = words.replace(mention.text, '');
    words = words.replace(COMPARISON_WORDS, '').replace(CHAIN_WORDS, '').replace(FILLER, '');
    if (rule.action) words = words.replace(rule.action, '');
    return words.length <= RESIDUAL_LIMIT;
  });
}

/**
 * Looks for `pattern` in the number's own context (both sides, up to the neighbouring numbers),
 * then (reach `sentence`) in the earlier clauses of the same sentence, nearest first, then (reach
 * `label`, for subjects) in the paragraph's opening label.
 */
function locate(
  view: ParagraphView,
  rule: IndicatorRule,
  pattern: RegExp,
  own: OwnContext,
  clauseIndex: number,
  reach: 'own' | 'sentence' | 'label',
  impliedSubject: string | null = null,
): Found | null {
  const { text } = view;
  const clause = view.clauses[clauseIndex]!;
  // A noun right after the previous number's measure word is that number's: in 「5个重大行政决策和2个
  // 听证事项」 决策 counts 5, not 2.
  const previous = own.previous;
  let left = search(text, pattern, own.start, own.mention.start);
  if (
    left !== null &&
    previous !== null &&
    previous.unit !== null &&
    CLASSIFIER.test(previous.unit) &&
    left.start - own.start <= NOUN_REACH
  ) {
    left = search(text, pattern, left.end, own.mention.start);
  }
  // Words after the number describe it only when no other number follows in the clause: in
  // "173个人民调解委员会共调解各类纠纷2,105件" the 纠纷 belong to 2,105, not to 173 — unless they
  // follow its measure word at once (「5个重大行政决策和2个…」).
  const lastInClause = own.end === clause.end;
  let hit = left;
  if (hit === null) {
    const after = search(text, pattern, own.mention.end, own.end);
    // …unless they run on into the next number: in 「调处各类矛盾纠纷36件调解成功35件」 (no comma) 调解成功
    // is said of 35, not of 36.
    const countsNounAfter =
      after !== null &&
      own.mention.unit !== null &&
      CLASSIFIER.test(own.mention.unit) &&
      after.start - own.mention.end <= NOUN_REACH &&
      (lastInClause || !leadsNextNumber(text, after.end, own.end));
    hit = lastInClause || countsNounAfter ? after : null;
  }
  // Built field by field: a spread of the span here took a tenth of the matcher's time.
  if (hit) return asFound(hit, 0, clauseIndex, clause.start);
  if (reach === 'own') return null;
  const first = view.firstClauseOfSentence(clauseIndex);
  const index = clauseIndex === first ? -1 : view.nearestClauseWith(pattern, clauseIndex - 1);
  if (index < 0 || clauseIndex - index > MAX_CLAUSES_BACK) {
    if (reach !== 'label') return null;
    // Last, the subject of the whole document, when it is this rule's: it counts as one clause back.
    const found = labelled(view, pattern, first, clauseIndex, own.end);
    if (
      found === null &&
      impliedSubject !== null &&
      pattern.test(impliedSubject) &&
      !OTHER_MATTERS.test(withoutAsides(view.text.slice(Math.max(view.sentenceStart(clauseIndex), own.end - MATTER_REACH), own.end)))
    ) {
      return { start: own.mention.start, end: own.mention.start, distance: 1, clauseIndex: -1, clauseStart: clause.start };
    }
    return found;
  }
  let distance = 1;
  for (let between = index + 1; between < clauseIndex; between += 1) if (!isTransparent(view, between, rule)) distance += 1;
  return asFound(view.searchClause(pattern, index)!, distance, index, view.clauses[index]!.start);
}

/**
 * The paragraph's label as a last resort for a subject: in 「(一)行政复议。…2022年办结案件129件」 the
 * label names what the later sentences count. It counts as one clause back.
 */
function labelled(view: ParagraphView, pattern: RegExp, sentenceFirstClause: number, clauseIndex: number, end: number): Found | null {
  const span = view.searchLabel(pattern);
  if (!span || view.clauses[sentenceFirstClause]!.start <= span.start) return null;
  // A label that names several matters (「(一)行政处罚和许可全年数据。」) lends none: its sentences count
  // one or the other (「…按期完成1816568件」 are permits). Nor does a label lend its subject to a sentence
  // naming another matter.
  const label = view.text.slice(view.label!.start, view.label!.end);
  const sentence = withoutAsides(view.text.slice(Math.max(view.sentenceStart(clauseIndex), end - MATTER_REACH), end));
  const others = everyMatchOf(pattern);
  if (LABEL_OTHER_MATTERS.test(label.replace(others, '')) || LABEL_OTHER_MATTERS.test(sentence.replace(others, ''))) return null;
  return asFound(span, 1, -1, view.clauses[view.clauseAt(span.start)]!.start);
}

/** Matters a sentence may count instead of its paragraph label's subject. */
const LABEL_OTHER_MATTERS = /许可|复议|诉讼|应诉|法律援助|调解|调处|信访|处罚|公证|普法|强制|征收|裁决/;
const EVERY_MATTER = new RegExp(LABEL_OTHER_MATTERS.source, 'g');

/**
 * The subject a section's heading lends the cases counted under it: the heading itself (its normalized text), when it
 * names one matter alone (「(二)行政处罚情况」「(三)行政复议工作」); a heading of two matters (「(一)行政许可和行政处罚」) or of
 * none (「一、2023年行政执法基本情况」) lends none.
 */
export function headingSubjectOf(heading: string): string | null {
  const matters = new Set(heading.match(EVERY_MATTER));
  return matters.size === 1 ? heading : null;
}

/**
 * A case noun a count ends on (「…严重损害旅游者权益案1宗」「全年共办理案件23件」); not the 案 of a verb or of another noun
 * (结案, 立案, 备案, 档案, 方案…).
 */
const CASE_NOUN_BEFORE = /(?<![结立办破备销审判答方预档提议草法图])案件?\s*$/;
/** Words naming cases of another kind or fate than the heading's matter (行政执法案件, 刑事案件, 移送…案件, 涉密案件). */
const CASES_OF_ANOTHER_KIND = new RegExp(
  `${LABEL_OTHER_MATTERS.source}|执法|刑事|治安|民事|检查|援助|涉密|移送|移交|撤销|不予|免予|免罚|类|领域|涉|其中|投诉|举报`,
);

/**
 * The case noun of a count under a heading that names the rule's matter alone (MatchContext.headingSubject), for a rule
 * whose cases are named one by one (IndicatorRule.casesNamedUnderHeading): the number's own words end on 案 or 案件
 * (「办理…违法违规行为,严重损害旅游者权益案1宗」) and name no other kind, fate or part of cases; it stands for the subject
 * in the number's own clause.
 */
function caseNounUnderHeading(
  rule: IndicatorRule,
  view: ParagraphView,
  own: OwnContext,
  clauseIndex: number,
  headingSubject: string | null,
): Found | null {
  if (rule.casesNamedUnderHeading !== true || headingSubject === null || !rule.subject.test(headingSubject)) return null;
  const before = view.text.slice(own.start, own.mention.start);
  const noun = CASE_NOUN_BEFORE.exec(before);
  if (noun === null || CASES_OF_ANOTHER_KIND.test(withoutAsides(before))) return null;
  const start = own.start + noun.index;
  return asFound({ start, end: start + noun[0].trimEnd().length }, 0, clauseIndex, view.clauses[clauseIndex]!.start);
}
const globalPatterns = new WeakMap<RegExp, RegExp>();

/** The global form of a pattern, made once: to remove all its matches from a text. */
function everyMatchOf(pattern: RegExp): RegExp {
  let global = globalPatterns.get(pattern);
  if (global === undefined) {
    global = new RegExp(pattern.source, 'g');
    globalPatterns.set(pattern, global);
  }
  return global;
}

function namesAnotherThing(text: string, own: OwnContext, action: Found): boolean {
  const before = text.slice(own.start, own.mention.start);
  const after = text.slice(own.mention.end, own.end);
  const withoutAction =
    action.distance === 0 && action.start >= own.start && action.end <= own.mention.start
      ? text.slice(own.start, action.start) + text.slice(action.end, own.mention.start)
      : before;
  const residual = withoutAsides(withoutAction + after)
    .replace(FILLER, '')
    .replace(ACTING_ORGANS, '');
  return residual.length > RESIDUAL_LIMIT;
}

/**
 * The organs of a whole place that did what a clause says (「全市公安机关共办结案件3223708件」): naming them
 * names no other thing counted, so the clause may borrow its subject (「从行政处罚数据来看,…」).
 */
const ACTING_ORGANS = /(?:全[省市区县旗]|各级)[\u4e00-\u9fa5]{0,6}?机关/g;

/**
 * A matter named right before the subject and joined to it (「行政复议案件及信访事项」). A 、 joins the items
 * of a list, read elsewhere (listItemsBefore), and often kinds of one matter (「宪法宣传、普法讲座等活动」).
 */
const JOINED_BEFORE = /[\u4e00-\u9fff]{2}(?:[和与]|以及|及)$/;
/** A matter joined right after the subject, before the number (「规范性文件和合同协议共计…」); not 及时, 和解. */
const JOINED_AFTER = /^(?:和(?!解)|与|以及|及(?!时))[\u4e00-\u9fff]/;

/** How much of the text before a join is read as the matter joined (「行政复议案件及…」 → 复议案件). */
const JOINED_NOUN = 4;

/**
 * Whether the subject, written before the number in its own context, is joined to another matter:
 * the count is then of both. A kind of the subject's own matter joined to it — one its subject or
 * action words name, 「法治宣传和法治讲座7次」 — is counted with it, and 「分别」 gives each its own count
 * (「建议和提案分别为41件和57件」).
 */
function joinedToAnotherMatter(text: string, rule: IndicatorRule, subject: Found, own: OwnContext): boolean {
  if (subject.start < own.start || subject.end > own.mention.start) return false;
  if (text.slice(own.start, own.end).includes('分别')) return false;
  const sameMatter = (words: string): boolean => rule.subject.test(words) || (rule.action?.test(words) ?? false);
  const before = text.slice(own.start, subject.start);
  const joinedBefore = JOINED_BEFORE.exec(before);
  if (joinedBefore) {
    const nounEnd = joinedBefore.index + 2;
    if (!sameMatter(before.slice(Math.max(0, nounEnd - JOINED_NOUN), nounEnd))) return true;
  }
  const after = text.slice(subject.end, own.mention.start);
  return JOINED_AFTER.test(after) && !sameMatter(after);
}

/** Without an action word, the subject must be nearly all the clause says ("一审行政诉讼案件108件"). */
function namesAnotherThingBesides(text: string, own: OwnContext, subject: Found): boolean {
  // A subject after the number (「6个重大行政决策」) leaves the words before the number to judge.
  const before =
    subject.start >= own.mention.end
      ? text.slice(own.start, own.mention.start)
      : text.slice(own.start, subject.start) + text.slice(subject.end, own.mention.start);
  const after =
    subject.start >= own.mention.end
      ? text.slice(own.mention.end, subject.start) + text.slice(subject.end, own.end)
      : text.slice(own.mention.end, own.end);
  return (
    withoutAsides(before + after)
      .replace(FILLER, '')
      .replace(/一审|各类|全(年|区|县|市|镇)/g, '')
      .replace(PARTIES, '').length > RESIDUAL_LIMIT
  );
}

interface Scored {
  readonly confidence: number;
  readonly quoteStart: number;
  readonly quoteEnd: number;
  readonly subject: Found;
  readonly action: Found | null;
  /** The level reached after a change of the count named before: that clause's comparison (较上年…) dates nothing. */
  readonly levelAfterChange: boolean;
}

/**
 * Whether a rule's subject can be found for any number of the paragraph: written somewhere in it,
 * or implied by a related report's subject, or lent by a heading to a rule whose cases are counted under one. Most rules' subjects are in no given paragraph, and
 * this asks once per paragraph what {@link locate} would otherwise search for each number. Exact
 * because no subject pattern has anchors, lookarounds or a stateful flag (checked in rules.test.ts):
 * a pattern that matches nowhere in the paragraph matches in none of its parts.
 */
function subjectPossible(rule: IndicatorRule, text: string, impliedSubject: string | null, headingSubject: string | null): boolean {
  return (
    rule.subject.test(text) ||
    (impliedSubject !== null && rule.subject.test(impliedSubject)) ||
    (headingSubject !== null && rule.casesNamedUnderHeading === true && text.includes('案') && rule.subject.test(headingSubject))
  );
}

/** Every rule's action words, and every rule's subject words: what makes a list item name something of its own. */
const ANY_ACTION = new RegExp(INDICATOR_RULES.flatMap((rule) => (rule.action ? [rule.action.source] : [])).join('|'));
const ANY_SUBJECT = new RegExp(INDICATOR_RULES.map((rule) => rule.subject.source).join('|'));

/**
 * What a number's own item of a 分别 list says for a rule: its subject and action found in the item (or the subject in the
 * list's last item, which the items often share: 「受理、审结行政复议案件」), at distance 0; null when the item names an action
 * or a subject of its own and another item names the rule's (「受理、审结…分别为46件」: 46 is no count concluded).
 */
function ownItem(
  rule: IndicatorRule,
  view: ParagraphView,
  respective: RespectiveItems,
): { subject: Found | null; action: Found | null } | null {
  const { items, index } = respective;
  const own = items[index]!;
  const inItem = (pattern: RegExp, item: ParagraphSpan): Found | null => {
    const span = search(view.text, pattern, item.start, item.end);
    if (span === null) return null;
    const clauseIndex = view.clauseAt(span.start);
    return asFound(span, 0, clauseIndex, view.clauses[clauseIndex]?.start ?? span.start);
  };
  const namedElsewhere = (pattern: RegExp, ownWords: RegExp): boolean =>
    !pattern.test(view.text.slice(own.start, own.end)) &&
    ownWords.test(view.text.slice(own.start, own.end)) &&
    items.some((item, place) => place !== index && pattern.test(view.text.slice(item.start, item.end)));
  if (rule.action && namedElsewhere(rule.action, ANY_ACTION)) return null;
  if (namedElsewhere(rule.subject, ANY_SUBJECT)) return null;
  // The items often share a verb before the first (「办理人大代表建议和政协委员提案」) and a noun after the last.
  const sharedVerb = (pattern: RegExp): Found | null =>
    ANY_ACTION.test(view.text.slice(own.start, own.end)) ? null : inItem(pattern, items[0]!);
  return {
    subject: inItem(rule.subject, own) ?? inItem(rule.subject, items[items.length - 1]!),
    action: rule.action ? (inItem(rule.action, own) ?? sharedVerb(rule.action)) : null,
  };
}

/**
 * Where the rule's topic is found for a number: 'sentence' (or the rule has none, or the report's subject implies it),
 * 'lead' when only the paragraph's first sentence names it (a weaker reading), null when neither does (no reading).
 */
function topicFound(
  rule: IndicatorRule,
  view: ParagraphView,
  own: OwnContext,
  clauseIndex: number,
  impliedSubject: string | null,
): 'sentence' | 'lead' | null {
  if (rule.topic === undefined) return 'sentence';
  // A related report's subject is the topic of every sentence (a reconsideration report's 「全年共审结103件,其中…直接纠错12件」).
  if (impliedSubject !== null && rule.topic.test(impliedSubject)) return 'sentence';
  if (view.sentenceMatchesBefore(rule.topic, clauseIndex, rule.topicAnywhere ? view.sentenceEnd(clauseIndex) : own.end)) return 'sentence';
  return view.leadMatches(rule.topic) ? 'lead' : null;
}

function scoreRule(
  rule: IndicatorRule,
  view: ParagraphView,
  own: OwnContext,
  clauseIndex: number,
  impliedSubject: string | null,
  headingSubject: string | null,
): Scored | null {
  const { text } = view;
  const mention = own.mention;
  // The rule's subject is possible in the paragraph: matchParagraph asks only such rules.
  if (!unitFits(rule, mention)) return null;
  if (rule.exclude?.test(own.words)) return null;
  if (contestsTheMatter(rule, own.words)) return null;
  // 「每月至少开展普法活动3场次」: a frequency, not a count of the year.
  if (rule.measure === 'count' && own.frequency) return null;
  // 「每名执法人员年均办理行政处罚案件3件」「各成员单位至少开展普法宣传活动2场」: a mean or a minimum, no count of the year.
  if (rule.measure === 'count' && MEAN_OR_MINIMUM.test(own.words)) return null;
  // 「纠错率同比下降19%」「受理行政复议案件增加12件,达到58件」: the size of a change, not the rate or the count.
  if (own.changeSize) return null;
  // The topic before the subject and the action: its test is kept per sentence, and a sentence off it (人大 for a 建议,
  // 政协 for a 提案 — most sentences that name one) is refused before their searches.
  const topic = topicFound(rule, view, own, clauseIndex, impliedSubject);
  if (topic === null) return null;
  if (
    rule.sentenceExclude &&
    view.sentenceMatchesBefore(rule.sentenceExclude, clauseIndex, rule.sentenceExcludeAnywhere ? view.sentenceEnd(clauseIndex) : own.end)
  )
    return null;
  if (rule.countedApart && view.sentenceMatchesBefore(rule.countedApart, clauseIndex, view.sentenceEnd(clauseIndex))) return null;
  // A number given 分别 is its list item's: what another item names is not said of it, and what its own item names is.
  const item = own.respective ? ownItem(rule, view, own.respective) : undefined;
  if (item === null) return null;
  const located =
    item?.subject ?? locate(view, rule, rule.subject, own, clauseIndex, rule.subjectInOwnClause === true ? 'own' : 'label', impliedSubject);
  // 「(二)行政处罚情况」 … 「…权益案1宗」: a bare case noun under a heading of the rule's matter alone names its subject.
  const underHeading = located === null || located.distance > 0 ? caseNounUnderHeading(rule, view, own, clauseIndex, headingSubject) : null;
  const subject = underHeading ?? located;
  if (!subject) return null;
  if (rule.measure === 'count' && subject.start < mention.start && countsWorkNamedAfter(rule, text, own)) return null;
  if (rule.measure === 'count' && totalsSeveralKinds(rule, own)) return null;
  if (partsDisagree(rule, view, own, clauseIndex)) return null;
  const action =
    item?.action ??
    (rule.action
      ? (locate(view, rule, rule.action, own, clauseIndex, 'sentence') ?? actionOfAllAfter(rule, view, own, clauseIndex))
      : null);
  const missingAction = rule.action !== undefined && action === null;
  if (missingAction && !(rule.actionOptional && subject.distance === 0 && underHeading === null)) return null;
  // 「受理行政复议案件120件,其中行政处罚案件45件」: the act named without a deed of its own in a sentence on the disputes over
  // acts is those disputes' breakdown by the act contested.
  if (
    rule.disputedIn !== undefined &&
    (action === null || action.distance > 0) &&
    view.sentenceMatchesBefore(rule.disputedIn, clauseIndex, mention.start)
  )
    return null;
  // The number's own clause must say something of it; two inherited parts is a guess — unless it says only the level
  // reached after a change of the count named before (「受理行政复议案件增加12件,达到58件」).
  const level = subject.distance > 0 && (action === null || action.distance > 0);
  if (level && !levelAfterChange(view, own, clauseIndex, subject, action)) return null;
  // (A 分别 list's item says what its number counts, whatever the other items name.)
  if (missingAction && item === undefined && namesAnotherThingBesides(text, own, subject)) return null;
  // A clause may borrow its subject only when it names no other thing: "年内办结49件" borrows
  // 复议 from the clause before, "重大行政执法决定审查10件" names its own object and does not.
  if (subject.distance > 0 && action && namesAnotherThing(text, own, action)) return null;

  // A count printed without its unit: only a subject written right before it, in its own clause,
  // says what it counts — or a rule that takes bare counts (成功调处各类民间矛盾纠纷2973).
  const bare = rule.measure === 'count' && mention.unit === null;
  if (bare && rule.unitOptional !== true && !(subject.distance === 0 && action?.distance === 0 && subjectEndsAt(rule, text, mention.start)))
    return null;
  // 「审查规范性文件和合同协议共计230件」「办理行政复议案件及信访事项210件」: one count of
  // the subject and another matter joined to it totals both, and is neither's.
  if (rule.measure === 'count' && subject.distance === 0 && joinedToAnotherMatter(text, rule, subject, own)) return null;
  let confidence = rule.weight;
  if (bare && rule.unitOptional !== true) confidence *= 0.85;
  if (missingAction) confidence *= 0.85;
  if (subject.distance > 0) confidence *= 0.75 ** subject.distance;
  if (action && action.distance > 0) confidence *= 0.85;
  // 「直接纠错236件,纠错率24.2%,以调解、和解等方式结案170件,调解率17.4%」 settles reconsideration cases:
  // in a reconsideration report or a sentence on reconsideration, no people's mediation unless it says so.
  if (
    rule.indicator.startsWith('mediation.') &&
    (impliedSubject === '行政复议' || view.sentenceMatchesBefore(RECONSIDERATION_WORDS, clauseIndex, own.end)) &&
    !view.sentenceMatchesBefore(PEOPLES_MEDIATION, clauseIndex, own.end)
  ) {
    return null;
  }
  if (topic === 'lead') confidence *= 0.85;
  // A subject borrowed from the paragraph's label is not quoted with the number (another sentence).
  const subjectStart = subject.clauseIndex === -1 ? mention.start : subject.clauseStart;
  const quoteStart = Math.min(subjectStart, action?.clauseStart ?? Infinity, mention.start);
  // Words after the number ("受理159件行政复议案件") belong to the quote up to the clause's end.
  const namedAfter = [subject, action].some((part) => part !== null && part.distance === 0 && part.start >= mention.end);
  const quoteEnd = namedAfter
    ? Math.max(own.end, action?.end ?? 0)
    : Math.max(mention.end, subject.clauseIndex === -1 ? 0 : subject.end, action?.end ?? 0);
  return { confidence, quoteStart, quoteEnd, subject, action, levelAfterChange: level };
}

function trimQuoteStart(text: string, start: number, end: number): number {
  let position = start;
  while (position < end && /[\s,、:;。"“'(]/.test(text[position]!)) position += 1;
  return position;
}

/** A target or a promise rather than a result ("力争调解成功率达到98%以上"). */
function isTarget(view: ParagraphView, clauseIndex: number, own: OwnContext): boolean {
  if (view.sentenceMatchesBefore(TARGET_WORDS, clauseIndex, own.end)) return true;
  // A sentence that opens as a plan paragraph does (「下一步,将开展普法宣传活动不少于100场次」) is a plan
  // inside a results paragraph.
  if (PLAN_PARAGRAPH_OPENING.test(view.text.slice(view.sentenceStart(clauseIndex), own.end))) return true;
  // 拟 plans only when it is not describing a thing: 「拟出台的规范性文件」 were reviewed this year.
  const clause = view.clauses[clauseIndex]!;
  const planned = search(view.text, PLANNED_WORD, Math.max(clause.start, own.end - PLAN_REACH), own.end);
  return planned !== null && !/^[^,;。]{0,14}的/.test(view.text.slice(planned.end, own.end));
}

/** The words that tied the number to its indicator, with the kind of mediation when one is named. */
function wordingOf(view: ParagraphView, rule: IndicatorRule, best: Scored, clauseIndex: number, own: OwnContext): ParagraphSpan[] {
  const parts: ParagraphSpan[] = [best.subject];
  if (best.action && !(best.action.start >= best.subject.start && best.action.end <= best.subject.end)) parts.push(best.action);
  if (rule.indicator.startsWith('mediation.')) {
    const kind = view.lastMatchWithin(MEDIATION_KINDS, view.sentenceStart(clauseIndex), own.mention.start);
    if (kind && !parts.some((part) => kind.start >= part.start && kind.end <= part.end)) parts.push(kind);
  }
  parts.sort((a, b) => a.start - b.start);
  // Overlapping or near parts merge (「排查」+「矛盾纠纷」 → 「排查调处矛盾纠纷」), so the words between count too.
  const merged: ParagraphSpan[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (last && part.start <= last.end + WORDING_GAP && !/[,;。]/.test(view.text.slice(last.end, part.start))) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, part.end) };
    } else merged.push({ start: part.start, end: part.end });
  }
  return merged;
}

function variantOf(rule: IndicatorRule, view: ParagraphView, wording: readonly ParagraphSpan[]): string | null {
  if (!rule.variants) return null;
  const words = wording.map((part) => view.text.slice(part.start, part.end)).join('');
  for (const variant of rule.variants) if (variant.pattern.test(words)) return variant.name;
  return null;
}

/**
 * Finds indicator candidates in one paragraph.
 * @param text the paragraph's normalized text
 * @param mentions the numbers found in it, sorted by position
 */
export function matchParagraph(text: string, found: readonly NumberMention[], context: MatchContext): IndicatorCandidate[] {
  if (found.length === 0) return [];
  // 「行政许可44件、行政处罚0、行政强制0」: a list's bare items count in its unit.
  const mentions = withListUnits(text, found);
  // Only the rules whose subject the paragraph can give can claim its numbers: scoreRule would turn
  // the others down for every number. A paragraph that can give none (most) has no candidate.
  const impliedSubject = context.impliedSubject ?? null;
  // A rule no number of the paragraph fits (a rate's among counts only) is turned down by scoreRule
  // for every number: its subject, a search of the whole paragraph, is not looked for.
  const headingSubject = context.headingSubject ?? null;
  const possibleRules = INDICATOR_RULES.filter(
    (rule) => fitsSomeMention(rule, mentions) && subjectPossible(rule, text, impliedSubject, headingSubject),
  );
  if (possibleRules.length === 0) return [];
  const view = new ParagraphView(text, mentions);
  const mayBeRespective = text.includes(RESPECTIVELY);
  // Scope markers are found once, when the first number is claimed by an indicator.
  let marks: ReturnType<typeof findScopeMarks> | null = null;
  const candidates: IndicatorCandidate[] = [];
  /** Per candidate: whether its clause opens as a subset (其中…) or names a single higher body. */
  const subset: boolean[] = [];
  const higherBody: boolean[] = [];
  const places: NumberPlace[] = [];

  // Whether a clause is a part listed under 其中: it opens with 其中, or it follows such a clause
  // after a 、 (「其中道路交通1202件、劳动争议233件、…物业纠纷426件」 are all parts). Memoised per clause.
  let subsetList: Int8Array | null = null;
  const inSubsetList = (clauseIndex: number): boolean => {
    subsetList ??= new Int8Array(view.clauses.length).fill(-1);
    let index = clauseIndex;
    const pending: number[] = [];
    let answer = false;
    for (;;) {
      const known = subsetList[index]!;
      if (known !== -1) {
        answer = known === 1;
        break;
      }
      const clause = view.clauses[index]!;
      if (SUBSET_OPENING.test(text.slice(clause.start, clause.start + SUBSET_REACH))) {
        answer = true;
        subsetList[index] = 1;
        break;
      }
      pending.push(index);
      if (index === 0 || text[clause.start - 1] !== '、' || view.clauses[index - 1]!.sentence !== clause.sentence) break;
      index -= 1;
    }
    for (const unresolved of pending) subsetList[unresolved] = answer ? 1 : 0;
    return answer;
  };

  mentions.forEach((mention, index) => {
    const clauseIndex = view.clauseAt(mention.start);
    if (clauseIndex === -1) return;
    const clause = view.clauses[clauseIndex]!;
    const own = ownContext(view, clauseIndex, index, mayBeRespective);
    if (!context.inPlans && isTarget(view, clauseIndex, own)) return;
    // 「并处两种以上行政处罚的,计一宗行政处罚」: a rule of counting, no count.
    if (COUNTING_RULE.test(own.words)) return;

    // The best rule and its score kept apart: a spread of the two for each better rule cost more than the comparison.
    let bestRule: IndicatorRule | null = null;
    let bestScore: Scored | null = null;
    for (const rule of possibleRules) {
      const scored = scoreRule(rule, view, own, clauseIndex, impliedSubject, headingSubject);
      if (scored && (bestScore === null || scored.confidence > bestScore.confidence)) {
        bestRule = rule;
        bestScore = scored;
      }
    }
    if (bestRule === null || bestScore === null) return;
    // Read apart, never spread into one object: this runs for every number a rule claims.
    const rule = bestRule;
    const best = bestScore;

    const ownText = text.slice(own.start, own.end);
    let confidence = best.confidence;
    const bracket = view.bracketAt(mention.start);
    // Bounded slices: a clause may be a megabyte long, and this runs for every number.
    const opensAsSubset =
      inSubsetList(clauseIndex) ||
      (bracket >= clause.start && SUBSET_OPENING.test(text.slice(bracket + 1, Math.min(mention.start, bracket + 1 + SUBSET_REACH))));
    const underHigherBody =
      context.level !== null && LOWER_LEVELS.has(context.level) && HIGHER_LEVEL_PREFIX.test(ownText.replace(TO_HIGHER_BODY, ''));
    if (underHigherBody && !rule.handledForOthers) confidence *= 0.5;
    // -1 too for the label, and for a level after a change, whose subject clause's 较上年 compares rather than dates.
    const subjectClause = best.subject.distance > 0 && !best.levelAfterChange ? best.subject.clauseIndex : -1;
    marks ??= findScopeMarks(view, context);
    let scope = judgeScope(view, marks, mention, clauseIndex, subjectClause, context);
    // 「市政府行政复议案件…」 in a district's report is the city's, except for the suggestions and
    // proposals a place handles whoever's deputies made them (judged with its siblings below).
    if (scope === 'own' && underHigherBody && !rule.handledForOthers) scope = 'higher_level';
    // 「办理刑事法律援助案件96件」: one kind of the matter is a part of it even with no total beside it.
    if (scope === 'own' && rule.kindOf?.test(own.words)) scope = 'part';
    const definition = findIndicator(rule.indicator)!;
    const wording = wordingOf(view, rule, best, clauseIndex, own);
    candidates.push({
      indicator: rule.indicator,
      value: valueInCatalogueUnit(rule, mention),
      unit: definition.unit as IndicatorUnit,
      qualifier: mention.qualifier,
      quoteStart: trimQuoteStart(text, best.quoteStart, best.quoteEnd),
      quoteEnd: best.quoteEnd,
      confidence: Math.round(confidence * 1000) / 1000,
      sentence: clause.sentence,
      scope,
      wording,
      variant: variantOf(rule, view, wording),
    });
    subset.push(opensAsSubset);
    higherBody.push(underHigherBody && rule.handledForOthers === true);
    places.push({ ownStart: own.start, start: mention.start, end: mention.end });
  });

  return supersedeRestatedStocks(text, markParts(candidates, subset, higherBody), places);
}

/** Each catalogue indicator's place in the catalogue, for keys made of numbers. */
const INDICATOR_ORDINAL: ReadonlyMap<string, number> = new Map(INDICATORS.map((indicator, index) => [indicator.id, index]));

/**
 * One number per sentence and indicator: a string made of the two and hashed for every candidate
 * cost more than the rest of markParts.
 */
function sentenceIndicatorKey(candidate: IndicatorCandidate): number {
  return candidate.sentence * INDICATOR_ORDINAL.size + INDICATOR_ORDINAL.get(candidate.indicator)!;
}

/**
 * `part`: a subset of a total of the same indicator in the same sentence (「受理法律援助案件658件,其中
 * 刑事法律援助案件312件」), or one congress's share beside the place's own count (「办复市人大常委会建议3件,
 * 区人大常委会建议91件」). A subset of another indicator's total is that indicator's whole figure
 * (「审结198件,其中…纠错31件」), and a zone handling 「省、市人大代表建议」 alone handles its own.
 */
function markParts(candidates: IndicatorCandidate[], subset: readonly boolean[], higherBody: readonly boolean[]): IndicatorCandidate[] {
  // Per sentence and indicator: the first whole (non-subset) candidate, and whether any candidate
  // is the place's own body's.
  const firstWhole = new Map<number, number>();
  const ownBody = new Set<number>();
  candidates.forEach((candidate, index) => {
    const key = sentenceIndicatorKey(candidate);
    if (!subset[index] && candidate.scope === 'own' && !firstWhole.has(key)) firstWhole.set(key, index);
    if (!higherBody[index]) ownBody.add(key);
  });
  return candidates.map((candidate, index) => {
    if (candidate.scope !== 'own') return candidate;
    const key = sentenceIndicatorKey(candidate);
    const isSubset = subset[index] && (firstWhole.get(key) ?? Infinity) < index;
    const isShare = higherBody[index] && ownBody.has(key);
    if (isShare) return { ...candidate, scope: 'part', confidence: Math.round(candidate.confidence * 500) / 1000 };
    return isSubset ? { ...candidate, scope: 'part' } : candidate;
  });
}
