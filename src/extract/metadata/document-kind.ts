/**
 * What kind of official report a text is (issue 19). A place's annual rule-of-law report is the
 * main kind; the reports its offices publish on the same subject — a justice bureau's annual work
 * summary, a reconsideration office's annual report, a county's enforcement figures, a legal-aid
 * centre's report — carry the same indicators and are read too, each compared only with its own
 * kind. The kind is told by the words that name the report's subject: in its title when it has
 * one, else in its opening sentence (「2022年,长治市司法局坚持…」 opens a justice bureau's summary).
 * All patterns run on the normalized view (simplified characters, half-width punctuation).
 */

import type { DocumentKind } from '../vocabulary';

/** The subject of a rule-of-law report: it decides over every other subject named beside it. */
export const RULE_OF_LAW_SUBJECT = /法治政府|依法行政|法[治制]建设|依法治[省市区县旗镇乡]|全面依法治|法治[\u4e00-\u9fff]{1,4}建设/;

/**
 * The related kinds by the subject that names them, the narrower first: 「司法局2021年普法工作总结」 is
 * a publicity report, 「司法局关于2021年度行政复议工作情况的报告」 a reconsideration report, and only a
 * justice bureau's report on its whole work is its work summary.
 */
const RELATED_SUBJECTS: ReadonlyArray<{ readonly kind: Exclude<DocumentKind, 'rule_of_law_report'>; readonly subject: RegExp }> = [
  { kind: 'reconsideration_report', subject: /行政复议/ },
  // A body's statistical analysis of its own cases (林草行政案件统计分析报告) is its enforcement figures too.
  { kind: 'enforcement_statistics', subject: /行政(?:执法|处罚|许可|案件的?(?:统计|分析))/ },
  { kind: 'legal_aid_report', subject: /法律援助|法援/ },
  { kind: 'mediation_report', subject: /人民调解|调解工作|调委会|纠纷调解|大调解|纠纷(?:排查)?调处/ },
  { kind: 'publicity_report', subject: /普法|法治宣传|法制宣传/ },
  { kind: 'justice_bureau_summary', subject: /司法局|司法厅|司法行政|司法所/ },
];

/** A related report's subject, in any of its wordings (for recognising a text as one). */
export const RELATED_SUBJECT = new RegExp(RELATED_SUBJECTS.map((related) => related.subject.source).join('|'));

/**
 * The kind a title names, or null when it names none of the subjects. A rule-of-law subject wins
 * over any other named beside it (「法治政府建设和行政执法工作情况报告」).
 */
export function documentKindOfTitle(title: string): DocumentKind | null {
  if (RULE_OF_LAW_SUBJECT.test(title)) return 'rule_of_law_report';
  return RELATED_SUBJECTS.find((related) => related.subject.test(title))?.kind ?? null;
}

/** The office or committee that leads a place's rule-of-law work (依法治区办, 县委依法治县委员会): an organ. */
const RULE_OF_LAW_ORGAN = /依法治[省市区县旗镇乡](?:委员会|委|办公室|办)/g;

/**
 * A justice organ written right before its unit of another subject (安庆市大观区司法局|法律援助中心, 县司法局|人民调解委员会):
 * the unit reports, and its subject, not the bureau's, is the report's.
 */
const JUSTICE_ORGAN_OF_UNIT = /司法(?:局|厅)(?=法律援助|法援|行政复议|人民调解|普法)/g;

/** How much of a report's opening names its subject: its first sentence or so. */
const OPENING_REACH = 120;

/**
 * The clause by which an opening presents the report (「现将我县2021年度法治政府建设工作情况报告如下」, a circular's
 * 「现将2022年度全市行政执法情况通报如下」):
 * it names the report's subject as a title would, and decides over whatever the sentences before
 * it name in passing (「…深入推进服务型行政执法…」). One without a subject (现将有关情况报告如下) decides nothing.
 */
const PRESENTING_CLAUSE = /现[将就把][^。\n]{0,40}?(?:报告|汇报|总结|通报)如下/;
/** How far into the opening a presenting clause is looked for: the opening paragraph. */
const PRESENTING_REACH = 400;

