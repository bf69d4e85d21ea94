/**
 * One paragraph as the matcher reads it: its clauses and sentences, the brackets and titles that
 * enclose each position, and memoised searches. Everything a number's judgement needs about "the
 * sentence so far" or "an earlier clause" is computed once per paragraph (or once per sentence and
 * pattern), never by rescanning the sentence for every number: a report with one sentence of
 * 100,000 numbers stays linear.
 */

import { lastIndexWhere } from '../../lib/sorted';
import type { ParagraphSpan } from '../../lib/spans';
import type { NumberMention } from '../numbers';
import { type Clause, clauseIndexAt, splitClauses } from './clauses';

const UNKNOWN = -2;
/** A paragraph label is a short first sentence without numbers: 「(二)行政复议应诉。」. */
const MAX_LABEL_LENGTH = 24;
const LABEL = /^\s*(\(?[一二三四五六七八九十\d]+[)、.]\s*)?[^,;:、\d]+$/;
const OPEN_BRACKETS = '(';
const CLOSE_BRACKETS = ')';

/** What each character means to findEnclosures, by UTF-16 code unit (no string made of each character). */
const OPENS_TITLE = 1;
const CLOSES_TITLE = 2;
const OPENS_BRACKET = 3;
const CLOSES_BRACKET = 4;
const ENDS_SENTENCE = 5;
const ENCLOSURE_KIND = new Uint8Array(0x10000);
ENCLOSURE_KIND['《'.charCodeAt(0)] = OPENS_TITLE;
ENCLOSURE_KIND['》'.charCodeAt(0)] = CLOSES_TITLE;
for (let i = 0; i < OPEN_BRACKETS.length; i += 1) ENCLOSURE_KIND[OPEN_BRACKETS.charCodeAt(i)] = OPENS_BRACKET;
for (let i = 0; i < CLOSE_BRACKETS.length; i += 1) ENCLOSURE_KIND[CLOSE_BRACKETS.charCodeAt(i)] = CLOSES_BRACKET;
ENCLOSURE_KIND['。'.charCodeAt(0)] = ENDS_SENTENCE;
ENCLOSURE_KIND['\n'.charCodeAt(0)] = ENDS_SENTENCE;

