/**
 * Says whether a text is an annual rule-of-law report at all, before its numbers are trusted. A
 * supervising office's folder also holds news items, notices and meeting write-ups that mention
 * 法治政府建设 in passing; their figures are not a report's and must not enter the data unasked.
 * Pure, so the browser half asks the same question.
 */

import type { NotAReportReason } from '../extract/vocabulary';

export interface Recognition {
  readonly recognised: boolean;
  /** Why not, in words for the log line; for a recognised report, what was seen. */
  readonly reason: string;
  /** Why not, as a code an interface translates; null for a recognised report. */
  readonly code: NotAReportReason | null;
  /** Chinese characters in the text (the figure a "too short" refusal names). */
  readonly han: number;
}

// Every pattern names traditional forms too (報告, 建設…): some sites publish in traditional script.

/** The subject of such a report, in the wordings reports use for it. */
const SUBJECT = /法治政府|依法行政|法[治制]建[设設]|法[治制][^\n。，,]{0,4}工作|依法治[省市区區县縣镇鎮乡鄉旗]|全面依法治/g;
/** A title line: the subject and a report word, short, no sentence in it. */
const TITLE_LINE = /^[^。!?！？；;]{4,80}$/;
const TITLE_SUBJECT = /法治|法制|依法行政|依法治/;
const TITLE_KIND = /[报報]告|[总總]结|[总總]結|情[况況]/;
/** Report openings and closings: "现将…报告如下", "特此报告". */
const REPORT_PHRASE = /[报報]告如下|情[况況]如下|[总總][结結]如下|[汇匯彙][报報]如下|特此[报報]告|[现現][将將][^。]{0,60}(?:[报報]告|[汇匯彙][报報])/;
/** How a report's prose opens: "2022年,全市…", "2020年以来，…" — a year and a comma, not a news dateline. */
const YEAR_OPENING = /^[\s\u3000]*\d{4}\s*年(?:度|以[来來])?[,，]/m;
/** Section headings a report is built from. */
const HEADING = /^[\s\u3000]*(?:[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）])/m;
const HEADINGS = new RegExp(HEADING.source, 'gm');
const HAN = /[\u4e00-\u9fff]/g;

/** How much Chinese a report has at the least; the shortest real ones are well above this. */
const MIN_HAN = 300;
/** The title is near the top: a page's header lines come before it, not whole articles. */
const TITLE_WINDOW_LINES = 25;

function hasTitle(text: string): boolean {
  return text
    .split('\n')
    .slice(0, TITLE_WINDOW_LINES)
    .map((line) => line.trim())
    .some((line) => TITLE_LINE.test(line) && TITLE_SUBJECT.test(line) && TITLE_KIND.test(line));
}

/**
 * A text is a rule-of-law report when it is long enough, names its subject repeatedly, presents
 * itself as a report (a title saying so, "现将…报告如下", or prose opening "2022年,…" on the subject)
 * and has a report's structure (numbered sections, or several paragraphs). Each missing part is
 * named in the reason. A news item fails on the presentation: it has a headline and a dateline.
 */
export function recogniseReport(text: string): Recognition {
  const han = text.match(HAN)?.length ?? 0;
  if (han < MIN_HAN) return { recognised: false, reason: `only ${han} Chinese characters`, code: 'too_short', han };
  const subjectMentions = text.match(SUBJECT)?.length ?? 0;
  if (subjectMentions < 2) {
    return subjectMentions === 0
      ? { recognised: false, reason: 'it never mentions 法治政府建设 or 依法行政', code: 'no_subject', han }
      : { recognised: false, reason: 'it mentions 法治政府建设 or 依法行政 only once', code: 'subject_once', han };
  }
  const title = hasTitle(text);
  const phrase = REPORT_PHRASE.test(text);
  // Without a title or a report phrase, a year-opening and a steady subject still make a report's body.
  const yearOpening = YEAR_OPENING.test(text) && subjectMentions >= 3;
  if (!title && !phrase && !yearOpening) return { recognised: false, reason: 'no title or opening presents it as a report (…情况的报告, 现将…报告如下, 2022年,…)', code: 'not_presented', han };
  const headings = text.match(HEADINGS)?.length ?? 0;
  const paragraphs = text.split('\n').filter((line) => line.trim().length >= 40).length;
  if (headings < 2 && paragraphs < 5) return { recognised: false, reason: 'it has no sections and too few paragraphs for a report', code: 'no_structure', han };
  return {
    recognised: true,
    reason: `${title ? 'report title' : phrase ? 'report phrase' : 'year opening'}, ${subjectMentions} mentions of its subject, ${headings} section headings`,
    code: null,
    han,
  };
}