/**
 * The kind of a text without a title, from its opening. A rule-of-law subject named there makes
 * it a rule-of-law report, as in a title (「2022年,区司法局…充分发挥法治建设职能作用」); otherwise the
 * related subject named first decides: 「2022年,长治市司法局坚持…」 opens a justice bureau's summary.
 */
export function documentKindOfOpening(opening: string): DocumentKind | null {
  const presented = presentingClause(opening);
  const named = presented === null ? null : documentKindOfTitle(presented);
  if (named !== null) return named;
  // The rule-of-law committee's office named as an organ (「落实区依法治区办关于推进法律七进工作要求」) is who
  // asked for the work, not its subject.
  // A justice bureau's unit of another subject (司法局法律援助中心, 司法局人民调解委员会) is named by its subject.
  const head = opening
    .slice(0, OPENING_REACH)
    .replace(RULE_OF_LAW_ORGAN, (organ) => ' '.repeat(organ.length))
    .replace(JUSTICE_ORGAN_OF_UNIT, (organ) => ' '.repeat(organ.length));
  if (RULE_OF_LAW_SUBJECT.test(head)) return 'rule_of_law_report';
  let first: { kind: DocumentKind; at: number } | null = null;
  for (const related of RELATED_SUBJECTS) {
    const at = head.search(related.subject);
    if (at !== -1 && (first === null || at < first.at)) first = { kind: related.kind, at };
  }
  return first?.kind ?? null;
}

function presentingClause(opening: string): string | null {
  return PRESENTING_CLAUSE.exec(opening.slice(0, PRESENTING_REACH))?.[0] ?? null;
}

/** How much of a report's prose tells a justice bureau's rule-of-law report from its work summary. */
const KIND_WINDOW = 1500;
/** What a rule-of-law report keeps returning to. */
const RULE_OF_LAW_WORDS = /法治政府|依法行政/g;
/** The services a justice bureau runs, which its work summary goes through one by one. */
const JUSTICE_SERVICES = /社区矫正|安置帮教|公证|律师|司法鉴定|司法所|法律援助|人民调解/g;
/** A justice organ whose year the opening tells, or a bureau speaking of itself (我局). */
const JUSTICE_SPEAKER = /司法局|司法厅|司法行政|司法所|我局/;
/** A clause naming who guided or led the year's work (在县司法局的精心指导下): the organs there are not its subject. */
const GUIDED_BY = /在[^,。]{0,40}?(?:指导|领导|关心|支持|帮助)下/g;
/** A place speaking of itself (我镇, 本区, 全镇上下), not of its justice administration (我县司法行政工作). */
const PLACE_SPEAKER = /(?:[我本](?:街道|镇|乡|县|区|市|旗|省)|全(?:街道|镇|乡|县|区|市|旗|省)上下)(?!司法)/;

/** What only a justice bureau's text names: its organs or its services. */
const JUSTICE_WORDS = /司法|社区矫正|安置帮教|公证|律师|法律援助|人民调解/;

/**
 * True when a justice organ is the one whose year the opening tells: named outside the clauses of
 * who guided the work, and before any place that speaks of itself (「…在县司法局的指导下,我镇坚持…」
 * is the town's). A bureau that only says 我局 is a justice bureau only where its text names justice
 * at all (a human-resources bureau's 「我局…锚定“法治人社”建设目标」 never does).
 */
function justiceSpeaks(opening: string): boolean {
  const head = opening.slice(0, OPENING_REACH);
  const subjects = head.replace(GUIDED_BY, (clause) => ' '.repeat(clause.length));
  const justice = subjects.search(JUSTICE_SPEAKER);
  if (justice === -1) return false;
  if (subjects.startsWith('我局', justice) && !JUSTICE_WORDS.test(opening.slice(0, KIND_WINDOW))) return false;
  const place = subjects.search(PLACE_SPEAKER);
  return place === -1 || justice < place;
}
/**
 * An opening whose year is told of a place's whole justice administration (「2017年,全省司法行政系统在省委…领导下…」,
 * 「2019年,全区司法行政系统…」): the justice system's year is its work summary's subject, though the sentence ends on the
 * place's rule of law it served (「…为平安广东、法治广东建设作出了积极贡献」) or the place's name comes next (「普陀区荣获…」).
 */