/** Matches of `pattern` (non-global) that end at or before a point, found by bisection. */
function earliestMatchEnd(pattern: RegExp, text: string, from: number, to: number): number {
  if (from >= to || !pattern.test(text.slice(from, to))) return Infinity;
  // `pattern` matches text[from, end) for every end ≥ the answer: bisect on the end.
  let low = from + 1;
  let high = to;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (pattern.test(text.slice(from, middle))) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A bracket pair (in opening order, so sorted by start), with the bracket it sits in. */
interface Bracket {
  readonly start: number;
  /** Its closing bracket, or where it was cut off (sentence or paragraph end). */
  end: number;
  /** Index of the enclosing bracket, or -1. */
  readonly parent: number;
}

interface Enclosures {
  readonly brackets: readonly Bracket[];
  readonly titles: readonly ParagraphSpan[];
}

const MAX_NESTING = 16;

/** Index of the last span starting at or before `position` (spans sorted by start), or -1. */
function lastStartingAtOrBefore(spans: readonly { readonly start: number }[], position: number): number {
  return lastIndexWhere(spans, (span) => span.start <= position);
}

export class ParagraphView {
  readonly text: string;
  readonly mentions: readonly NumberMention[];
  readonly clauses: readonly Clause[];
  /** For each clause, the index of the first clause of its sentence. */
  private readonly sentenceFirstClause: Int32Array;
  /** For each clause, the index of the last clause of its sentence. */
  private readonly sentenceLastClause: Int32Array;
  /** Bracket pairs and 《》 titles, found on first use: most paragraphs never ask. */
  private enclosures: Enclosures | null = null;
  private readonly clauseSearches = new Map<RegExp, Array<ParagraphSpan | null | undefined>>();
  private readonly sentenceMatchEnds = new Map<RegExp, Map<number, number>>();
  private readonly leadCache = new Map<RegExp, boolean>();
  private readonly allMatches = new Map<RegExp, ParagraphSpan[]>();
  private readonly nearestHits = new Map<RegExp, Int32Array>();
  private readonly labelSearches = new Map<RegExp, ParagraphSpan | null>();
  private readonly transparent = new Map<unknown, Array<boolean | undefined>>();
  /** For each clause, the index of the first mention that ends after its start. */
  private readonly firstMention: Int32Array;
  private readonly lead: string;
  /** The paragraph's opening label (「(一)行政复议。」), when it has one. */
  readonly label: ParagraphSpan | null;

  constructor(text: string, mentions: readonly NumberMention[]) {
    this.text = text;
    this.mentions = mentions;
    this.clauses = splitClauses(text, mentions);
    const count = this.clauses.length;
    this.sentenceFirstClause = new Int32Array(count);
    this.sentenceLastClause = new Int32Array(count);
    for (let index = 0; index < count; index += 1) {
      const sameAsPrevious = index > 0 && this.clauses[index - 1]!.sentence === this.clauses[index]!.sentence;
      this.sentenceFirstClause[index] = sameAsPrevious ? this.sentenceFirstClause[index - 1]! : index;
    }
    for (let index = count - 1; index >= 0; index -= 1) {
      const sameAsNext = index < count - 1 && this.clauses[index + 1]!.sentence === this.clauses[index]!.sentence;
      this.sentenceLastClause[index] = sameAsNext ? this.sentenceLastClause[index + 1]! : index;
    }
    this.firstMention = new Int32Array(count);
    let mentionIndex = 0;
    for (let index = 0; index < count; index += 1) {
      while (mentionIndex < mentions.length && mentions[mentionIndex]!.end <= this.clauses[index]!.start) mentionIndex += 1;
      this.firstMention[index] = mentionIndex;
    }
    const leadEnd = text.search(/[。!?;]/);
    this.lead = leadEnd === -1 ? text : text.slice(0, leadEnd);
    // 「(一)行政复议。全年受理案件52件…」: a short label opening the paragraph names its topic.
    const label =
      leadEnd > 0 && leadEnd <= MAX_LABEL_LENGTH && mentions.every((mention) => mention.start > leadEnd) ? LABEL.exec(this.lead) : null;
    this.label = label ? { start: label.index, end: leadEnd } : null;
  }

  clauseAt(position: number): number {
    return clauseIndexAt(this.clauses, position);
  }

  sentenceStart(clauseIndex: number): number {
    return this.clauses[this.sentenceFirstClause[clauseIndex]!]!.start;
  }

  firstClauseOfSentence(clauseIndex: number): number {
    return this.sentenceFirstClause[clauseIndex]!;
  }

  sentenceEnd(clauseIndex: number): number {
    return this.clauses[this.sentenceLastClause[clauseIndex]!]!.end;
  }

  /** Where the innermost bracket enclosing `position` opens, or -1. */
  bracketAt(position: number): number {
    const { brackets } = this.findEnclosures();
    // The last bracket opening at or before `position`; if it closed already, an enclosing one is
    // among its ancestors (nesting is shallow in prose; the walk is bounded all the same).
    let index = lastStartingAtOrBefore(brackets, position);
    for (let depth = 0; index >= 0 && depth < MAX_NESTING; depth += 1) {
      const bracket = brackets[index]!;
      if (position <= bracket.end) return bracket.start;
      index = bracket.parent;
    }
    return -1;
  }

  isInTitle(position: number): boolean {
    const { titles } = this.findEnclosures();
    const index = lastStartingAtOrBefore(titles, position);
    return index >= 0 && position <= titles[index]!.end;
  }

  /**
   * Brackets (in opening order) and titles. A bracket left open ends with its sentence, so a lost
   * ")" never swallows the paragraph; an unclosed 《 runs to the paragraph's end.
   */
  private findEnclosures(): Enclosures {
    if (this.enclosures) return this.enclosures;
    const brackets: Bracket[] = [];
    const titles: ParagraphSpan[] = [];
    const open: number[] = []; // indexes into brackets of the brackets still open
    let titleStart = -1;
    let titleDepth = 0;
    const text = this.text;
    for (let i = 0; i < text.length; i += 1) {
      const kind = ENCLOSURE_KIND[text.charCodeAt(i)]!;
      if (kind === 0) continue;
      if (kind === OPENS_TITLE) {
        if (titleDepth === 0) titleStart = i;
        titleDepth += 1;
      } else if (kind === CLOSES_TITLE && titleDepth > 0) {
        titleDepth -= 1;
        if (titleDepth === 0) titles.push({ start: titleStart, end: i });
      } else if (kind === OPENS_BRACKET) {
        brackets.push({ start: i, end: text.length, parent: open.length > 0 ? open[open.length - 1]! : -1 });
        open.push(brackets.length - 1);
      } else if (kind === CLOSES_BRACKET && open.length > 0) brackets[open.pop()!]!.end = i;
      else if (kind === ENDS_SENTENCE) {
        while (open.length > 0) brackets[open.pop()!]!.end = i;
      }
    }
    if (titleDepth > 0) titles.push({ start: titleStart, end: text.length });
    this.enclosures = { brackets, titles };
    return this.enclosures;
  }

  /** The first match of `pattern` inside the paragraph's label, or null (memoised like a clause). */
  searchLabel(pattern: RegExp): ParagraphSpan | null {
    if (!this.label) return null;
    let found = this.labelSearches.get(pattern);
    if (found === undefined) {
      found = search(this.text, pattern, this.label.start, this.label.end);
      this.labelSearches.set(pattern, found);
    }
    return found;
  }

  /** The first match of `pattern` inside a clause, memoised per clause. */
  searchClause(pattern: RegExp, clauseIndex: number): ParagraphSpan | null {
    let cache = this.clauseSearches.get(pattern);
    if (!cache) {
      cache = new Array<ParagraphSpan | null | undefined>(this.clauses.length);
      this.clauseSearches.set(pattern, cache);
    }
    const cached = cache[clauseIndex];
    if (cached !== undefined) return cached;
    const clause = this.clauses[clauseIndex]!;
    const found = search(this.text, pattern, clause.start, clause.end);
    cache[clauseIndex] = found;
    return found;
  }

  /**
   * The nearest clause at or before `clauseIndex`, in the same sentence, where `pattern` matches;
   * -1 when none. Memoised per pattern, so each clause is searched at most once.
   */
  nearestClauseWith(pattern: RegExp, clauseIndex: number): number {
    let memo = this.nearestHits.get(pattern);
    if (!memo) {
      memo = new Int32Array(this.clauses.length).fill(UNKNOWN);
      this.nearestHits.set(pattern, memo);
    }
    const first = this.sentenceFirstClause[clauseIndex]!;
    let index = clauseIndex;
    const pending: number[] = [];
    let answer = -1;
    while (index >= first) {
      const known = memo[index]!;
      if (known !== UNKNOWN) {
        answer = known;
        break;
      }
      if (this.searchClause(pattern, index)) {
        answer = index;
        memo[index] = index;
        break;
      }
      pending.push(index);
      index -= 1;
    }
    for (const unresolved of pending) memo[unresolved] = answer;
    return answer;
  }

  /**
   * True when `pattern` matches somewhere in the sentence of `clauseIndex` before `end`, i.e. in
   * `text.slice(sentenceStart, end)`. The earliest end of a match is found once per sentence.
   */
  sentenceMatchesBefore(pattern: RegExp, clauseIndex: number, end: number): boolean {
    const first = this.sentenceFirstClause[clauseIndex]!;
    let perSentence = this.sentenceMatchEnds.get(pattern);
    if (!perSentence) {
      perSentence = new Map();
      this.sentenceMatchEnds.set(pattern, perSentence);
    }
    let earliest = perSentence.get(first);
    if (earliest === undefined) {
      earliest = earliestMatchEnd(pattern, this.text, this.clauses[first]!.start, this.sentenceEnd(clauseIndex));
      perSentence.set(first, earliest);
    }
    return earliest <= end;
  }

  /** The mentions that overlap a clause. */
  mentionsIn(clauseIndex: number): NumberMention[] {
    const clause = this.clauses[clauseIndex]!;
    const found: NumberMention[] = [];
    for (
      let index = this.firstMention[clauseIndex]!;
      index < this.mentions.length && this.mentions[index]!.start < clause.end;
      index += 1
    ) {
      found.push(this.mentions[index]!);
    }
    return found;
  }

  /** A judgement of a clause memoised per key (e.g. per rule): computed at most once each. */
  clauseJudgement(key: unknown, clauseIndex: number, judge: () => boolean): boolean {
    let cache = this.transparent.get(key);
    if (!cache) {
      cache = new Array<boolean | undefined>(this.clauses.length);
      this.transparent.set(key, cache);
    }
    let judged = cache[clauseIndex];
    if (judged === undefined) {
      judged = judge();
      cache[clauseIndex] = judged;
    }
    return judged;
  }

  /** The last match of a global `pattern` inside `[from, to)`; all matches are found once. */
  lastMatchWithin(pattern: RegExp, from: number, to: number): ParagraphSpan | null {
    let matches = this.allMatches.get(pattern);
    if (!matches) {
      matches = [...this.text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
      this.allMatches.set(pattern, matches);
    }
    const found = lastIndexWhere(matches, (match) => match.end <= to);
    const last = found >= 0 ? matches[found]! : null;
    return last && last.start >= from ? last : null;
  }

  /** True when `pattern` matches the paragraph's first sentence. */
  leadMatches(pattern: RegExp): boolean {
    let matches = this.leadCache.get(pattern);
    if (matches === undefined) {
      matches = pattern.test(this.lead);
      this.leadCache.set(pattern, matches);
    }
    return matches;
  }
}

/** The first match of a non-global `pattern` in `text[from, to)`. */
export function search(text: string, pattern: RegExp, from: number, to: number): ParagraphSpan | null {
  if (from >= to) return null;
  const match = pattern.exec(text.slice(from, to));
  return match ? { start: from + match.index, end: from + match.index + match[0].length } : null;
}
