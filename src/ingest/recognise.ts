/**
 * Says whether a text is an annual rule-of-law report at all, before its numbers are trusted. A
 * supervising office's folder also holds news items, notices, plans and reports on other subjects
 * that mention 法治政府建设 in passing; their figures are not a report's and must not enter the
 * data unasked. A report, though, may arrive as little as its first page: a title or an opening
 * that presents it as a rule-of-law report is enough, however short the text (the extractor flags
 * a text that stops mid-report `partial`). So a text is refused only when it is positively
 * something else, and the reason says what. Pure, so the browser half asks the same question.
 */

import type { TextKind } from '../extract';
import { isPlaceName, lineSpans, normalizeForMatching, RELATED_SUBJECT, SITE_TITLE, TITLE_FIELD } from '../extract';
import { holdsAnyWord, wordGated } from '../lib/word-gate';

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

// Every pattern runs on the text's matching view (src/extract/normalize): simplified characters,
// half-width punctuation, the same length as the text. Traditional-script pages read alike.

/** The subject of such a report, in the wordings reports use for it. */
const SUBJECT = /法治政府|依法行政|法[治制]建设|法[治制][^\n。,]{0,4}工作|依法治[省市区县旗镇乡]|全面依法治|法治[\u4e00-\u9fff]{1,4}建设/g;
/** A title's subject: the same wordings, plus 法治 reports titled by their place (法治余杭建设). */
const TITLE_SUBJECT = /法治|法制|依法行政|依法治/;
/**
 * The subjects of the related reports a place's offices publish (司法局…年工作总结, 行政复议工作总结,
 * 行政执法数据…), read as document kinds of their own (src/extract/metadata/document-kind.ts).
 */
const RELATED = RELATED_SUBJECT;
/** What a report calls itself in its title. */
const REPORT_KIND = /报告|总结|情况$|情况(?:[的报]|暨)/;
/** What a related report calls itself in its title: a report, a summary, its figures. */
const RELATED_KIND = /报告|总结|情况|数据|统计|年报|白皮书/;
/** A related title says which year, or that it is a work report, so that a subheading is no title. */
const RELATED_SPECIFIC = /\d{4}\s*年|\d{3}\*\s*年|关于|工作(?:总结|报告)|年度报告|年报|统计|白皮书/;
/**
 * Where a report's title goes on to a plan (…情况及2016年工作打算, …报告暨2025年工作计划): the part
 * before it says what the text is.
 */
const PLAN_APPENDED = /暨|(?<=情况|总结|报告)(?:及|和|与)/;
/**
 * A title whose 法治 a copying site stripped (海南省人民政府关于2020年度政府建设情况的报告): 政府建设 straight after its year
 * or its 关于, with no qualifier (数字政府建设, 廉洁政府建设 are other subjects). It says nothing of the subject either way.
 */
const STRIPPED_SUBJECT_TITLE = /(?:年度?|关于)政府建设(?:工作)?(?:情况|年度)?(?:的)?报告/;
/** Words of a title that name no subject: a bare 「2017年工作情况」 is a report's heading, not another subject's report. */
const GENERIC_TITLE_WORDS = /\d{4}\s*年度?|年度|关于|工作|情况|的|报告|总结|全年|主要|开展|以来|[一二三四五六七八九十]+[、.]/g;
const NOTICE_KIND = /(?:通知|通报|公告|通告|公示|批复|决定|意见|函)$/;
/** A notice's title cut inside the 《》 of what it issues (a field table's 名称: …关于印发《…年度报): still a notice. */
const CUT_ISSUING_TITLE = /关于(?:印发|转发|下发)《[^》]*$/;
/**
 * A notice that has lost its title, by the phrase that issues what follows (「现将《城北区2025年法治政府建设工作要点》印发给
 * 你们,请认真贯彻落实」): the text is the notice, whatever the issued document's title says — unless that is a report's.
 */
const ISSUES_DOCUMENT = /现将《[^》]{2,80}》(?:印发|转发|下发)给你们/;
/**
 * The bare issuing phrase (「《…办法》已经县政府…审议通过,现印发给你们」) makes a notice of a text that no title makes
 * anything else; under a plan's title it is the plan's cover (set5 labels such a page a plan).
 */
const ISSUES_BARE = /现(?:印发|转发|下发)给你们/;
/**
 * A notice that makes a report public — 「关于2021年度法治政府建设工作情况报告的公示」, 「关于公布…法治政府
 * 建设年度报告的公告」, 「…情况报告公开」 — is the report, published: what it shows is the text that follows.
 * A notice that asks for reports (关于报送…报告的通知) or answers one (…的批复) is not.
 */
const PUBLISHES_REPORT =
  /(?:报告|总结)(?:的|全文)?(?:公示|公告|公开|公布)$|^关于(?:公示|公布|公开)[^。]{0,60}(?:报告|总结)(?:的)?(?:公告|通告|公示)$/;
/**
 * A government's work report to its people's congress: titled 政府工作报告 (a title alone, its characters
 * spaced out as a cover page prints them: 「政 府 工 作 报 告」), or opening as the head of government presents it
 * (「现在,我代表县人民政府向大会报告工作」, 「我代表县人民政府,向大会作政府工作报告」). It speaks of 依法行政 in a
 * sentence or none; it is a report on the place's whole work, not on the rule of law.
 */
const WORK_REPORT_TITLE = /^(?:[\u4e00-\u9fff]{0,12}?\d{0,4}年?(?:度)?)?政府工作报告/;
const WORK_REPORT_OPENING =
  /我代表[^。\n]{0,20}?(?:政府|管委会|管理委员会|行政公署)[,,]?\s*向(?:大会|全会)(?:报告工作|作[^。\n]{0,6}?工作报告)/;
const SPEECH_KIND = /(?:讲话|致辞|发言|讲稿)(?:稿|提纲)?$/;
/**
 * A speech's title by the event it was given at (「在全市安全生产工作会议上的讲话」, 「…新闻发布会上的致辞」, 「…开班式上的发言」),
 * whatever it speaks of; a report presented at a meeting is titled …会议上的报告.
 */
const SPOKEN_AT_EVENT = /(?:会议?|仪式|典礼|论坛|式|班|活动)上的(?:重要)?(?:讲话|致辞|发言|讲稿)(?:稿|提纲)?$/;
/** A speech that has lost its title opens on its audience: 「同志们:」, 「各位领导、同志们:」, 「同志们、朋友们:」. */
const SPEECH_SALUTATION = /^(?:[^\n:。]{0,20}[、,])?同志们(?:[、,]朋友们)?\s*[:!]/;
/**
 * The other audiences a speech opens on, and its greeting (「女士们、先生们:」, 「各位媒体、新闻界的新老朋友们:」, 「尊敬的各位
 * 来宾:」, 「大家上午好!」): a line of its own, after the title, the speaker and the date. Not 「各位代表:」 or 「各位委员:」,
 * which open a government's report to its congress; not 同志们, SPEECH_SALUTATION's, sought where a work report is not.
 */
const AUDIENCE_SALUTATION =
  /^[^\n:。]{0,30}(?:朋友们|女士们|先生们|来宾|嘉宾)[^\n:。]{0,12}[:!]$|^\s*(?:各位[^\n:。]{0,12})?大家(?:上午|下午|晚上)?好\s*[!。]?$/;
/** The words one of which every AUDIENCE_SALUTATION match holds. */
const AUDIENCE_WORDS: readonly string[] = ['朋友们', '女士们', '先生们', '来宾', '嘉宾', '大家'];
/** How many lines from the top a speech's salutation stands within: its title, speaker and date come first. */
const SALUTATION_LINES = 8;
/**
 * A briefing spoken to visitors present (「今天,市纪委各位领导在百忙之中来我局调研、指导…」, 「今日,省督查组莅临我县…」):
 * an office's 汇报 in the room, a speech, though it says 汇报如下 as a report does. A report written for the record
 * never says 今天 of its readers' visit.
 */
const SPOKEN_TO_VISITORS = /(?:今天|今日)[,]?[^。]{0,40}?(?:莅临|来到?|到)(?:我|本|这里)|(?:领导|同志|专家)[^。]{0,12}?在?百忙之中/;
/**
 * A speaker turning to the audience to introduce the subject (「下面我从以下几个方面作以介绍」, 「下面,我就…简要介绍一下」,
 * 「下面我讲三点意见」) or thanking it (谢谢大家): a speech whose title was lost and that opens on no salutation. A
 * report presented orally says 汇报 or 报告, never these.
 */
const SPEECH_TURN =
  /下面[,]?\s*我(?:就|从|把|想|再|简要|重点)?[^。\n]{0,24}?(?:介绍|讲几点|讲[一二三四五六七八九两]点|谈[一二三四五六七八九两几]点|谈谈)|介绍一下|(?:向|给)(?:大家|各位)[^。\n]{0,10}介绍|谢谢(?:大家|各位)/;
/** How far into a text a speaker's turn to the audience is sought: its opening paragraph. */
const SPEECH_TURN_REACH = 600;
/**
 * A leader's statement on his or her own duty (述法): 「述法报告」, 「述职述法报告」, 「关于履行推进法治建设第一
 * 责任人职责情况的报告」 — a person's account given at a meeting, not the place's annual report, unless the
 * title names the place's 法治政府建设 or 依法行政 too (…法治政府建设暨履行…第一责任人职责情况的报告 is a report).
 */
const DUTY_STATEMENT_TITLE = /述法|第一责任人职责(?:情况)?的?(?:报告|述职)/;
const PLACE_REPORT_SUBJECT = /法治政府|依法行政/;
/** The same statement presented in its own words: 「现将本人2024年述法工作情况报告如下」, 「现将我履行…职责情况报告如下」. */
const DUTY_STATEMENT_PHRASE = /现将(?:本人|我(?:个人)?(?=履行|述))[^。]{0,40}?(?:述法|述职|第一责任人职责)/;
const PLAN_KIND = /(?:计划|要点|方案|规划|安排|打算|思路|任务清单|责任清单|任务分工)$/;
/**
 * The bracket a title ends on — a span of years (…实施方案(2021—2025年), …指数报告(2021)) or the state of the text
 * (…(征求意见稿), …讲话(摘要)): what the title is comes before it.
 */
const TRAILING_YEARS = /\s*\(\s*(?:\d{4}[^()]{0,12}|征求意见稿|草案|试行|摘要|节选|全文|摘编)\s*\)\s*$/;
/** A digest of a report (解读, 图解) is about it, not it. */
const DIGEST_TITLE = /解读|图解|读懂|图说|精读|导读/;
/**
 * A headline that states what figures or a study show (「2007年全国行政复议案件统计显示 85.77%被申请人是基层行政
 * 机关」, 「数据显示:我省行政执法…」): news about a report, however much of a report's title it carries.
 */
const FINDING_HEADLINE = /(?:统计|数据|报告|调查|调研|分析|评估|通报|监测)(?:结果)?(?:显示|表明|揭示|指出)/;
/**
 * A study of the subject by others — an evaluation, a survey, a research report, a bluebook (法治政府蓝皮书:中国
 * 法治政府评估报告(2017), 关于某县法治政府建设情况的调研报告): no place's own report on its year.
 */
const STUDY_TITLE = /蓝皮书|(?:发展|指数)报告|(?:调查|调研|评估|研究|测评|考察)报告/;
/**
 * A research group that signs a study or a blue book's chapter (「宜宾市法学会课题组」 on a line of its own,
 * 课题组负责人:, 执笔:): no office writes its own report so.
 */