const JUSTICE_SYSTEM_TELLS = /^[^。\n]{0,16}?全(?:省|自治区|市|州|盟|区|县|旗)司法行政(?:系统|战线)/;
/** A first section's heading on a line of its own: 「一、2021年度推进法治政府建设的主要举措和成效」. */
const FIRST_SECTION_HEADING = /^\s*一\s*[、.]\s*([^\n。]{2,40})$/m;
/** A presenting clause of the year's work as a whole (现将2023年工作完成情况和2024年工作思路汇报如下). */
const WHOLE_WORK = /工作(?:完成|开展|推进)?情况|工作总结/;
/** How far the opening sentence, which says what the year was about, is read. */
const FIRST_SENTENCE_REACH = 200;

function countOf(text: string, words: RegExp): number {
  return text.match(words)?.length ?? 0;
}

/** True when a text goes through a justice bureau's services more than it names the rule of law. */
function servicesPrevail(window: string): boolean {
  const services = countOf(window, JUSTICE_SERVICES);
  return services >= 3 && services > countOf(window, RULE_OF_LAW_WORDS);
}

/**
 * Whether a justice bureau's text is its rule-of-law report or its work summary. It writes both in
 * the same words and often without a title, so only what the prose keeps returning to tells them
 * apart: a rule-of-law report names 法治政府/依法行政 again and again (three times or more in its first
 * pages); a work summary goes through the bureau's services (人民调解, 法律援助, 社区矫正, 公证…); when
 * neither prevails, its opening sentence says what the year was about (「…认真贯彻落实…关于法治建设各项
 * 决策部署」 against 「…圆满完成了全年的各项目标任务」). A 依法治区 or 法治政府 named once in passing in an
 * opening decides nothing: a justice bureau leads its place's rule-of-law work and names it.
 */
function justiceReportKind(opening: string): 'rule_of_law_report' | 'justice_bureau_summary' {
  const window = opening.slice(0, KIND_WINDOW);
  if (countOf(window, RULE_OF_LAW_WORDS) >= 3) return 'rule_of_law_report';
  if (servicesPrevail(window) || JUSTICE_SYSTEM_TELLS.test(opening)) return 'justice_bureau_summary';
  const firstSentence = opening.slice(0, FIRST_SENTENCE_REACH).split('。')[0]!;
  return RULE_OF_LAW_SUBJECT.test(firstSentence) ? 'rule_of_law_report' : 'justice_bureau_summary';
}

/**
 * Whether a text that presents its year's work as a whole (现将全年工作总结如下) is a justice bureau's work summary:
 * its services prevail, or a justice organ tells its year (「2025年,汨罗市司法局在市委…领导下…统筹推进党建、法治建设、
 * 民生服务…」) and the rule of law is not what its prose keeps returning to.
 */
function wholeWorkOfJustice(opening: string): boolean {
  const window = opening.slice(0, KIND_WINDOW);
  return servicesPrevail(window) || (justiceSpeaks(opening) && countOf(window, RULE_OF_LAW_WORDS) < 3);
}

/**
 * The kind of a text without a title. Its presenting clause names its subject when it has one (a
 * justice bureau's own clause, 「现将靖边县司法局2017年度重点工作任务完成情况报告如下」, makes it the bureau's
 * whichever place the text names first); a clause presenting the year's work with no subject is a
 * work summary, a justice bureau's when its services prevail. Otherwise the opening names the
 * subject (documentKindOfOpening), and when a justice organ is the one whose year it tells, what the
 * prose returns to decides (justiceReportKind). A place that speaks for itself (上城区坚持…, 区政府…)
 * writes no justice bureau's summary, unless a bureau speaks of itself (「2017年是海珠区基础建设年,我局…」).
 *
 * @param view The text's matching view.
 * @param bodyStart Where its prose begins: a presenting clause on a line of its own above it is its
 *   header's (「现将…汇报如下:」 / 「一、2023年重点工作完成情况」 / prose).
 * @param placeSpeaks The text's body is its place or the place's government.
 */
