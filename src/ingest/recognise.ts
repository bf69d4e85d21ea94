/**
 * Says whether a text is an annual rule-of-law report at all, before its numbers are trusted. A
 * supervising office's folder also holds news items, notices, plans and reports on other subjects
 * that mention 法治政府建设 in passing; their figures are not a report's and must not enter the
 * data unasked. A report, though, may arrive as little as its first page: a title or an opening
 * that presents it as a rule-of-law report is enough, however short the text (the extractor flags
 * a text that stops mid-report `partial`). So a text is refused only when it is positively
 * something else, and the reason says what. Pure, so the browser half asks the same question.
 */

import { lineSpans } from '../extract';
import type { TextKind } from '../extract/vocabulary';

export interface Recognition {
  readonly recognised: boolean;
  /** Why not, in words for the log line; for a recognised report, what was seen. */
  readonly reason: string;
  /** What the text was taken for; every kind but `report` is a refusal's code an interface translates. */
  readonly kind: TextKind;
  /** Chinese characters in the text (the figure a "too little to tell" refusal names). */
  readonly han: number;
}

export type { TextKind };

// Every pattern names traditional forms too (報告, 建設…): some sites publish in traditional script.

/** The subject of such a report, in the wordings reports use for it. */
const SUBJECT = /法治政府|依法行政|法[治制]建[设設]|法[治制][^\n。，,]{0,4}工作|依法治[省市区區县縣镇鎮乡鄉旗]|全面依法治|法治[\u4e00-\u9fff]{1,4}建[设設]/g;
/** A title's subject: the same wordings, plus 法治 reports titled by their place (法治余杭建设). */
const TITLE_SUBJECT = /法治|法制|依法行政|依法治/;
/** What a report calls itself in its title. */
const REPORT_KIND = /[报報]告|[总總][结結]|情[况況]$|情[况況](?:[的报報]|暨)/;
/** Title endings of other kinds of text. A report's title may carry a plan after 暨 (…报告暨2025年工作计划). */
const NOTICE_KIND = /(?:通知|通[报報]|公告|通告|公示|批[复復]|[决決]定|意[见見]|函)$/;
const SPEECH_KIND = /(?:[讲講][话話]|致[辞辭]|[发發]言|[讲講]稿)$/;
const PLAN_KIND = /(?:[计計]划|要[点點]|方案|[规規]划|安排|打算|思路)$/;
/** A news headline reports an event: a meeting held, training given, a campaign launched. */
const NEWS_EVENT = /召[开開]|[举舉][行办辦]|[开開]展|推[进進]会|[座]谈会|培[训訓]|部署|[启啟]动|[调調]研|[检檢]查|[督]察|[获獲]|[荣榮]登|入[选選]/;
/** Marks of a news item: bylines, datelines, editors, a news desk as source. */
const NEWS_MARK = /本[报報][讯訊]|[记記]者|通[讯訊]员|[讯訊][)）]|[责責]任[编編][辑輯]|[编編][辑輯][:：]|融媒体中心|新[闻聞]中心|日[报報]社?\s/;
/** Section headings (一、 (一) 1.) are no titles, though they may say 情况. */
const HEADING = /^(?:[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|\d{1,2}\s*[、.．](?!\d))/;
/** A title line: short, no sentence in it. */
const TITLE_LINE = /^[^。!?！？；;，,]{4,80}$/;
/** Report openings and closings: "现将…报告如下", "特此报告". */
const REPORT_PHRASE = /[报報]告如下|情[况況]如下|[总總][结結]如下|[汇匯彙][报報]如下|特此[报報]告|[现現][将將][^。]{0,60}(?:[报報]告|[汇匯彙][报報])/;
/** How a report's prose opens: "2022年,全市…", "2020年以来，…" — a year and a comma, not a news dateline. */
const YEAR_OPENING = /^[\s\u3000]*(?:\d{4}|[二〇零一二三四五六七八九]{4})\s*年(?:度)?(?:以[来來])?[,，]/;
const HAN = /[\u4e00-\u9fff]/g;

/** The title is near the top: a page's header lines come before it, not whole articles. */
const TITLE_WINDOW_LINES = 25;
/** A text that names the subject but that nothing presents as anything: below this it is too little to tell. */
const MIN_HAN_UNPRESENTED = 300;

/** What a title line says the text is, or null when the line is no title. */
function titleKind(line: string): Exclude<TextKind, 'off_subject' | 'unpresented'> | null {
  if (!TITLE_LINE.test(line) || HEADING.test(line)) return null;
  const kind = line.split(/暨/)[0]!;
  const subject = TITLE_SUBJECT.test(line);
  if (NOTICE_KIND.test(line) && /关于|[關]於/.test(line)) return 'notice';
  if (REPORT_KIND.test(kind) || REPORT_KIND.test(line)) {
    if (subject) return 'report';
    // A bare column name ("工作报告") is no title; a full one on another subject is.
    return line.length >= 8 && /\d{4}|关于|[關]於|年度/.test(line) ? 'other_report' : null;
  }
  if (subject && PLAN_KIND.test(line)) return 'plan';
  if (subject && SPEECH_KIND.test(line)) return 'speech';
  if (subject && NEWS_EVENT.test(line) && line.length >= 10) return 'news';
  return null;
}

/** The title lines near the top, with what each says the text is. */
function titles(lines: readonly string[]): Array<{ line: string; kind: NonNullable<ReturnType<typeof titleKind>> }> {
  const out: Array<{ line: string; kind: NonNullable<ReturnType<typeof titleKind>> }> = [];
  for (const line of lines.slice(0, TITLE_WINDOW_LINES)) {
    const kind = titleKind(line);
    if (kind) out.push({ line, kind });
  }
  return out;
}

/** A paragraph that opens as a report's prose does, naming the subject in its first sentences. */
function reportOpening(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (!YEAR_OPENING.test(line)) continue;
    SUBJECT.lastIndex = 0;
    if (SUBJECT.test(line.slice(0, 200))) return line;
  }
  return null;
}

