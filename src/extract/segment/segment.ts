/**
 * Splits a report into paragraphs, drops the web page's chrome, and gives every paragraph its
 * section and the section's kind (results, problems, plans, other). Only results yield values, so
 * the kind decides whether "出庭应诉率100%" is an achievement or next year's target.
 */

import { anyPattern } from '../../lib/any-pattern';
import type { TextSpan } from '../../lib/spans';
import { lineSpans } from '../lines';
import type { Paragraph, SectionKind } from '../types';
import {
  CHROME_FIELD_PATTERN,
  CHROME_LINE_PATTERNS,
  HEADING_L1,
  HEADING_L2,
  HEADING_L3,
  INLINE_HEADING,
  PLAN_HEADING,
  PLAN_PARAGRAPH_OPENING,
  PROBLEM_HEADING,
  PROBLEM_PARAGRAPH_OPENING,
  RESULT_HEADING,
  SPAM_WORDS,
} from './constants';

/** What a heading title says about its section; `mixed` names results and problems at once. */
type HeadingKind = SectionKind | 'mixed' | 'neutral';

const SENTENCE_END = /[。!?;]/;
/** A full stop of prose: a page's information table has none (its fields may hold a ;). */
const PROSE_SENTENCE_END = /[。!?]/;
/** A line this long with inline headings was flattened by the page; split it at the headings. */
const FLATTENED_LINE_LENGTH = 200;
const MAX_HEADING_LENGTH = 60;

/** Lines of the document with surrounding white space trimmed, as offsets; blank lines left out. */
function trimmedLines(normalized: string): TextSpan[] {
  // Loops rather than flatMap: this and the pieces below run over every line of every report.
  const pieces: TextSpan[] = [];
  for (const { start, end } of lineSpans(normalized)) {
    const piece = trimPiece(normalized, start, end);
    if (piece) pieces.push(piece);
  }
  return pieces;
}

/** Splits a flattened line at its inline headings (一、 (一)) so that sections survive. */
function splitFlattened(normalized: string, line: TextSpan): TextSpan[] {
  if (line.end - line.start < FLATTENED_LINE_LENGTH) return [line];
  const text = normalized.slice(line.start, line.end);
  const cuts: number[] = [];
  for (const match of text.matchAll(INLINE_HEADING)) {
    cuts.push(match.index + match[0].length);
  }
  if (cuts.length === 0) return [line];
  const pieces: TextSpan[] = [];
  let from = 0;
  for (const cut of cuts) {
    const piece = trimPiece(normalized, line.start + from, line.start + cut);
    if (piece) pieces.push(piece);
    from = cut;
  }
  const last = trimPiece(normalized, line.start + from, line.end);
  if (last) pieces.push(last);
  return pieces;
}

function trimPiece(normalized: string, start: number, end: number): TextSpan | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(normalized[s]!)) s += 1;
  while (e > s && /\s/.test(normalized[e - 1]!)) e -= 1;
  return e > s ? { start: s, end: e } : null;
}

/** A line of the opening this long at most can be a page's title line. */
const TITLE_LINE_MAX = 80;

/**
 * The paragraphs with spam-injected title lines flagged (`injected`): a short line of the opening
 * section, not a heading, no value read from it, holding spam words (the same list that drops
 * banner lines). Decided here once; readers follow the flag.
 */
export function flagInjectedTitleLines(paragraphs: readonly Paragraph[], valueParagraphs: ReadonlySet<string>): Paragraph[] {
  return paragraphs.map((paragraph) => {
    const text = paragraph.text.trim();
    const injected =
      paragraph.section === '' &&
      !paragraph.isHeading &&
      !valueParagraphs.has(paragraph.id) &&
      text.length <= TITLE_LINE_MAX &&
      SPAM_WORDS.test(text);
    return injected ? { ...paragraph, injected: true } : paragraph;
  });
}

/** Whether one of CHROME_LINE_PATTERNS matches: one alternation, every line of every report is asked. */
const matchesChromePattern = anyPattern(CHROME_LINE_PATTERNS);

/** True for lines a web page adds: navigation, counters, print buttons, publisher footers, spam. */
export function isChromeLine(normalizedLine: string): boolean {
  if (matchesChromePattern(normalizedLine)) return true;
  // A field of the page's information table, on a line that is not a sentence of the report.
  if (!PROSE_SENTENCE_END.test(normalizedLine) && CHROME_FIELD_PATTERN.test(normalizedLine)) return true;
  // A short line of spam words with no sentence in it is an injected banner, not report text.
  return (
    normalizedLine.length <= 30 &&
    SPAM_WORDS.test(normalizedLine) &&
    !SENTENCE_END.test(normalizedLine) &&
    !/报告|法治/.test(normalizedLine)
  );
}

/** Heading level of a line (1: 一、 2: (一) 3: 1.), or 0 when it is not a heading. */
function headingLevel(normalizedLine: string): 0 | 1 | 2 | 3 {
  if (HEADING_L1.test(normalizedLine)) return 1;
  if (HEADING_L2.test(normalizedLine)) return 2;
  if (HEADING_L3.test(normalizedLine)) return 3;
  return 0;
}

/**
 * The title a heading line gives its section: the line itself when short, else its first
 * sentence ("(二)深化复议为民促和谐。设立…" names the section 深化复议为民促和谐).
 */
