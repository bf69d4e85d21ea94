import { SYNTHETIC_MARKER } from '../synthetic';

/**
 * Lookup tables for segmentation: what a web page adds around a report, how headings are
 * numbered, and which heading words tell a section's kind. All patterns run on the normalized view
 * (simplified characters, half-width punctuation).
 */

/**
 * A line that matches one of these is page chrome, never report text. Each is anchored on words
 * that do not occur in report prose; a pattern that could eat a real sentence does not belong here.
 */
export const CHROME_LINE_PATTERNS: readonly RegExp[] = [
  /浏览次数|浏览量|阅读次数|访问次数|点击数|浏览:\s*\d*次?\s*$/,
  /字体\s*[:：]|字体大小|字号\s*[:：]/,
  /^\s*字号\s*$|^\s*打印\s*$|^\s*关闭\s*$|^\s*分享\s*[:：]?\s*$|^\s*返回(上一级|顶部)?\s*$|^\s*主动公开\s*$/,
  /打印本页|关闭窗口|扫一扫|在手机(上)?打开|分享到|收藏本页/,
  /^\s*(上一篇|下一篇)/,
  /您(当前)?所在的?位置|当前位置\s*[:：>]/,
  /^\s*首\s*页\s*$|^\s*首页\s*[>›→]/,
  /^\s*[>›→]\s*\S+\s*[>›→]/,
  /Produced\s+By|Copyright|版权所有|ICP备|公网安备|网站标识码|主办单位|承办单位|技术支持/i,
  /^\s*(发布|更新|发稿)(日期|时间)\s*[:：]/,
  /(发布|更新)(日期|时间)\s*[:：]\s*\d{4}/,
  /^\s*(文章)?来源\s*[:：]/,
  /^\s*(日期|时间)\s*[:：]\s*\d{4}/,
  /^\s*浏览\s*[:：]/,
  /^\s*今天是\s*[:：]?\s*\d{4}年/,
  /^\s*(图片|视频|附件)\s*$/,
  /^\s*[|│]+\s*$/,
  /^\s*\d{4}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?\s*$/,
  /^\s*[•·]\s*(索\s*引\s*号|发布机构|公文生成日期)/,
  /门户网站\s+www\./i,
  SYNTHETIC_MARKER,
];

/**
 * The field names of a page's information table (索引号, 发布机构, 主题分类, 责任部门…): a line that holds
 * one is that table, unless it is prose. Several are also words of a sentence (「分解落实到具体责任部门
 * 单位」, 「扩大公开范围」, 「创新公开方式」), and a line of the report that uses one must not be dropped
 * with its figures; the table's lines never end a sentence, so only a line without 。!? is read here.
 */
export const CHROME_FIELD_PATTERN =
  /^\s*(信息)?索\s*引\s*号|发布机构\s*[:：|]|公开方式\s*[:：|]?|组配分类|主题分类|体裁分类|公开范围|公开时限|责任部门|责任科室|有效性\s*[:：]|失效日期|生成日期|成文日期/;

/**
 * Words that gambling spam injects into government pages. A line that is only such words (or that
 * carries them without any sentence) is chrome; inside a title they are cut out by the metadata
 * reader. The list is generic on purpose: the same slogans recur across hijacked sites.
 */
export const SPAM_WORDS =
  /凯发|一触即发|澳门|皇冠|葡京|威尼斯人|金沙|博彩|娱乐城|真人|棋牌|彩票|赌场|百家乐|开户|体育投注|官方网站|APP下载/;

/** Chinese numerals used in heading markers. */
const CN_DIGITS = '一二三四五六七八九十';

/** 一、二、… : a first-level heading. */
export const HEADING_L1 = new RegExp(`^\\s*[${CN_DIGITS}]+\\s*[、.]`);
/** (一)(二)… : a second-level heading. */
export const HEADING_L2 = new RegExp(`^\\s*\\(\\s*[${CN_DIGITS}]+\\s*\\)`);
/** 1. 2、 : a third-level heading or numbered paragraph. */
export const HEADING_L3 = /^\s*\d{1,2}\s*[.、](?!\d)/;

/** An inline heading inside a long line (some pages flatten the article onto one line). */
export const INLINE_HEADING = new RegExp(`\\s+(?=[${CN_DIGITS}]+、|\\([${CN_DIGITS}]+\\))`, 'g');

/** Heading words telling a section's kind. Plans and problems are checked before results. */
export const PLAN_HEADING = /下一步|下步|打算|主要安排|工作安排|工作计划|思路|展望|努力方向|对策|整改措施|目标任务/;
export const PROBLEM_HEADING = /不足|问题|短板|差距|困难|薄弱/;
export const RESULT_HEADING = /成效|成果|举措|措施|做法|主要工作|工作情况|开展情况|落实情况|推进情况|履行.*职责|情况/;

/** Sentence openings that turn a paragraph of a results section into a plan or a shortcoming. */
export const PLAN_PARAGRAPH_OPENING = /^\s*(\d{4}年(度)?,?\s*(我|全)(县|区|镇|乡|市|街道|局)?将|下一步|下步|今后|接下来|明年)/;
export const PROBLEM_PARAGRAPH_OPENING = /^\s*(存在的?(主要)?(问题|不足)|但(也|仍|还)?存在|问题和不足)/;