const RESEARCH_GROUP = /^[^\n。,]{0,30}课题组\s*$|课题组(?:负责人|组长|成员)\s*[:]|^\s*执笔人?\s*[:]/m;
/**
 * A scholar's title, whatever report it studies: its genre at the end (…报告制度实证研究, …路径探析, …初探, …刍议; not
 * 「…的思考」, which a resource site glues after a report's name),
 * an essay's opening word (浅析…, 试论…; not a bare 论, which opens place names), or the case it takes (——以2016年度25份省级政府建设报告文本为例,
 * ——基于…创新实践). No place titles its own report so.
 */
const SCHOLAR_TITLE =
  /(?:研究|探析|浅析|初探|探究|刍议|路径选择)$|^(?:浅析|浅谈|试论|略论|刍论)|^[—-]{1,2}\s*(?:以|基于)[^。]{2,60}(?:为例|为样本|实践|视角)$/;
/**
 * A feature writer's genres: an overview of several years (五年综述), a record (纪实), a tour of
 * achievements (巡礼, 回眸), a sketch (侧记, 掠影, 走笔), an interview (专访, 访谈), a profile's subtitle
 * (——记某县司法局…): a journalist's piece about the subject, however much of a report's wording its title carries.
 */
const FEATURE_TITLE = /综述|纪实|巡礼|回眸|侧记|掠影|走笔|专访|访谈|^[—-]{1,2}\s*记(?![录者])/;
/**
 * A headline telling of visitors who came to the place to look at its work (「李某来我区调研…示范创建迎评工作开展情况」, 「省督查组莅临
 * 我县检查依法行政工作」, 「市考核组到我镇考核法治政府建设」): news of the visit, though it ends on 情况 as a report's title does.
 */
const VISIT_HEADLINE = /(?:来|到|莅临)(?:我|本)[省市区县州旗镇乡]?[^。,]{0,4}?(?:调研|视察|检查|督导|督查|督察|考核|考察|评估|指导)/;
/**
 * A court's or procuratorate's document on its own work (2020年度上海行政审判白皮书, 行政检察工作情况的报告,
 * 人民法院行政案件司法审查报告): it reports on trials from the bench, not the place's rule-of-law year.
 */
// Not an organ's duty toward the courts (支持法院受理…, 履行法院生效裁判…情况), which a government's report names.
const JUDICIAL_TITLE =
  /(?<!支持|配合|尊重|履行|执行)(?:审判|法院|检察院|检察机关|检察工作|司法审查)[^。]{0,20}?(?:白皮书|报告|通报|年报|情况)/;
/**
 * A court speaking of its own cases, the courts as the subject of the opening sentence or of the first section
 * (「2020年,全市法院共受理行政诉讼…案件7976件」, 「一、全市两级法院行政审判基本情况」, 「市中级人民法院全年审结…」): a
 * court's analysis or white paper that lost its title. A government's report names the courts only after its own
 * organs (「…行政机关负责人出庭应诉率100%,全市法院审结…」).
 */
const COURT_SPEAKING =
  /^(?:[一二三四五六七八九十]+\s*[、.]\s*)?(?:\d{4}\s*年(?:度|以来)?\s*[,]?\s*)?(?:全|我|[\u4e00-\u9fff]{0,8}?)[国省市区县州](?:各级|两级|三级)?(?:(?:中级|高级|基层)?人民)?法院/;
/**
 * A headline in which a meeting hears, deliberates or passes the report (「县人大常委会听取县政府2023年度法治政府建设
 * 情况报告」, 「区政府常务会议审议通过…报告」): news of the meeting. Not the congress's opinions on the report
 * (…报告的审议意见), a document of its own.
 */
const MEETING_ON_REPORT = /(?:听取|审议|通过)(?![^。]*意见)[^。]{0,50}(?:报告|总结)$/;
/**
 * The handling of deputies' suggestions and CPPCC proposals (建议提案办理工作总结, 关于…第0152号提案的答复,
 * 办理建议提案工作情况): an account of one task to the congress and the CPPCC, never the place's report on its
 * year, though a justice bureau writes it. (A 议案 is no 复议案件's tail: 办理行政复议案件 handles no motion.)
 */
const PROPOSALS_HANDLED =
  /(?:建议|提案|(?<!复)议案)[^。]{0,12}?(?:办理|答复|办复)|(?:办理|答复|办复)[^。]{0,12}?(?:建议|提案|(?<!复)议案)|第\s*\d+\s*号\s*(?:建议|提案|议案)/;
/** The same, every one in a text: how often a paragraph tells of that handling. */
const EVERY_PROPOSALS_HANDLED = new RegExp(PROPOSALS_HANDLED.source, 'g');
/**
 * A people's congress's or its standing committee's own document: an inspection of a law's enforcement
 * (执法检查组关于检查《…》实施情况的报告), its opinions on a report it heard (…报告的审议意见), a special inquiry
 * (专题询问), its standing committee's or the CPPCC's work report to the session.
 */
const CONGRESS_TITLE =
  /执法检查|检查《[^》]{2,40}》[^。]{0,6}(?:实施|贯彻|执行)|审议意见|专题询问|(?:人民代表大会常务委员会|人大常委会|常务委员会|政协[^。]{0,12}委员会)工作报告/;
/**
 * A consultative body's study or proposal (「关于“…提升人民调解水平…”的建言报告 某市政协社会法制…委员会专题调研组」,
 * 「市人大常委会调研组关于全市法律援助工作情况的调研报告」, 「…政协…视察报告」): a CPPCC's or a congress's research into a
 * subject and its advice to the government, signed by its group — no place's report on its own year. (The handling of
 * deputies' suggestions and CPPCC proposals is PROPOSALS_HANDLED's.)
 */
const CONSULTATIVE_TITLE = wordGated(
  /建言报告|(?:调研|视察)组(?:关于|\s*$)|(?:政协|人大)[^。]{0,24}?(?:调研|视察|协商)报告|^关于[^。]{2,60}的提案$|会议提案$/,
  ['建言', '组', '政协', '人大', '提案'],
);
/**
 * A proposal's or a deputy's suggestion's own fields (提案人:, 案由:, 领衔代表:, 附议人:): the proposal itself, whatever its
 * title, no place's report.
 */
const PROPOSAL_FIELD = /^\s*(?:提案人|领衔提案人|案由|领衔代表|附议人|联名人)\s*:/m;
/** The words one of which every PROPOSAL_FIELD match holds: a text without any is not searched line by line. */
const PROPOSAL_FIELD_WORDS: readonly string[] = ['提案人', '案由', '领衔代表', '附议人', '联名人'];
/**
 * The answer an office gives to a deputy's suggestion, a CPPCC proposal or an applicant (「现将…的建议(第20240237号)…答复如下」,
 * 「你们提出的…的提案,…现答复如下」): a reply to its askers, whatever it tells of the office's year — no place's report.
 */
const REPLY_PHRASE = /答复如下/;
/** How far into a text a reply's phrase is sought: its opening, after an addressee line. */
const REPLY_REACH = 600;
/**
 * A question-and-answer site's fields on a line of their own (本题链接:, 问题链接:, 最佳答案:, 提问者:, 网友回答:): an answer written
 * for a question — often generated, mixing a place's figures with the nation's —, no place's report.
 */
const ANSWER_SITE_FIELD =
  /^\s*(?:本题链接|问题链接|本题地址|最佳答案|满意答案|推荐答案|精选回答|提问者|回答者|网友回答|热心网友)\s*(?:[:]|$)/m;
/** The words one of which every ANSWER_SITE_FIELD match holds. */
const ANSWER_SITE_WORDS: readonly string[] = ['链接', '本题', '答案', '回答', '提问者', '热心网友'];
/**
 * How the title of such a document ends: a line that names the congress's inspection or the handling of proposals
 * in passing, a report's unnumbered subheading (积极配合人大常委会执法检查, 人大代表建议和政协提案办理情况), is no title
 * of one; a bare 情况 or 公开 ends one only under its year or its 关于.
 */
const DOCUMENT_END = /(?:报告|总结|意见|说明|答复|复函|函|实录|纪要)$|(?:\d{4}\s*年|关于)[^。]*(?:情况|公开)$/;
/**
 * A disclosure report's title (政府信息公开工作年度报告, 政务公开年报, 2021年政务公开工作总结), whoever publishes it, a justice
 * bureau too; not a report's unnumbered subheading (政务公开工作情况).
 */
const DISCLOSURE_TITLE = wordGated(
  /(?:政府信息|信息|政务)公开[^。]{0,12}(?:年度报告|年报|工作报告|工作总结)$|\d{4}\s*年[^。]{0,20}(?:政府信息|政务)公开[^。]{0,12}(?:报告|总结|情况)$/,
  ['公开'],
);
/**
 * A budget's or accounts' document, or a spending evaluation (部门预算公开, 部门决算编制说明, “三公”经费支出情况说明,
 * 部门整体支出绩效自评报告, 专项资金绩效评价报告): a justice bureau's lists the duty 承担全面依法治县… as its first.
 */
// A department's, a unit's or a year's budget only: a report's line 严格执行预算, a table's | 预算 | column, is none.
const BUDGET_TITLE = wordGated(
  /(?:部门|单位|\d{4}\s*年度?)[^。|]{0,12}(?:预算|决算)(?:公开)?(?:编制)?(?:情况)?(?:说明|报告|公开|表)?$|三公"?经费[^。]{0,12}(?:说明|报告|情况)$|绩效(?:自评|评价|评估)报告$/,
  ['预算', '决算', '经费', '绩效'],
);
/**
 * Who presents the text to a congress or its standing committee (「我代表最高人民法院报告…行政审判工作情况」,
 * 「我代表市人民检察院向大会报告工作」, 「我代表县人大常委会向大会报告工作」, 「我代表政协…常务委员会,向大会报告工作」):
 * a body other than a government reports on its own work. A government presenting is told apart below.
 */
const PRESENTER = /我代表([^。\n]{2,30}?)[,]?\s*(?:向[^。\n]{0,24}?)?(?:报告|汇报|作)/;
const NON_GOVERNMENT_PRESENTER = /法院|检察院|人民代表大会|人大常委会|常务委员会|政协|监察委员会|执法检查组/;
const GOVERNMENT_PRESENTER = /政府|管委会|管理委员会|行政公署/;
/**
 * What a generic presenting phrase (现将检查情况报告如下, 现将专题询问有关情况报告如下, 现将调查情况报告如下) shows
 * the text reports on when it is a congress's inspection, inquiry or investigation, or anyone's survey (as a 调研报告
 * title does), rather than a place's report on its year.
 */