function headingTitleLength(normalizedLine: string): number {
  const sentenceEnd = normalizedLine.search(SENTENCE_END);
  const end = sentenceEnd === -1 ? normalizedLine.length : sentenceEnd;
  return Math.min(end, MAX_HEADING_LENGTH);
}

export function classifyHeading(title: string): HeadingKind {
  const plan = PLAN_HEADING.test(title);
  const problem = PROBLEM_HEADING.test(title);
  const result = RESULT_HEADING.test(title);
  if (problem && plan) return 'problems';
  if (plan) return 'plans';
  if (problem && /成效|成果|举措|主要工作/.test(title)) return 'mixed';
  if (problem) return 'problems';
  return result ? 'results' : 'neutral';
}

/** The kind of a section from its first- and second-level headings. */
function sectionKindOf(level1: HeadingKind | null, level2: HeadingKind | null): SectionKind {
  if (level1 === null) return 'other';
  const outer: SectionKind = level1 === 'neutral' || level1 === 'mixed' ? 'results' : level1;
  if (level2 === null || level2 === 'neutral') return outer;
  if (level2 === 'mixed') return 'results';
  // A subsection may narrow a section ("(二)对策建议及整改措施" under shortcomings is a plan), but
  // nothing inside a plans section becomes a result.
  if (outer === 'plans') return outer;
  if (outer === 'problems' && level2 === 'results') return outer;
  return level2;
}

/** A paragraph's own opening can turn it into a plan or a shortcoming inside a wider section. */
function paragraphKind(sectionKind: SectionKind, normalizedText: string): SectionKind {
  if (sectionKind === 'results' || sectionKind === 'problems' || sectionKind === 'other') {
    if (PLAN_PARAGRAPH_OPENING.test(normalizedText)) return 'plans';
  }
  if (sectionKind === 'results' && PROBLEM_PARAGRAPH_OPENING.test(normalizedText)) return 'problems';
  return sectionKind;
}

/**
 * A line of the front matter above a report's prose: its title, its organ, a salutation or a
 * document number — short and without a sentence in it. Prose has punctuation.
 */
function isFrontMatterLine(normalizedLine: string): boolean {
  return normalizedLine.length <= MAX_FRONT_MATTER_LINE && !/[。!?;,,:]/.test(normalizedLine);
}

const MAX_FRONT_MATTER_LINE = 80;

/** The titles of a paragraph's section, those it has: 「一、… / (二)…」. */
function sectionName(level1Title: string, level2Title: string): string {
  if (level2Title === '') return level1Title;
  return level1Title === '' ? level2Title : `${level1Title} / ${level2Title}`;
}

/**
 * Splits `original` into paragraphs. `normalized` is its same-length matching view.
 * The prose before the first 一、 heading is the year's results unless it is positively something
 * else: many reports open with a paragraph or two that sum up the year's key figures (「2021年,
 * 审查规范性文件312件…调解成功率98.31%」). So is the body of a report without any 一、 heading: a
 * short report that states its figures without sections is still stating results. The front
 * matter above the prose (title, organ, salutation) stays `other`, and a paragraph that opens as a
 * plan or a shortcoming is one wherever it stands.
 */
export function segmentReport(original: string, normalized: string): Paragraph[] {
  const kept: TextSpan[] = [];
  for (const line of trimmedLines(normalized)) {
    for (const piece of splitFlattened(normalized, line)) if (!isChromeLine(normalized.slice(piece.start, piece.end))) kept.push(piece);
  }
  const paragraphs: Paragraph[] = [];
  let level1Title = '';
  let level2Title = '';
  // Before the first heading: results (see above); a heading then sets the section's own kind.
  let level1Kind: HeadingKind | null = 'results';
  let level2Kind: HeadingKind | null = null;
  let inFrontMatter = true;

  for (const piece of kept) {
    const normalizedText = normalized.slice(piece.start, piece.end);
    const level = headingLevel(normalizedText);
    const titleLength = headingTitleLength(normalizedText);
    const title = original.slice(piece.start, piece.start + titleLength);
    // 「二、2020年度我局实施行政处罚总数为293宗,罚没收入…,具体见表二。」 is a numbered paragraph: a
    // sentence of clauses ending in 。, where a heading is a title (「一、坚持党的领导,全面推进…」).
    const numberedSentence = level > 0 && normalizedText.trimEnd().endsWith('。') && normalizedText.includes(',');
    const isHeading = level > 0 && level < 3 && titleLength >= normalizedText.length - 1 && !numberedSentence;
    if (level === 1) {
      level1Title = title;
      level1Kind = classifyHeading(normalizedText.slice(0, titleLength));
      level2Title = '';
      level2Kind = null;
    } else if (level === 2 && level1Kind !== null) {
      level2Title = title;
      level2Kind = classifyHeading(normalizedText.slice(0, titleLength));
    }
    const kind = sectionKindOf(level1Kind, level2Kind);
    inFrontMatter &&= level === 0 && isFrontMatterLine(normalizedText);
    paragraphs.push({
      id: `p${paragraphs.length + 1}`,
      section: sectionName(level1Title, level2Title),
      sectionKind: inFrontMatter ? 'other' : isHeading ? kind : paragraphKind(kind, normalizedText),
      text: original.slice(piece.start, piece.end),
      offset: piece.start,
      isHeading,
    });
  }
  return paragraphs;
}