function clip(line: string): string {
  return line.length > 30 ? `${line.slice(0, 30)}…` : line;
}

const KIND_WORDS: Readonly<Record<'news' | 'notice' | 'plan' | 'speech' | 'other_report', string>> = {
  news: 'a news item',
  notice: 'a notice',
  plan: 'a plan',
  speech: 'a speech',
  other_report: 'a report on another subject',
};

/**
 * Decides, in this order: a report title accepts the text, however short (a page that attaches
 * the report under a notice is the report); a title that makes it something else (a notice, a
 * plan, a speech, a news headline, a report on another subject) refuses it; a report opening
 * (现将…报告如下, "2022年,…法治政府建设…") accepts it; a news item's marks (本报讯, 记者, 编辑:)
 * refuse it; a text that never names the subject is on another one; what is left names the
 * subject and is accepted when long enough to be a report's body, else refused as too little to
 * tell.
 */
export function recogniseReport(text: string): Recognition {
  const lines = lineSpans(text)
    .map((line) => text.slice(line.start, line.end).trim())
    .filter((line) => line.length > 0);
  const found = titles(lines);
  const report = found.find((t) => t.kind === 'report');
  const other = found.find((t): t is typeof t & { kind: keyof typeof KIND_WORDS } => t.kind !== 'report');
  SUBJECT.lastIndex = 0;
  const subjectMentions = text.match(SUBJECT)?.length ?? 0;
  const han = text.match(HAN)?.length ?? 0;

  if (report) return { recognised: true, kind: 'report', reason: `report title (${clip(report.line)}), ${subjectMentions} mentions of its subject`, han };
  if (other) return { recognised: false, kind: other.kind, reason: `${KIND_WORDS[other.kind]} (title: ${clip(other.line)})`, han };
  const phrase = REPORT_PHRASE.exec(text);
  if (phrase && subjectMentions > 0) return { recognised: true, kind: 'report', reason: `report phrase (${phrase[0]}), ${subjectMentions} mentions of its subject`, han };
  const opening = reportOpening(lines);
  if (opening) return { recognised: true, kind: 'report', reason: `report opening (${clip(opening)}), ${subjectMentions} mentions of its subject`, han };

  const news = NEWS_MARK.exec(text);
  if (news) return { recognised: false, kind: 'news', reason: `a news item (${news[0].trim()}), no report title or opening`, han };
  if (subjectMentions === 0) return { recognised: false, kind: 'off_subject', reason: 'it never mentions 法治政府建设 or 依法行政', han };
  if (han < MIN_HAN_UNPRESENTED || subjectMentions < 3) {
    return {
      recognised: false,
      kind: 'unpresented',
      han,
      reason: `no title or opening presents it as a report (…情况的报告, 现将…报告如下, 2022年,…), and ${han} Chinese characters with ${subjectMentions} mentions of 法治政府建设 are too little to tell`,
    };
  }
  return { recognised: true, kind: 'report', reason: `${subjectMentions} mentions of its subject in ${han} Chinese characters, nothing presenting it as another kind of text`, han };
}

/** A link title naming an annual rule-of-law report: the subject, then the word 报告 after it. */
const REPORT_LINK_TITLE = /法治政府建[设設][^\n]{0,40}?[报報]告/g;
/** An annual report's title names its year ("2023年度", "二〇二三年"); a column called 法治政府建设年度报告 does not. */
const TITLE_YEAR = /(?:19|20)\d{2}|[〇零○Ｏ一二][〇零○Ｏ一二三四五六七八九]{3}\s*年/;
/** Words after the report word that make the link something else: a notice asking for reports, a digest of one. */
const NOT_THE_REPORT = /通知|通[报報]|[的之]函|意[见見]|解[读讀]|[图圖]解|[问問]答|公示|公告|批[复復]|[视視][频頻]|述[评評]/;

/** Words before it that make the link a digest of the report: 图解, 解读, 一图读懂. */
const DIGEST = /[图圖]解|解[读讀]|[读讀]懂|[图圖]说|[图圖]說/;

/**
 * Whether a link's title looks like an annual rule-of-law report (…2023年…法治政府建设…报告), for
 * picking report pages out of a column or search-result page. "关于报送2023年度法治政府建设情况报告的通知"
 * is a notice, "图解：2023年法治政府建设年度报告" a digest and "审议《2023年法治政府建设报告》" news
 * about a report quoted in its title: none is the report.
 */
export function looksLikeReportTitle(title: string): boolean {
  const trimmed = title.trim();
  const last = [...trimmed.matchAll(REPORT_LINK_TITLE)].at(-1);
  if (last === undefined || !TITLE_YEAR.test(trimmed)) return false;
  const before = trimmed.slice(0, last.index);
  const after = trimmed.slice(last.index + last[0].length);
  if (NOT_THE_REPORT.test(after) || DIGEST.test(before)) return false;
  // A report named in 《》 inside a longer title is what the item is about, not the item.
  const quoted = before.lastIndexOf('《') > before.lastIndexOf('》') && after.includes('》');
  return !quoted || (before.trim().startsWith('《') && /^[^》]*》\s*$/.test(after));
}