const CONGRESS_PRESENTED = /(?:检查|询问|视察|调查|调研|评议)(?:的|相关|有关)?情况|执法检查|专题询问/;
/** A headline telling that a document was released or presented: news about it. */
const RELEASE_EVENT = /发布|公布|通报会|新闻发布|召开|举行/;
/** A news headline reports an event: a meeting held, training given, a campaign launched. */
const NEWS_EVENT = /召开|举[行办]|开展|推进会|座谈会|培训|部署|启动|调研|检查|督察|获|荣登|入选/;
/** Marks of a news item: bylines, datelines, editors, a news desk as source. */
const NEWS_MARK = /本报讯|记者|通讯员|讯\)|责任编辑|编辑:|融媒体中心|新闻中心|日报社?\s/;
/**
 * Marks only a news item carries, anywhere in it: a paper's 本报讯 or 本报记者, a portal's 原标题:, a
 * place's or site's own dateline (乌海讯近年来, 仪陇新闻网讯(记者…)), an agency's 新华社…电, a reporter
 * in brackets or reporting (记者…报道), a correspondent, a paper named as the source (来源:江苏法制报,
 * 稿件来源:…安徽法制报, 来源:内蒙古法治网, 来源:…新闻网), and the writers' names in brackets that close a paragraph (…代写法律文书170余份。(王宁香
 * 高敏)), a portal named as the source (来源:人民网, 來源:中國西藏網; not a government's site, 来源:中国政府网, nor a
 * document site that reposts reports, 来源:…资源网), and a
 * breadcrumb whose last column is the news (中國西藏網 > … > 要聞, 首页 > 新闻中心 > 本地要闻), a writer's credit in brackets
 * ((作者:柴晶晶), (文/图:…)), and a paragraph that retells what a report says (「报告显示,…」, 「报告指出,…」). A report
 * carries none of them, so they refuse a text that nothing presents as a report.
 */
/** The breadcrumb of NEWS_SIGNATURE's list, apart: it is searched only in a text that has a `>` (most have none). */
const NEWS_CRUMB = /^[^\n>]{0,30}(?:>[^\n>]{0,24}){0,4}>\s*[^\n>]{0,6}(?:要闻|新闻)\s*$/m;
/**
 * A newspaper's page, apart (searched only in a text that has one of NEWSPAPER_WORDS): its page line (「2021年07月01日 第05版:要闻」,
 * 「版次:A03」) or the paper and its date at a line's start (「《内蒙古日报》(2021年07月01日)」, 「甘肃日报 2023-03-15」). A
 * report reposted in a paper keeps its title, which is read first.
 */