export function documentKindOfUntitled(view: string, bodyStart: number, placeSpeaks: boolean): DocumentKind {
  const opening = view.slice(bodyStart);
  const presented = presentingClause(opening) ?? presentingClause(view.slice(Math.max(0, bodyStart - PRESENTING_REACH), bodyStart));
  const named = presented === null ? null : documentKindOfTitle(presented);
  if (named === 'justice_bureau_summary') return justiceReportKind(opening);
  if (named !== null) return named;
  if (presented !== null && WHOLE_WORK.test(presented) && wholeWorkOfJustice(opening)) return 'justice_bureau_summary';
  // A first section after the opening paragraph headed as the year's whole work, with no subject of its own
  // (「一、2023年工作总结」, not 「一、2023年法治政府建设工作总结」), presents it too, when a justice organ, not the
  // place, tells the year — under a presenting clause that names no subject (「…现将有关情况报告如下。\n一、2022年
  // 工作情况」) as under none.
  const firstSection = FIRST_SECTION_HEADING.exec(opening.slice(0, PRESENTING_REACH))?.[1];
  if (
    !placeSpeaks &&
    justiceSpeaks(opening) &&
    firstSection !== undefined &&
    WHOLE_WORK.test(firstSection) &&
    documentKindOfTitle(firstSection) === null &&
    wholeWorkOfJustice(opening)
  )
    return 'justice_bureau_summary';
  // A first section named for a related subject (「一、行政复议案件情况」 under 「2023年,通州区法治政府建设工作取得了显著
  // 成就…行政复议工作以改革为契机…」, 「一、行政执法工作基本情况」 under 「…现将相关工作情况报告如下:」) says what the text
  // reports on; the rule of law its opening named set the scene, and a presenting clause naming no subject decides nothing.
  const sectionKind = firstSection !== undefined ? documentKindOfTitle(firstSection) : null;
  if (sectionKind !== null && sectionKind !== 'rule_of_law_report' && sectionKind !== 'justice_bureau_summary') return sectionKind;
  // A first section named for the report's subject above the prose (「一、2021年度推进法治政府建设的主要举措和成效」)
  // says what the text is, as a title would, whatever its first paragraph goes through; so does one named for a
  // related subject (「一、2024年行政执法基本情况」 over 「截至目前,我局…」, a template's contents 「一、行政执法信息情况」).
  const heading = FIRST_SECTION_HEADING.exec(view.slice(Math.max(0, bodyStart - PRESENTING_REACH), bodyStart))?.[1];
  const headingKind = heading !== undefined ? documentKindOfTitle(heading) : null;
  if (headingKind !== null && headingKind !== 'justice_bureau_summary') return headingKind;
  const kind = documentKindOfOpening(opening) ?? 'rule_of_law_report';
  if (kind !== 'rule_of_law_report' && kind !== 'justice_bureau_summary') return kind;
  const head = opening.slice(0, OPENING_REACH);
  // A justice organ named only as the work's guide (在市司法行政部门的有力指导下,上城区坚持…) makes no summary of it.
  if (!justiceSpeaks(opening)) return 'rule_of_law_report';
  if (placeSpeaks && !head.includes('我局') && !JUSTICE_SYSTEM_TELLS.test(head)) return 'rule_of_law_report';
  return justiceReportKind(opening);
}

/**
 * What a related report counts when a clause names no subject: a reconsideration report's 「全年共审结
 * 422件」 are reconsideration cases, a legal-aid report's 「受理…986件」 legal-aid cases. A rule-of-law
 * report or a justice bureau's summary covers many subjects and implies none.
 */
export function impliedSubjectOf(kind: DocumentKind): string | null {
  return IMPLIED_SUBJECTS[kind] ?? null;
}

const IMPLIED_SUBJECTS: Partial<Record<DocumentKind, string>> = {
  reconsideration_report: '行政复议',
  legal_aid_report: '法律援助',
  mediation_report: '矛盾纠纷',
  publicity_report: '普法',
};