const NEWSPAPER_PAGE =
  /^[^。\n]{0,40}(?:第\s*[A-Z]?\d{1,2}\s*版|版次\s*:)[^。\n]{0,30}$|^\s*《?[\u4e00-\u9fff]{2,8}(?:日报|晚报|法制报|法治报)》?\s*\(?\s*\d{4}\s*[年.-]/m;
/** Words one of which every match of NEWSPAPER_PAGE holds. */
const NEWSPAPER_WORDS: readonly string[] = ['版', '日报', '晚报', '法制报', '法治报'];
/**
 * A news feature's lead, for a text on the subject that nothing presents as a report: a named place or office
 * innovating (「张掖市创新“制度+载体+督考”三位一体模式,以…推动…」, 「某区司法局打造“…”品牌」) — a report says 我市 of
 * itself —, or a lead that tells the present and what comes next, not a year (「我区法治政府建设正稳步向前,下一步将…」).
 */
const FEATURE_LEAD_INNOVATION =
  /^(?![我全本该])[\u4e00-\u9fff]{1,15}[省市县区旗州镇乡局厅委所](?:创新|探索|打造|构建)[^。]{0,30}?(?:模式|机制|体系|品牌|工作法)/;
const FEATURE_LEAD_PRESENT = /正(?:在|稳步|加快|加速|持续|有序)[^。]{0,12}?(?:推进|向前|迈进|前行)|下一步/;
const NEWS_SIGNATURE =
  /本报讯|本报记者|原标题\s*:|^[\u4e00-\u9fff]{2,10}讯(?=\s*(?:\(|近|日前|今年|\d))|新华社[^。\n]{0,12}电|(?:本报|[\u4e00-\u9fff]{1,6}[网社台])[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日(?:电(?![话子力视脑网商站器缆动])|讯)|\(\s*记者|记者[^。\n]{0,20}报道|通讯员|(?:稿件)?来源\s*:[^\n]{0,20}(?:日报|法制报|法治报|晚报|新闻网|法治网|法制网|长安网|新闻中心|电视台)|\([\u4e00-\u9fff]{2,3}(?:\s+[\u4e00-\u9fff]{2,3})+\)\s*$/m;
/**
 * The marks of NEWS_SIGNATURE's list added since, apart (one regex of many alternatives is slower than two): a portal
 * as the source, a writer's credit, a paragraph retelling a report.
 */
const NEWS_BYLINE =
  /(?:稿件)?来源\s*:\s*[\u4e00-\u9fff]{1,8}(?<!政府|门户|政务|本|官|资源|范文|文库|文档|资料|素材|学习)网(?![\u4e00-\u9fff])|\(\s*(?:作者|撰稿|供稿|文|文\/图|图\/文)\s*[:|]\s*[\u4e00-\u9fff]{2,4}\s*\)|^\s*(?:该)?报告(?:显示|指出|提出|强调|介绍|认为)[,:]/m;
/**
 * A place or office told of in the third person (该县以…, 今年以来,该县共办理…, 该局…): a reporter's
 * narration. A report says 我县, 全县, 本局 of itself.
 */
const THIRD_PERSON = /该(?:县|区|市|镇|乡|旗|街道|局|中心)(?![级域])/;
/**
 * For a text that never names the subject, what still shows it a news item rather than some other
 * text: a headline whose subject is an office or place doing something (垫江县司法局整合“微力量”打造普法新
 * 模式, 区司法局切实推进法律援助工作高质量发展), or a lead that opens on a quotation (“困难之时伸援手…”…在刚刚过去
 * 的12月,…).
 */
const OFFICE_HEADLINE =
  /(?:局|中心|司法所|[县区市镇乡旗])[^。,]{0,6}?(?:推进|推动|打造|整合|开展|创新|加强|实现|助力|护航|守护|化解|举办|召开|启动|深化|构建|建立|提升|筑牢|深耕|织密|擦亮|突出|开创|聚焦|强化|做实|抓实|着力|全力)/;
const QUOTATION_LEAD = /^\s*[“"「]/;
/**
 * A feature's headline, opening on the slogan verb of what a place did or does (「打造新时代长春公共法律服务新生态」,
 * 「聚焦普惠均等、便捷高效、智能精准」, 「擦亮“枫桥经验”金字招牌」, 「以优质法律服务助力乡村振兴」): no document names itself so.
 */
const SLOGAN_HEADLINE =
  /^(?:聚焦|打造|助力|护航|赋能|奋力|全力|擦亮|织密|筑牢|深耕|激活|点亮|绘就|书写|谱写|跑出|唱响|让[^。]{1,12}(?:更|有|在)|以[^。]{2,20}(?:助力|护航|赋能|推动|引领|托起))/;
/**
 * A writer's name in brackets closing the text (「…收到良好效果。 (王英欣)」, 「(佘志清、沈峻)」): a yearbook's entries are signed
 * so; a news item's byline comes with its other marks (a dateline, 记者, two reporters), sought before.
 */
const WRITER_CLOSING = /\(\s*[\u4e00-\u9fff]{2,3}(?:\s*[、?·]\s*[\u4e00-\u9fff]{2,3})?\s*\)\s*$/;
/**
 * An office told of at work, opening a sentence: 「市交通运输局结合工作实际,在…开展…」, 「区司法局积极组织…」 (a
 * report says 我局 of itself, or names its office before its year's work, 「2024年,市司法局…」).
 */
const OFFICE_AT_WORK =
  /(?:^|[。\n])\s*[省市区县镇乡]?[\u4e00-\u9fff]{1,10}?(?:局|委员会|中心|办公室)(?:结合|围绕|积极|认真|深入|组织|联合|在全|多措并举|扎实)/;
const OFFICE_AT_WORK_REACH = 300;
/**
 * A model text on an essay site (several 范文 offered as 参考模板, 篇一:…, 为你的创作提供参考价值) or an exam
 * question built on a report (结合材料,…谈谈…启示): no place's report, whatever its title says. A site that
 * offers one place's report (小编为大家整理了…, 公文范文) is not refused by it.
 */
export const MODEL_TEXT =
  /[多几数]篇[^。]{0,30}范文|范文[^。]{0,20}(?:参考模板|供[你您]参考)|^\s*(?:篇[一二三四五六七八九十]|第\s*[1-9一二三四五六七八九十]\d?\s*篇)\s*:|为你的创作|提供参考价值|结合材料[^。]{0,60}(?:谈谈|分析|说明|概括)/m;
/** Words one of which every match of MODEL_TEXT holds: a report without any (all but a few) is not searched for one. */
export const MODEL_TEXT_WORDS: readonly string[] = ['篇', '范文', '为你的创作', '提供参考价值', '结合材料'];
/**
 * An article about the subject, not a place's report: it calls itself 本文 (「本文将对…进行解析」, 「本文提出…」), opens on an
 * 引言 heading (an essay's introduction, 「引言:新时代…的使命与挑战」), or gives its
 * authors' affiliations with their postcodes (「(1.中共山东省委党校,山东 济南 250001;…)」). (A 关键词: line is
 * no mark: news pages carry it too.)
 */
/**
 * A book about the subject as a bookshop or a library describes it: 「内容简介 本书梳理了…」, 「本书分析了…」 (a blue
 * book's volume among them). No place calls its report a book.
 */
const BOOK_MARK = /^\s*内容简介(?:\s|:|$)|本书(?:梳理|分析|收录|介绍|总结|记录|旨在|共分|分为|系统)/m;
/** One of them every BOOK_MARK holds: a text without either is not searched line by line. */
const BOOK_WORDS: readonly string[] = ['内容简介', '本书'];
const ARTICLE_MARK =
  /本文(?:将|旨在|拟|试|从|对|通过|以|结合|认为|主要|提出|分析|探讨|梳理|围绕|基于)|^\s*引\s*言\s*(?::|$)|[,(;]\s*[\u4e00-\u9fff]{2,6}(?:\s+[\u4e00-\u9fff]{2,6})?\s+\d{6}\s*[);]/m;
/**
 * A paper's or a blue-book chapter's front matter: an abstract (摘要:, 【摘要】, 内容提要:) and a keywords
 * line (关键词:, [关键字]) near its top. Either alone marks nothing (a portal's page carries a 关键词 field, a
 * news digest a 摘要), both together a study of the subject by others.
 */
const ABSTRACT_LINE = /^\s*[【[]?\s*(?:内容)?(?:摘\s*要|提\s*要)\s*[】\]]?\s*[::]?/;
const KEYWORDS_LINE = /^\s*(?:[【[]\s*关\s*键\s*[词字]\s*[】\]]|关\s*键\s*[词字]\s*[::])/;
/**
 * A database's or a journal's English abstract or keywords line (「Keywords: | Administrative Law…」, 「<<Abstract: In 2018,
 * China…」, 「Key words: law-based government」): a study of the subject, indexed for scholars — no office prints them.
 */
const ENGLISH_FRONT_MATTER = /^\s*(?:<<\s*)?(?:key\s*words?|abstract)\s*[::]/im;
/** The letters one of which every ENGLISH_FRONT_MATTER match holds, in either case. */
const ENGLISH_FRONT_MATTER_WORDS: readonly string[] = ['eyword', 'ey word', 'EYWORD', 'EY WORD', 'bstract', 'BSTRACT'];
/** How many lines from the top a study's front matter stands within. */
const FRONT_MATTER_LINES = 8;

function studyFrontMatter(lines: readonly string[]): string | null {
  const top = lines.slice(0, FRONT_MATTER_LINES);
  const abstract = top.find((line) => ABSTRACT_LINE.test(line) && line.length > 6);
  if (abstract === undefined) return null;
  // A blue book's chapter on a content site has an abstract and no keywords, under the book's name
  // (2021宁夏法治发展报告正式发布 / 【摘要】:…).
  return top.find((line) => KEYWORDS_LINE.test(line)) ?? top.find((line) => isTitleLine(line) && STUDY_TITLE.test(line)) ?? null;
}

/**
 * How a news item's first paragraph opens: a dateline (「3月21日,」, or the day alone after the organ that acts on it:
 * 「国土资源部12日通报…」, 「省司法厅23日召开新闻发布会」 — a report's dates carry their month), also after the purpose clause a
 * meeting's news puts first: 「为推动…,3月21日,…述法会在…召开」, and its 近日 there, after the site's name or
 * not: 「青海新闻网·大美青海客户端 为不断提高…,近日,省司法厅…」), another outlet cited (「据《法治日报》报道,…」), a
 * reporter, 「…获悉」.
 */
const NEWS_LEAD =
  /^\s*据[^。,]{1,24}(?:报道|消息)[,:]|^[^\d。,\n]{2,24}?(?<![年月])\d{1,2}日(?:上午|下午|晚间?)?(?:在[^。,]{1,20})?(?:通报|发布|公布|召开|举行|宣布|表示|介绍|透露|印发|下发|启动)|^\s*(?:为[^。]{0,150}?[,,]\s*)?(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚)?[,,]|(?:^|[。!?"…])\s*(?:近日|日前|昨日|昨天|今天|今日)(?:上午|下午|晚上|晚间)?[,,]|^(?:[^\s。,]{2,24}\s+)?为[^。]{0,150}?[,,]\s*(?:近日|日前)[,,]|记者|获悉|本报讯|通讯员/;
/** A page's or a paper's field, not a title, whatever words follow its label: 关键词:纲要报告法治, 来源:…, 作者:…. */
const FIELD_LINE = /^(?:关\s*键\s*[词字]|来\s*源|作\s*者|责任编辑|发布(?:时间|日期|机构))\s*[::]/;
/** A line that links to another item: arrows or chevrons before it, or a related-reading label. */
const LINK_LINE = /^(?:>{2,}|》{2,}|[▶►▸→]|(?:相关|延伸|推荐|拓展)(?:阅读|链接|新闻)|往期(?:回顾|推荐)|上一篇|下一篇)/;
/** The first line of a title broken in two: it has the title's 关于 and no sentence in it. */
const BROKEN_TITLE_START = /^[^。!?;,]{0,40}关于[^。!?;,]{2,60}$/;
/** BROKEN_TITLE_START's longest line (40 + 关于 + 60). */
const BROKEN_TITLE_START_MAX = 102;
/** BROKEN_TITLE_START's test on a line short enough and holding 关于: a paragraph fails without a search. */
function isBrokenTitleStart(line: string): boolean {
  return line.length <= BROKEN_TITLE_START_MAX && line.includes('关于') && BROKEN_TITLE_START.test(line);
}
/** The tail of a title broken before its document word: 「完成情况说明」, 「工作情况的报告」, 「的答复」. */
const TITLE_TAIL = /^[^。!?;,:\s]{0,10}(?:报告|总结|说明|答复)$/;
/** Section headings (一、 (一) 1.) are no titles, though they may say 情况. */
const HEADING = /^(?:[一二三四五六七八九十]+\s*[、.]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d{1,2}\s*[、.](?!\d))/;
/** A title line: short, no sentence in it. */
const TITLE_LINE_LENGTH = { min: 4, max: 80 };
const TITLE_LINE = new RegExp(`^[^。!?;,]{${TITLE_LINE_LENGTH.min},${TITLE_LINE_LENGTH.max}}$`);
/**
 * TITLE_LINE's test, its length (the pattern's bounds) checked first: a paragraph fails at once instead of after
 * the pattern has read and given back its first 80 characters, and most lines tried are paragraphs.
 */
function isTitleLine(line: string): boolean {
  return line.length >= TITLE_LINE_LENGTH.min && line.length <= TITLE_LINE_LENGTH.max && TITLE_LINE.test(line);
}
/**
 * The subjects of the other annual reports a government publishes, as a report's presenting phrase
 * names them: its information-disclosure report (政府信息公开工作年度报告, required by the 条例) and
 * its work report (政府工作报告); and a court's or procuratorate's report to the congress on its
 * trials (行政审判工作, 行政检察工作), which speaks of 依法行政 from the bench.
 */
const OTHER_REPORT_SUBJECT = /政府信息公开|信息公开工作|政务公开工作|政府工作报告|审判工作|检察工作/;
/**
 * A disclosure report's statutory opening, which such reports print before or without their title:
 * 「本报告根据《中华人民共和国政府信息公开条例》…编制」, 「本年报根据《…》要求编制」, 「本报告由…办公室按照《…
 * 政府信息公开条例》…编制」, or 「根据《…条例》规定,现发布《…政府信息公开工作年度报告》」; or a lead that compiles the
 * body's own (「现编制并公布本单位2023年政府信息公开工作年度报告」) or cites the report's statutory format (《…政府信息公开
 * 工作年度报告格式》), whoever the body is.
 */
const DISCLOSURE_OPENING =
  /(?:编制|发布|公布)[^。]{0,6}本(?:单位|机关|部门|局|委|办|院|中心|政府|年度)?[^。]{0,20}信息公开(?:工作)?年度报告|信息公开工作年度报告格式|^\s*本(?:年度)?(?:报告|年报)(?:是)?(?:由[^。《]{0,60}?)?(?:根据|依据|依照|遵照|按照)《[^》]{0,40}信息公开|^\s*(?:根据|依据|按照)《[^》]{0,40}信息公开条例》[^。]{0,80}?(?:发布|公布)《[^》]{0,60}信息公开[^》]{0,10}年度报告》/;
/**
 * The statutory headings and table lines of a disclosure report (the 国办 format every such report
 * follows), which it keeps when a page drops its title and opening: its sections (主动公开政府信息情况,
 * 收到和处理政府信息公开申请情况, 政府信息公开行政复议、行政诉讼情况), its tables' 第二十条第(一)项 and
 * 本年新收政府信息公开申请数量, and its overview's (一)主动公开 (二)依申请公开. A rule-of-law report counts
 * its disclosures in a sentence (主动公开政府信息1.2万条), never under these headings.
 */
const DISCLOSURE_HEADINGS = [
  /主动公开政府信息(?:的)?情况/,
  /收到和处理政府信息公开申请/,
  /政府信息公开行政复议[、和及]?行政诉讼|政府信息公开(?:行政)?复议[、和及](?:行政)?诉讼/,
  /依申请公开政府信息(?:的)?情况/,
  /第二十条第\s*\(\s*[一二三四五六七八九十]+\s*\)\s*项/,
  /本年新收政府信息公开申请/,
  /^\s*\(\s*[一二三四五六七八九十]\s*\)\s*依申请公开\s*$/m,
  /^\s*\(\s*[一二三四五六七八九十]\s*\)\s*主动公开\s*$/m,
];
/** A report whose first section is its disclosure work (一、政府信息公开总体工作情况) is a disclosure report. */
const DISCLOSURE_FIRST_SECTION = /^一\s*[、.]\s*[^\n]{0,12}信息公开/;
/**
 * Report openings and closings: "现将…报告如下", "特此报告", "现将…情况进行公示", and a government's report to its
 * people's congress, as its speaker presents it: 「现向市人大常委会报告我市依法行政情况,请予审议」, 「受市人民政府委托,
 * 向市人大常委会报告…」 (not a rule that governments report so: 「…应当向同级党委、人大常委会报告上一年度…情况」).
 */
const REPORT_PHRASE =
  /报告如下|情况如下|总结如下|汇报如下|公开如下|特此报告|现将[^。]{0,60}(?:报告|汇报|公示|公布|公开)|(?:现|委托[,,]?)向[^。,、]{0,12}人大常委会(?:主任会议)?(?:报告|汇报)[^。]{0,40}(?:情况|工作)|向[^。,、]{0,12}人大常委会(?:主任会议)?(?:报告|汇报)(?:我|本)[省市区县旗州镇乡][^。]{0,40}(?:情况|工作)/;
/** The part of REPORT_PHRASE that presents a report to the congress's standing committee (or its council of chairmen). */
const TO_CONGRESS = /向[^。,、]{0,12}人大常委会(?:主任会议)?(?:报告|汇报)/;
/**
 * How a report's prose opens: a year that is not a date (「2022年,全市…」, 「2020年以来,…」, 「2017年是
 * …」, 「2022年度深圳市坪山区法律援助中心共…」), not a news dateline (「2023年3月5日」).
 */
const YEAR_OPENING = /^\s*(?:\d{4}|[二〇零一二三四五六七八九]{4})\s*年(?:度)?(?:以来)?(?![\d月])/;
/**
 * The parts of a department's enforcement annual report as its template names them (「第一部分 行政执法总体情况」,
 * 「二、行政执法情况综述」, 「行政执法数据统计情况」, 「行政处罚实施情况统计表」, 「2021年度行政处罚情况统计表」): the report, whatever precedes them (a
 * contents list, a lost title). Sought in the opening only.
 */
const ENFORCEMENT_REPORT_PART = /行政执法(?:工作)?(?:总体情况|情况综述|数据统计)|行政(?:许可|处罚|强制|检查)(?:实施)?情况统计/;
/** How far into a text an enforcement report's parts are sought: its contents or first section. */
const ENFORCEMENT_PART_REACH = 300;
/**
 * A heading of the enforcement-statistics template (「一、行政执法主体概况」, 「二、2023年度行政执法案件情况」, 「(一)2023年行政
 * 处罚实施情况统计表」, 「(三)行政检查实施情况」): two of them in a text's opening make it the template, filled in — a
 * department's statistics, which need not name 法治政府 and whose tables leave few sentences.
 */
const ENFORCEMENT_TEMPLATE_HEADING =
  /^(?:[一二三四五六七八九十]+\s*[、.]|\(\s*[一二三四五六七八九十]+\s*\))\s*(?:\d{4}\s*年度?)?\s*行政(?:执法主体|执法案件|许可|处罚|强制|检查|征收|征用|确认|裁决|给付|奖励)[^。,\n]{0,12}?(?:概况|情况|统计)/;
/** How many of the opening's lines are searched for the template's headings. */
const ENFORCEMENT_TEMPLATE_LINES = 30;
/** A report's first section heading: 「一、2025年主要工作及成效」. */
const FIRST_SECTION = /^一\s*[、.]\s*(?:\d{4}\s*年度?)?[^\n]{0,16}(?:工作|成效|情况|举措|做法)/;
/**
 * The areas of a rule-of-law government's work as its report's sections name them (the 纲要's chapters:
 * 依法全面履行政府职能, 推进行政决策科学化, 严格规范公正文明执法, 强化对行政权力的制约和监督, 依法有效化解
 * 社会矛盾纠纷, 突发事件应对) — words a later page of the report carries when 法治政府 is on its first.
 */
const REPORT_SECTION_AREA =
  /政府职能|依法决策|行政决策|行政执法|制约监督|制约和监督|权力[^,。]{0,6}(?:制约|监督|运行)|化解[^,。]{0,4}(?:纠纷|矛盾)|突发事件|政务公开/;
/** A section's number opening a line: (五), 五、. */
const SECTION_NUMBER = /^(?:\(\s*[一二三四五六七八九十]+\s*\)|[一二三四五六七八九十]+\s*、)/;
/** What a report counts of its year's work: 受理申请6条, 办理建议54件, 决策8项, 审查合同132份. */
const COUNTED_WORK = /\d+(?:余|多)?(?:件|条|次|场|人次|个|项|份|卷|支|名)/g;
/** A report tells its year's work (2021年,全县…); a plan's target year is 到2025年. */
const WORK_YEAR = /(?<!到)\d{4}\s*年[,,]/;

/** How many lines from the top a plan's purpose clause stands within (after a news line introducing it). */
const PLAN_PURPOSE_LINES = 4;
/** A purpose clause that issues the text as a plan (「为…,制定本方案」) or as rules (「制定本工作指引」). */
const ISSUES_PLAN = /^\s*为[^。]{0,300}?(?:制定|特制定|编制)本(?:工作)?(?:实施)?(?:方案|计划|规划|要点)/;
const ISSUES_RULES = /^\s*为[^。]{0,300}?(?:制定|特制定)本[^。,]{0,8}?(?:指引|办法|细则|规定|制度|意见|指南)|现就[^。]{0,40}通知如下/;
/**
 * A yearbook's or gazetteer's entry: a bracketed entry name that opens a paragraph (【人民调解】2020年,…
 * 【概况】…, also after the book's section path on the same line: 政法 军事 司法行政 【人民调解工作】 2003年,…), a volume line (2018卷), or the yearbook named in the page's header. A bracketed column
 * tag before a title (【政策解读】关于…) is no entry.
 */
const YEARBOOK_ENTRY = /^(?:[\u4e00-\u9fff]{2,6}\s+){0,4}【([^】\n]{2,16})】\s*(.*)$/;
// A study's front-matter labels (【摘要】, 【关键词】, 【作者】) are no entries either.
const COLUMN_TAG =
  /解读|图解|通知|公告|转载|原创|专题|推荐|视频|热点|要闻|动态|头条|打印|字体|字号|关闭|收藏|分享|摘\s*要|提要|关键|作者|来源/;
/** How a yearbook entry's prose opens when its name stands on a line of its own: 「年内,区政法办…」. */
const YEARBOOK_PROSE = /^(?:年内|全年|是年|当年)[,,]/;
/** The same words no report opens its prose with, whatever stands above them: a yearbook's own (年内, 是年). */
const YEARBOOK_ONLY_PROSE = /^(?:年内|是年)[,,]/;
/**
 * A yearbook's topic heading: a field of work named bare (司法工作, 人民调解工作, 司法行政, 综述), no year, no body, no document
 * word — not the subject itself (法治政府建设), which a site's column may print over a report's prose.
 */
const YEARBOOK_TOPIC = /^(?:[\u4e00-\u9fff]{2,6}工作|司法行政|综述|概况)$/;
/**
 * A body speaking of itself (我县, 我局, 本委): a report's voice, never a yearbook's or a reporter's. A lead that says so is
 * kept for the report it may be, whatever heading or span stands over it.
 */
const SELF_REFERENCE = /我[省市县区州旗镇乡局委办厅]|本(?:局|委|办|厅|级|单位|部门)/;

/** A paragraph's first sentence, up to its first 。. */
function firstSentence(paragraph: string): string {
  const end = paragraph.indexOf('。');
  return end === -1 ? paragraph : paragraph.slice(0, end);
}
/** A yearbook's volume (2018卷) or a gazetteer's (卷二十二 第四章 司法行政). */
const YEARBOOK_VOLUME = /^(?:\d{4}|[二〇零一二三四五六七八九]{4})\s*卷$|^卷[一二三四五六七八九十百]+(?:\s|$)/;
/**
 * A yearbook or a gazetteer named in the page's header (武侯年鉴2021, 《平谷区志》, 宜兴县志卷二十二), or a chronicle
 * of the year (铜仁市2022年法治建设大事记).
 * A gazetteer's name ends at its 志: a character of a name after it shows the 志 opening a word
 * of its own instead, a place's (志丹县, 五常市志广乡) or 志愿 (全县志愿服务).
 */
const YEARBOOK_SOURCE = /年鉴|[县市区]志(?![\u4e00-\u9fff])|[县市区]志卷|地方志|大事记/;
/**
 * A printed book's figures, thousands set apart by a thin space (「调委会38 160多个」, 「减少信访1 260件」) as a gazetteer's
 * or a yearbook's typesetting prints them, scanned: no office's report writes its counts so. Sought only in a text that
 * nothing presents as a report.
 */
const BOOK_GROUPED_COUNT = /(?<![\d.,])\d{1,3}(?: \d{3})+(?:余|多)?[件个人名起次家万所]/;
/**
 * A related report's own year told in figures, for a text that never names 法治政府: a year or 全年 opening the clause, then
 * a count (「2010年,全市法律援助专线接答法律咨询86,559人次」, 「全年共化解矛盾纠纷417242件」) — not a span of years (“十四五”期间).
 */
const RELATED_YEAR_COUNT = /(?:(?<!\d)\d{4}\s*年度?[,]|全年)[^。;]{0,40}?\d[\d,.]*\s*万?(?:件|人次|起|宗)/;
/** An opening on a span from a year (「2017年以来,」), not on the year itself. */
const SPAN_OPENING = /^\s*(?:\d{4}|[二〇零一二三四五六七八九]{4})\s*年(?:度)?以来/;
/** Figures counted up to the day of writing (「截止到目前,共有…」, 「截至目前」). */
const UP_TO_NOW = /截[至止]到?(?:目前|今|当前|现在)/;
/** What a year's report says of its year: 全年, 本年度, 年内, or the year opening a clause (「2022年,」). */
const A_YEARS_OWN = /全年|本年度|年内|(?<!\d)\d{4}\s*年度?[,]/;
/** How far into a text a related report's year in figures is sought: its opening paragraphs. */
const RELATED_YEAR_REACH = 600;
/**
 * Figures over a span of years (「“十四五”期间,全市各级人民调解组织共排查…71276件」, 「近五年来,全县共办理…」, 「党的十八大以来,…」):
 * for a text on a related subject that tells no year of its own, a feature over several years — news, as a 五年综述 is.
 */
const SPAN_FIGURES = /(?:"?十[一二三四五六七八九]五"?期间|近[二三四五六七八九十两几]年(?:来|以来)?|党的十[八九]大以来)[,]?[^。]{0,40}?\d/;
/** The same feature by its lead alone (「近年来,我市不断完善…」), when its figures tell no year either. */
const RECENT_YEARS_LEAD = /^\s*近(?:几|些)?年(?:来|以来)[,]/;
/** Whose figures they are: the whole place's (全市, 全县) or its government's — a place's report, not a fragment's tally. */
const WHOLE_PLACE = /全[省市县区州旗镇乡]|[省市县区州]政府/;
/** How many characters of the CJK Unified Ideographs block (U+4E00–U+9FFF) `text` holds. */
function hanCount(text: string): number {
  // Counted, not matched: a match array holds a string per character, thousands per report.
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) count += 1;
  }
  return count;
}

/** The title is near the top: a page's header lines come before it, not whole articles. */
const TITLE_WINDOW_LINES = 25;
/** The first prose paragraphs, where a report's opening stands. */
const OPENING_PARAGRAPHS = 1;
const MIN_PROSE = 30;
const MIN_LEAD = 12;
/** A line naming whom the text is addressed to (各乡镇人民政府,县直各单位:): no sentence, no 如下 of a presenting phrase. */
const ADDRESSEE = /^[^。]*(?<!如下):$/;
/**
 * A text that names the subject but that nothing presents as anything: below this it is too little to
 * tell. About a report's first page: an office's short work item (「市交通运输局…开展法治政府建设示范市宣传
 * 工作。一是…」, 340 characters) names the subject as often as a report does.
 */
const MIN_HAN_UNPRESENTED = 500;

type TitleKind = Exclude<TextKind, 'off_subject' | 'unpresented' | 'yearbook'>;

/** A table cell's line without the pipes and spaces that close it (「标题:…报告 | |」). */
function withoutTrailingPipes(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === '|' || line[end - 1] === ' ' || line[end - 1] === '\t')) end -= 1;
  return line.slice(0, end).trim();
}

/** A headline's place before its colon (「贵州遵义:以优质高效法律服务助力决胜全面小康」): the name and the rest. */
const PLACE_COLON = /^([\u4e00-\u9fff]{2,12})\s*:\s*[\u4e00-\u9fff"“]/;
/**
 * A news headline that names its place before a colon and tells what it did after: a reporter's or a publicity site's
 * form (a place's own report is titled by its body and its year, never 「Place:…」).
 */
function placeHeadline(line: string): boolean {
  const place = line.includes(':') ? PLACE_COLON.exec(line) : null;
  return place !== null && isPlaceName(place[1]!);
}

/** Three cells or more between bars, the bars that open and close the line aside. */
function isTableRow(line: string): boolean {
  const first = line.indexOf('|');
  if (first === -1) return false;
  const inner = line.replace(/^[|\s]+/, '');
  let bars = 0;
  for (const char of inner) if (char === '|') bars += 1;
  return bars >= 2;
}

/** The first cell of a table's row that is a title, with what it says the text is. */
function titleCell(line: string): { line: string; kind: TitleKind } | null {
  if (!isTableRow(withoutTrailingPipes(line))) return null;
  for (const cell of line.split('|')) {
    const kind = titleKind(cell.trim());
    if (kind) return { line: cell.trim(), kind };
  }
  return null;
}

/** What a title line says the text is, or null when the line is no title. */
function titleKind(raw: string, aboveProse = true): TitleKind | null {
  const line = withoutTrailingPipes(raw.replace(TITLE_FIELD, ''));
  // A row of a table flattened with bars (「限制开展生产经营活动 | 责令停产停业 | 责令关闭 |」, 「0 | 1 | 9 |」) is cells,
  // never a title, whatever words its headings hold; a page's title has one bar before its site or subtitle at most
  // (「中国法治政府发展报告(2017) | 新时代…」), and a cell's title stands between bars of its own (「| 关于…报告 |」).
  if (isTableRow(line)) return null;
  // A link to another item (「>>>>民生实事回头看 聚焦…完成情况」, 「▶相关阅读:…」) that a page prints under its text is that
  // item's title, not this text's.
  if (LINK_LINE.test(line)) return null;
  // 「现将2023年工作完成情况…汇报如下:」 introduces the report: it is its prose, not its title. An
  // attachment's name (附件:…报告参考提纲) or a template's is not the text's title either — but the title of a
  // notice that issues a template (关于印发《…年度报告格式》的通知) is a notice's.
  const issuesTemplate = (): boolean => NOTICE_KIND.test(line) && /关于/.test(line);
  if (
    !isTitleLine(line) ||
    HEADING.test(line) ||
    /如下|:$/.test(line) ||
    (/^附件|提纲|模板|样式|格式/.test(line) && !issuesTemplate()) ||
    FIELD_LINE.test(line)
  )
    return null;
  const kind = line.split(PLAN_APPENDED)[0]!;
  // TRAILING_YEARS ends on a bracket (and spaces): a line that does not is its own bare form, with no search.
  const bare = line.trimEnd().endsWith(')') ? line.replace(TRAILING_YEARS, '') : line;
  const related = RELATED.test(line);
  const subject = TITLE_SUBJECT.test(line) || related;
  // The congress's opinions on a report (…报告的审议意见) end as a notice's 意见 do: its own document first.
  if (CONGRESS_TITLE.test(line) && DOCUMENT_END.test(bare)) return 'other_report';
  if (NOTICE_KIND.test(line) && /关于/.test(line)) return subject && PUBLISHES_REPORT.test(line) ? 'report' : 'notice';
  if (CUT_ISSUING_TITLE.test(line)) return 'notice';
  if ((PROPOSALS_HANDLED.test(line) && DOCUMENT_END.test(bare)) || BUDGET_TITLE(bare)) return 'other_report';
  if (!TITLE_SUBJECT.test(line) && DISCLOSURE_TITLE(line)) return 'other_report';
  if (subject && MEETING_ON_REPORT.test(line)) return 'news';
  // Above the prose too: a report tells of the congress's inspection group it received (「…迎接省人大常委会视察组」).
  if (aboveProse && CONSULTATIVE_TITLE(line)) return 'other_report';
  // Only above the prose as well: a provincial report may list its cities' work so (「杭州市:推出…」).
  if (aboveProse && placeHeadline(line) && !REPORT_KIND.test(kind) && !PLAN_KIND.test(bare) && !NOTICE_KIND.test(bare)) return 'news';
  if (!subject && WORK_REPORT_TITLE.test(line.replace(/\s+/g, ''))) return 'other_report';
  if (DUTY_STATEMENT_TITLE.test(kind) && !PLACE_REPORT_SUBJECT.test(line)) return 'speech';
  if (subject && (DIGEST_TITLE.test(line) || FINDING_HEADLINE.test(line))) return 'news';
  if (subject && FEATURE_TITLE.test(line)) return 'news';
  // Above the prose, and not a document's title on the visit (…检查情况的报告): news of the visit.
  if (aboveProse && VISIT_HEADLINE.test(line) && !/(?:报告|总结)$/.test(bare)) return 'news';
  if (SCHOLAR_TITLE.test(line)) return 'other_report';
  if (subject && STUDY_TITLE.test(kind)) return 'other_report';
  // 「上海高院发布2022年度上海行政审判白皮书」 is news of the document, not the document.
  if (JUDICIAL_TITLE.test(line)) return RELEASE_EVENT.test(line) ? 'news' : 'other_report';
  if (related && RELATED_KIND.test(kind) && RELATED_SPECIFIC.test(line) && !PLAN_KIND.test(kind)) return 'report';
  // A white paper on another subject (2023年度优化营商环境白皮书, …知识产权保护白皮书): another subject's report, as a
  // reconsideration or enforcement white paper is a related report.
  if (!subject && /白皮书$/.test(bare) && /\d{4}|年度/.test(line)) return 'other_report';
  if (REPORT_KIND.test(kind) || REPORT_KIND.test(line)) {
    if (subject) return 'report';
    // A bare heading (「2017年工作情况」) names no subject; a full title on another subject does.
    if (line.replace(GENERIC_TITLE_WORDS, '').replace(/[\s()《》"]/g, '').length < 2) return null;
    if (STRIPPED_SUBJECT_TITLE.test(line)) return null;
    return line.length >= 8 && /\d{4}|关于|年度/.test(line) ? 'other_report' : null;
  }
  if (subject && PLAN_KIND.test(bare)) return 'plan';
  if (subject && SPEECH_KIND.test(bare)) return 'speech';
  // Whatever its subject, a title that says where it was spoken is a speech's (…新闻发布会上的讲话, 在…会议上的致辞).
  if (aboveProse && SPOKEN_AT_EVENT.test(bare)) return 'speech';
  if (subject && NEWS_EVENT.test(line) && line.length >= 10) return 'news';
  return null;
}

/**
 * A title that a document site runs into the text's first paragraph (「1、法律援助中心事业单位法人年度报告书
 * (一)深入开展…」): the words before a space and the first section's number, after the site's chunk
 * number. Only the text's first line: further down, words before a section's number are prose.
 */
const RUN_ON_TITLE = /^(?:\d{1,2}、)?([^\s。!?;,]{4,80}?)\s+(?=\(\s*一\s*\)|一\s*、)/;

/** A document site's first line: the shared file's name and extension in 《》, then what the site offers (由会员分享, 可在线阅读). */
const SHARED_FILE_NAME = /^《([^》]{4,80}?)\.(?:docx?|wps|pdf|pptx?|txt)》/i;

/** The title lines near the top, with what each says the text is. */
function titles(lines: readonly string[]): Array<{ line: string; kind: TitleKind }> {
  const out: Array<{ line: string; kind: TitleKind }> = [];
  const runOn = lines.length > 0 ? RUN_ON_TITLE.exec(lines[0]!)?.[1] : undefined;
  const runOnKind = runOn === undefined ? null : titleKind(runOn);
  if (runOn !== undefined && runOnKind) out.push({ line: runOn, kind: runOnKind });
  // A document site's file name in 《》 before its sharing line (「《2021年度行政处罚情况统计表.docx》由会员分享,…」): the title.
  const fileName = lines.length > 0 && lines[0]!.startsWith('《') ? SHARED_FILE_NAME.exec(lines[0]!)?.[1] : undefined;
  const fileKind = fileName === undefined ? null : titleKind(fileName);
  if (fileName !== undefined && fileKind) out.push({ line: fileName, kind: fileKind });
  // A document site's page title glued before the text (「…完成情况的总结_…完成情况的总结 今年,…」).
  const siteTitle = lines.length > 0 ? SITE_TITLE.exec(lines[0]!)?.[1]?.trim() : undefined;
  const siteKind = siteTitle === undefined ? null : titleKind(siteTitle);
  if (siteTitle !== undefined && siteKind) out.push({ line: siteTitle, kind: siteKind });
  const window = lines.slice(0, TITLE_WINDOW_LINES);
  const firstProse = window.findIndex(isProse);
  for (let i = 0; i < window.length; i += 1) {
    const line = window[i]!;
    const kind = titleKind(line, firstProse === -1 || i < firstProse);
    if (kind) {
      out.push({ line, kind });
      continue;
    }
    // A table's row is no title, but one of its cells may be (a page's field table: 「名称 | 某县2023年法治政府建设年度报告 |
    // 索引号 | …」).
    const cell = line.includes('|') ? titleCell(line) : null;
    if (cell) {
      out.push(cell);
      continue;
    }
    // A long title is often broken over two lines (「关于印发…法治政府建设」「工作安排的通知」, 「2020年人大建议、
    // 政协提案办理工作」「完成情况说明」): a line with a title's 关于, or one followed by a document's tail alone, that
    // is no title alone is read with the next.
    const next = window[i + 1];
    if (next === undefined || !(isBrokenTitleStart(line) || (isTitleLine(line) && TITLE_TAIL.test(next)))) continue;
    const joined = line + next;
    const joinedKind = titleKind(joined);
    if (joinedKind) out.push({ line: joined, kind: joinedKind });
  }
  return out;
}

function isProse(line: string): boolean {
  return line.length >= MIN_PROSE && /[,。;]/.test(line);
}

/**
 * The first prose paragraph opening as a report's prose does, naming the subject — or a related
 * report's (「2022年,长治市司法局坚持…」) — in its first sentences. Only the opening counts: a
 * year-led paragraph further down a news item is no report's opening.
 */
function reportOpening(opening: readonly string[]): string | null {
  for (const line of opening) {
    if (!YEAR_OPENING.test(line)) continue;
    SUBJECT.lastIndex = 0;
    const head = line.slice(0, 200);
    if (SUBJECT.test(head) || RELATED.test(head)) return line;
  }
  return null;
}

/** The entry name or volume line of a yearbook's entry, or the yearbook named in the page's header. */
function yearbookEntry(lines: readonly string[], opening: string): string | null {
  // A topic heading alone (司法工作, 司法行政) straight over the year's prose: a yearbook's entry, printed without its 【】.
  if (
    lines.length > 1 &&
    YEARBOOK_TOPIC.test(lines[0]!) &&
    YEAR_OPENING.test(lines[1]!) &&
    isProse(lines[1]!) &&
    !SELF_REFERENCE.test(firstSentence(lines[1]!))
  )
    return lines[0]!;
  for (const line of lines.slice(0, TITLE_WINDOW_LINES)) {
    // Every entry has its 【: a line without one is searched no further.
    const entry = line.includes('【') ? YEARBOOK_ENTRY.exec(line) : null;
    // An entry's name opens its prose (【人民调解】2020年,县司法局…); a column tag opens a title
    // (【复议、应诉】2020年度…数据统计) or a toolbar (【打印】).
    const rest = entry?.[2] ?? '';
    const prose = /[,。]/.test(rest) || (rest === '' && YEARBOOK_PROSE.test(opening));
    if (entry && prose && !COLUMN_TAG.test(entry[1]!)) return `【${entry[1]}】`;
    if (line === opening && YEARBOOK_ONLY_PROSE.test(line)) return clip(line);
    if (YEARBOOK_VOLUME.test(line)) return line;
    if (line.length <= 40 && YEARBOOK_SOURCE.test(line) && !/[。,]/.test(line)) return line;
  }
  return null;
}

/**
 * A later page of a report, which names 法治政府 only on its first (a site that splits the report into
 * pages: 「(五)强化制约监督,促进行政权力规范透明运行。一是…」): it opens on a numbered section, two of its
 * sections name the areas of a rule-of-law government's work, and it tells its year's work with what it
 * counted (2021年,…受理申请6条, 办理建议54件) — a plan's later page sets targets instead (到2025年).
 */
function laterPage(lines: readonly string[], view: string): string | null {
  const first = lines[0];
  if (first === undefined || !SECTION_NUMBER.test(first)) return null;
  const heading = (line: string): string => line.split('。')[0]!.slice(0, 40);
  const sections = lines.filter((line) => SECTION_NUMBER.test(line) && REPORT_SECTION_AREA.test(heading(line)));
  if (sections[0] !== first || sections.length < 2) return null;
  const counted = view.match(COUNTED_WORK)?.length ?? 0;
  return counted >= 2 && WORK_YEAR.test(view) ? sections.map(heading).join(' / ') : null;
}

function clip(line: string): string {
  return line.length > 30 ? `${line.slice(0, 30)}…` : line;
}

/**
 * What shows a text to be a government's information-disclosure annual report when no title says so:
 * its statutory opening, a first section on its disclosure work, or two of its statutory headings.
 */
function disclosureReport(lines: readonly string[], lead: string, view: string): string | null {
  if (DISCLOSURE_OPENING.test(lead)) return lead;
  const firstSection = lines.slice(0, TITLE_WINDOW_LINES).find((line) => /^一\s*[、.]/.test(line));
  if (firstSection && DISCLOSURE_FIRST_SECTION.test(firstSection)) return firstSection;
  const headings = DISCLOSURE_HEADINGS.map((heading) => heading.exec(view)?.[0]).filter((found) => found !== undefined);
  return headings.length >= 2 ? headings.join(', ') : null;
}

/**
 * The sentence in which a related report tells the whole place's year in figures (「2010年,全市法律援助专线接答法律咨询
 * 86,559人次」, 「全省共有人民调解员18.47万人,全年共化解矛盾纠纷417242件」): a year's count, the related subject and
 * the whole place in one sentence — a page's heading on enforcement over a count of inspections is none.
 */
function relatedYearInFigures(opening: string): string | null {
  const count = RELATED_YEAR_COUNT.exec(opening);
  if (count === null) return null;
  const start = Math.max(opening.lastIndexOf('。', count.index), opening.lastIndexOf('\n', count.index)) + 1;
  const sentence = opening.slice(start, count.index + count[0].length);
  return RELATED.test(sentence) && WHOLE_PLACE.test(sentence) ? sentence : null;
}

/** The clause of the view that ends on the presenting phrase found at `at`: back to its comma, its sentence or its line. */
function presentingClause(view: string, at: number, phrase: string): string {
  let start = at;
  while (start > 0 && at - start < PRESENTING_CLAUSE_REACH && !'。,;:!?\n'.includes(view[start - 1]!)) start -= 1;
  return view.slice(start, at) + phrase.split('\n')[0]!;
}
/** How far back from its phrase a presenting clause is read. */
const PRESENTING_CLAUSE_REACH = 40;

/** What follows the subject when it is the name of a drive for a title (创建全国法治政府建设示范市, 争创示范县). */
const DRIVE_NAME_TAIL = /^(?:建设)?示范/;

/**
 * The drive a text tells of when most mentions of the subject are its name (「创建全国法治政府建设示范市工作推进会」, beside a
 * heading's 「强化依法行政,建设法治政府」): an item on a place's preparations for the title, not its year's report; null
 * when the subject itself is named as often.
 */
function mostlyADrivesName(view: string): string | null {
  SUBJECT.lastIndex = 0;
  let drives = 0;
  let others = 0;
  let first: string | null = null;
  for (const mention of view.matchAll(SUBJECT)) {
    const end = mention.index + mention[0].length;
    if (!DRIVE_NAME_TAIL.test(view.slice(end, end + 4))) {
      others += 1;
      continue;
    }
    drives += 1;
    first ??= view.slice(Math.max(0, mention.index - 6), end + 4);
  }
  return drives > others ? first : null;
}

/** The paragraph (line) of the view that holds position `at`. */
function paragraphAround(view: string, at: number): string {
  const start = view.lastIndexOf('\n', at) + 1;
  const end = view.indexOf('\n', at);
  return view.slice(start, end === -1 ? view.length : end);
}

/**
 * Whether a presenting phrase presents a report on another subject: the phrase names one (现将我办2022年度政府信息
 * 公开情况报告如下, 现将检查情况报告如下, 现将办理建议提案工作情况汇报如下), or, when it names none (现将2021年工作
 * 总结如下), the paragraph it closes tells of the handling of suggestions and proposals over and over and never of
 * the rule of law.
 */
function presentsAnotherSubject(presented: string, paragraph: string): boolean {
  const ownSubject = TITLE_SUBJECT.test(presented) || RELATED.test(presented);
  if (!ownSubject && (OTHER_REPORT_SUBJECT.test(presented) || CONGRESS_PRESENTED.test(presented) || PROPOSALS_HANDLED.test(presented)))
    return true;
  // Presented to the congress's standing committee, a report always names its subject: one not ours is another's.
  if (!ownSubject && TO_CONGRESS.test(presented)) return true;
  SUBJECT.lastIndex = 0;
  return !SUBJECT.test(paragraph) && (paragraph.match(EVERY_PROPOSALS_HANDLED)?.length ?? 0) >= 2;
}

const KIND_WORDS: Readonly<Record<Exclude<TitleKind, 'report'>, string>> = {
  news: 'a news item',
  notice: 'a notice',
  plan: 'a plan',
  speech: 'a speech',
  other_report: 'a report on another subject',
};

/**
 * Decides, in this order: a study's front matter (摘要 with 关键词, or with a study's title: a blue book's
 * chapter) or a research group's signature (…课题组) refuses it, and so does a yearbook's entry (it retells the
 * year as a report would), and so does a model text or an exam question (its title may be a report's);
 * a report title accepts the text, however short (a page that attaches the report under a notice
 * is the report), and so does a related report's title (司法局2021年工作总结, 2020年度行政执法统计情况);
 * a title that makes it something else (a notice, a plan, a speech — a leader's 述法 statement among
 * them —, a news headline — a meeting that heard the report among them —, a feature (综述, 纪实, ——记…) or a
 * digest, a scholar's title, a court's document on its work, a congress's own document (执法检查, 审议意见), an
 * account of suggestions and proposals handled, a budget's document, a report on another subject) refuses it;
 * a leader presenting his or her own duty (现将本人…述法…报告如下) refuses it as a speech; a body other than a
 * government presenting it (我代表最高人民法院报告…, 我代表县人大常委会向大会报告工作) refuses it as another
 * report, and so does a presenting phrase on another subject (政府信息公开, 检查情况, 建议提案办理 — or a bare
 * 现将2021年工作总结如下 closing a paragraph on suggestions and proposals); a government's work report, a speech's
 * salutation (同志们:), a disclosure report's statutory opening or headings refuse it; a report phrase
 * (现将…报告如下) accepts it; an opening paragraph that is a news
 * lead (「3月21日,」, 记者, 获悉), a news item's signature anywhere (本报讯, 原标题, …讯, 通讯员, the writers'
 * names in brackets, a portal as the source, a breadcrumb ending in the news column), or a paragraph that
 * issues a plan or rules (「为…,制定本
 * 方案」) refuses it; a report opening (「2022年,…法治政府建设…」, 「2022年,长治市司法局…」, or a first
 * section 「一、2025年主要工作及成效」) accepts it; a news item's marks (本报讯, 记者, 编辑:) or a place told of
 * in the third person (该县) refuse it, and so does, for a text off the subject, an office's headline;
 * a text that never names the subject is on another one; what is left names the subject and is
 * accepted when long enough to be a report's body, else refused as too little to tell.
 */
export function recogniseReport(text: string, normalized?: string): Recognition {
  const view = normalized !== undefined && normalized.length === text.length ? normalized : normalizeForMatching(text);
  const lines = lineSpans(view)
    .map((line) => view.slice(line.start, line.end).trim())
    .filter((line) => line.length > 0);
  const found = titles(lines);
  const report = found.find((t) => t.kind === 'report');
  const other = found.find((t): t is { line: string; kind: Exclude<TitleKind, 'report'> } => t.kind !== 'report');
  SUBJECT.lastIndex = 0;
  const subjectMentions = view.match(SUBJECT)?.length ?? 0;
  const han = hanCount(view);
  const opening: string[] = [];
  for (const line of lines) {
    if (opening.length >= OPENING_PARAGRAPHS) break;
    if (isProse(line)) opening.push(line);
  }
  // A news item's lead may be short (「“…”……近日,区法律援助中心收到锦旗一面。」): any first sentence counts.
  const lead =
    lines
      .slice(0, TITLE_WINDOW_LINES)
      // An addressee line (各乡镇人民政府,县直各单位:) is no lead: the prose follows it.
      .find((line) => line.length >= MIN_LEAD && /[,。]/.test(line) && !ADDRESSEE.test(line) && !TITLE_FIELD.test(line)) ?? '';

  // A study's front matter (【摘要】…【关键词】) is no yearbook's bracketed entry.
  const study = report ? null : studyFrontMatter(lines);
  if (study)
    return {
      recognised: false,
      kind: 'other_report',
      reason: `a study of the subject by others (摘要 and ${clip(study)}), no place's report`,
      han,
    };
  const english = report || !holdsAnyWord(view, ENGLISH_FRONT_MATTER_WORDS) ? null : ENGLISH_FRONT_MATTER.exec(view);
  if (english)
    return {
      recognised: false,
      kind: 'other_report',
      reason: `a study of the subject by others (its English ${clip(english[0].trim())}), no place's report`,
      han,
    };
  const researchGroup = report || !(view.includes('课题组') || view.includes('执笔')) ? null : RESEARCH_GROUP.exec(view);
  if (researchGroup)
    return {
      recognised: false,
      kind: 'other_report',
      reason: `a study of the subject by others (${clip(researchGroup[0].trim())}), no place's report`,
      han,
    };
  // A yearbook's entry retells the year as a report would, in a yearbook's words: no title decides it.
  const yearbook = yearbookEntry(lines, lead);
  if (yearbook)
    return { recognised: false, kind: 'yearbook', reason: `a yearbook or gazetteer entry (${clip(yearbook)}), not the report itself`, han };
  const book = report || !holdsAnyWord(view, BOOK_WORDS) ? null : BOOK_MARK.exec(view);
  if (book)
    return {
      recognised: false,
      kind: 'other_report',
      reason: `a book about the subject (${clip(book[0].trim())}), no place's report`,
      han,
    };
  // Searched only where no report title decides: a report is never refused as an article (the search tries each comma).
  const article = report ? null : ARTICLE_MARK.exec(view);
  if (article)
    return {
      recognised: false,
      kind: 'unpresented',
      reason: `an article about the subject (${clip(article[0].trim())}), no place's report`,
      han,
    };
  const model = MODEL_TEXT_WORDS.some((word) => view.includes(word)) ? MODEL_TEXT.exec(view) : null;
  if (model)
    return {
      recognised: false,
      kind: 'unpresented',
      reason: `a model text or exam question (${clip(model[0].trim())}), no place's report`,
      han,
    };
  if (report)
    return {
      recognised: true,
      kind: 'report',
      reason: `report title (${clip(report.line)}), ${subjectMentions} mentions of its subject`,
      han,
    };
  const proposalField = holdsAnyWord(view, PROPOSAL_FIELD_WORDS) ? PROPOSAL_FIELD.exec(view) : null;
  if (proposalField)
    return {
      recognised: false,
      kind: 'other_report',
      reason: `a proposal or a deputy's suggestion (${clip(proposalField[0].trim())})`,
      han,
    };
  const answer = holdsAnyWord(view, ANSWER_SITE_WORDS) ? ANSWER_SITE_FIELD.exec(view) : null;
  if (answer)
    return {
      recognised: false,
      kind: 'other_report',
      reason: `an answer on a question-and-answer site (${clip(answer[0].trim())}), no place's report`,
      han,
    };
  const reply = REPLY_PHRASE.exec(view.slice(0, REPLY_REACH));
  if (reply) {
    const sentence = view.slice(
      Math.max(view.lastIndexOf('。', reply.index), view.lastIndexOf('\n', reply.index)) + 1,
      reply.index + reply[0].length,
    );
    return {
      recognised: false,
      kind: 'other_report',
      reason: `a reply to those who asked (${clip(sentence.trim())}), no place's report`,
      han,
    };
  }
  // Read only below a report title's answer, which does not need it.
  const relatedMentions = RELATED.test(view) ? 1 : 0;
  const issuing = ISSUES_DOCUMENT.exec(view.slice(0, OFFICE_AT_WORK_REACH));
  if (issuing) return { recognised: false, kind: 'notice', reason: `a notice issuing a document (${clip(issuing[0])})`, han };
  if (other) return { recognised: false, kind: other.kind, reason: `${KIND_WORDS[other.kind]} (title: ${clip(other.line)})`, han };
  const bareIssuing = ISSUES_BARE.exec(view.slice(0, OFFICE_AT_WORK_REACH));
  if (bareIssuing) return { recognised: false, kind: 'notice', reason: `a notice issuing a document (${bareIssuing[0]})`, han };
  const statement = DUTY_STATEMENT_PHRASE.exec(view);
  if (statement)
    return {
      recognised: false,
      kind: 'speech',
      reason: `a leader's statement on his or her duty (${clip(statement[0])}), not a report`,
      han,
    };
  const court = lines.slice(0, 3).find((line) => COURT_SPEAKING.test(line));
  if (court)
    return {
      recognised: false,
      kind: 'other_report',
      reason: `a court's report on its own cases (${clip(court)}), not a place's report`,
      han,
    };
  const presenter = PRESENTER.exec(view);
  if (presenter && NON_GOVERNMENT_PRESENTER.test(presenter[1]!) && !GOVERNMENT_PRESENTER.test(presenter[1]!))
    return {
      recognised: false,
      kind: 'other_report',
      reason: `a report by a body other than a government (${clip(presenter[0])}), not a place's rule-of-law report`,
      han,
    };
  const phrase = REPORT_PHRASE.exec(view);
  // 「现将我办2022年度政府信息公开情况报告如下」 presents a report, but on another subject (its own
  // line only: the phrase may run on into the text's first heading).
  // With the clause that leads up to it: 「调研相关情况如下」 is matched from its 情况, but says what it presents before.
  const presented = phrase ? presentingClause(view, phrase.index, phrase[0]) : '';
  if (phrase && presentsAnotherSubject(presented, paragraphAround(view, phrase.index)))
    return { recognised: false, kind: 'other_report', reason: `${KIND_WORDS.other_report} (${clip(presented)})`, han };
  const workReport = WORK_REPORT_OPENING.exec(view);
  if (workReport) return { recognised: false, kind: 'other_report', reason: `a government's work report (${clip(workReport[0])})`, han };
  // After the work report: a head of government may open it on 同志们 too.
  const salutation =
    lines.slice(0, 3).find((line) => SPEECH_SALUTATION.test(line)) ??
    (holdsAnyWord(view.slice(0, SPEECH_TURN_REACH), AUDIENCE_WORDS)
      ? lines.slice(0, SALUTATION_LINES).find((line) => line.length <= 48 && AUDIENCE_SALUTATION.test(line))
      : undefined);
  if (salutation) return { recognised: false, kind: 'speech', reason: `a speech (it opens on its audience: ${clip(salutation)})`, han };
  const turn = SPEECH_TURN.exec(view.slice(0, SPEECH_TURN_REACH));
  if (turn) return { recognised: false, kind: 'speech', reason: `a speech (its speaker turns to the audience: ${clip(turn[0])})`, han };
  const visitors = SPOKEN_TO_VISITORS.exec(view.slice(0, SPEECH_TURN_REACH));
  if (visitors)
    return { recognised: false, kind: 'speech', reason: `a briefing spoken to visitors present (${clip(visitors[0])}), not a report`, han };
  const disclosure = disclosureReport(lines, lead, view);
  if (disclosure) return { recognised: false, kind: 'other_report', reason: `${KIND_WORDS.other_report} (${clip(disclosure)})`, han };
  if (phrase && subjectMentions + relatedMentions > 0)
    return { recognised: true, kind: 'report', reason: `report phrase (${phrase[0]}), ${subjectMentions} mentions of its subject`, han };
  // A plan's purpose clause (为…,制定本方案) under the one news line that introduces its full text (近日,…印发《…》): the plan.
  const planPurpose =
    lines.slice(0, PLAN_PURPOSE_LINES).find((line) => ISSUES_PLAN.test(line)) ?? (ISSUES_PLAN.test(lead) ? lead : undefined);
  if (planPurpose) return { recognised: false, kind: 'plan', reason: `a plan (${clip(planPurpose)}), no report title or opening`, han };
  const newsLead = NEWS_LEAD.exec(lead);
  if (newsLead)
    return {
      recognised: false,
      kind: 'news',
      reason: `a news item (its lead opens 「${newsLead[0].trim()}」), no report title or opening`,
      han,
    };
  const signature =
    NEWS_SIGNATURE.exec(view) ??
    NEWS_BYLINE.exec(view) ??
    (view.includes('>') ? NEWS_CRUMB.exec(view) : null) ??
    (NEWSPAPER_WORDS.some((word) => view.includes(word)) ? NEWSPAPER_PAGE.exec(view) : null);
  if (signature)
    return { recognised: false, kind: 'news', reason: `a news item (${clip(signature[0].trim())}), no report title or opening`, han };
  if (ISSUES_RULES.test(lead))
    return { recognised: false, kind: 'notice', reason: `a notice issuing rules (${clip(lead)}), no report title or opening`, han };
  const yearOpening = reportOpening(opening);
  // An office's account since a past year up to now, off the subject, never a year's own figures: an information item.
  if (yearOpening && subjectMentions === 0 && SPAN_OPENING.test(yearOpening) && UP_TO_NOW.test(view) && !A_YEARS_OWN.test(view))
    return {
      recognised: false,
      kind: 'news',
      reason: `an item on an office's work since a past year, up to now (${clip(yearOpening)}), no year's report`,
      han,
    };
  if (yearOpening)
    return {
      recognised: true,
      kind: 'report',
      reason: `report opening (${clip(yearOpening)}), ${subjectMentions} mentions of its subject`,
      han,
    };
  const enforcementPart = ENFORCEMENT_REPORT_PART.exec(view.slice(0, ENFORCEMENT_PART_REACH));
  if (enforcementPart)
    return {
      recognised: true,
      kind: 'report',
      reason: `an enforcement report's part (${enforcementPart[0]}), ${subjectMentions} mentions of its subject`,
      han,
    };
  const templateHeadings = lines
    .slice(0, ENFORCEMENT_TEMPLATE_LINES)
    .filter((line) => line.includes('行政') && ENFORCEMENT_TEMPLATE_HEADING.test(line));
  if (templateHeadings.length >= 2)
    return {
      recognised: true,
      kind: 'report',
      reason: `the enforcement-statistics template's headings (${clip(templateHeadings.join(' / '))}), ${subjectMentions} mentions of its subject`,
      han,
    };
  const firstSection = lines.slice(0, 3).find((line) => FIRST_SECTION.test(line));
  if (firstSection && subjectMentions + relatedMentions > 0) {
    return {
      recognised: true,
      kind: 'report',
      reason: `a report's first section (${clip(firstSection)}), ${subjectMentions} mentions of its subject`,
      han,
    };
  }

  const news = NEWS_MARK.exec(view);
  if (news) return { recognised: false, kind: 'news', reason: `a news item (${news[0].trim()}), no report title or opening`, han };
  const thirdPerson = THIRD_PERSON.exec(view);
  if (thirdPerson)
    return {
      recognised: false,
      kind: 'news',
      reason: `a news item (it tells of ${thirdPerson[0]} in the third person), no report title or opening`,
      han,
    };
  const headline = lines
    .slice(0, TITLE_WINDOW_LINES)
    .find(
      (line) =>
        isTitleLine(line) && !HEADING.test(line) && (OFFICE_HEADLINE.test(line) || SLOGAN_HEADLINE.test(line)) && !REPORT_KIND.test(line),
    );
  if (subjectMentions === 0 && (headline !== undefined || QUOTATION_LEAD.test(lead)))
    return { recognised: false, kind: 'news', reason: `a news item (${clip(headline ?? lead)}), not on the subject`, han };
  const page = laterPage(lines, view);
  if (page)
    return { recognised: true, kind: 'report', reason: `a later page of a report (its sections: ${clip(page)}), what it did counted`, han };
  const bookCount = BOOK_GROUPED_COUNT.exec(view);
  if (bookCount)
    return {
      recognised: false,
      kind: 'yearbook',
      reason: `a yearbook or gazetteer entry (its figures printed as a book's: ${bookCount[0]}), not the report itself`,
      han,
    };
  // Off the subject, but an account of deputies' suggestions handled still says what it is.
  const handling = subjectMentions === 0 ? PROPOSALS_HANDLED.exec(view.slice(0, OFFICE_AT_WORK_REACH)) : null;
  if (handling)
    return { recognised: false, kind: 'other_report', reason: `${KIND_WORDS.other_report} (${clip(handling[0])}), off the subject`, han };
  // A related report (legal aid, mediation…) need not name 法治政府: its year told in figures shows it one.
  const relatedYear = subjectMentions === 0 && relatedMentions > 0 ? relatedYearInFigures(view.slice(0, RELATED_YEAR_REACH)) : null;
  if (relatedYear) return { recognised: true, kind: 'report', reason: `a related report's year in figures (${clip(relatedYear)})`, han };
  const span =
    subjectMentions === 0 && relatedMentions > 0
      ? (SPAN_FIGURES.exec(view.slice(0, RELATED_YEAR_REACH))?.[0] ?? (RECENT_YEARS_LEAD.test(lead) ? lead : null))
      : null;
  if (span) return { recognised: false, kind: 'news', reason: `a feature over several years (${clip(span)}), no year of its own`, han };
  const signed = subjectMentions === 0 ? WRITER_CLOSING.exec(lines.at(-1) ?? '') : null;
  if (signed)
    return {
      recognised: false,
      kind: 'yearbook',
      reason: `a yearbook entry (signed by its writer: ${signed[0].trim()}), off the subject`,
      han,
    };
  // What the lead shows the text to be decides before its subject: an off-subject feature is news too.
  const featureLead = opening.find(
    (line) =>
      FEATURE_LEAD_INNOVATION.test(line) ||
      (RECENT_YEARS_LEAD.test(line) && !SELF_REFERENCE.test(firstSentence(line))) ||
      (!/\d{4}\s*年/.test(line) && FEATURE_LEAD_PRESENT.test(line)),
  );
  if (featureLead)
    return { recognised: false, kind: 'news', reason: `a news feature (its lead: ${clip(featureLead)}), no report title or opening`, han };
  if (subjectMentions === 0) return { recognised: false, kind: 'off_subject', reason: 'it never mentions 法治政府建设 or 依法行政', han };
  const drive = mostlyADrivesName(view);
  if (drive)
    return {
      recognised: false,
      kind: 'news',
      reason: `an item on a demonstration drive (${clip(drive)}): the subject named mostly as the drive's name, no report title or opening`,
      han,
    };
  if (han < MIN_HAN_UNPRESENTED || subjectMentions < 3) {
    // Too little to be a report's body, and telling of an office in the third person doing something
    // (「市交通运输局结合工作实际,在全市交通系统开展…宣传工作。」): an office's work news.
    const office = OFFICE_AT_WORK.exec(view.slice(0, OFFICE_AT_WORK_REACH));
    if (office)
      return {
        recognised: false,
        kind: 'news',
        reason: `a news item (it tells of ${clip(office[0].replace(/^[。\s]+/, ''))}), too short for a report`,
        han,
      };
    return {
      recognised: false,
      kind: 'unpresented',
      han,
      reason: `no title or opening presents it as a report (…情况的报告, 现将…报告如下, 2022年,…), and ${han} Chinese characters with ${subjectMentions} mentions of 法治政府建设 are too little to tell`,
    };
  }
  return {
    recognised: true,
    kind: 'report',
    reason: `${subjectMentions} mentions of its subject in ${han} Chinese characters, nothing presenting it as another kind of text`,
    han,
  };
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
