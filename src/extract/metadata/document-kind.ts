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
  { kind: 'enforcement_statistics', subject: /行政执法|行政处罚|行政许可/ },
  { kind: 'legal_aid_report', subject: /法律援助|法援/ },
  { kind: 'mediation_report', subject: /人民调解|调解工作|调委会|纠纷调解|大调解/ },
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

/** How much of a report's opening names its subject: its first sentence or so. */
const OPENING_REACH = 120;

/**
 * The clause by which an opening presents the report (「现将我县2021年度法治政府建设工作情况报告如下」):
 * it names the report's subject as a title would, and decides over whatever the sentences before
 * it name in passing (「…深入推进服务型行政执法…」). One without a subject (现将有关情况报告如下) decides nothing.
 */
const PRESENTING_CLAUSE = /现[将就把][^。\n]{0,40}?(?:报告|汇报|总结)如下/;
/** How far into the opening a presenting clause is looked for: the opening paragraph. */
const PRESENTING_REACH = 400;

/**
 * The kind of a text without a title, from its opening. A rule-of-law subject named there makes
 * it a rule-of-law report, as in a title (「2022年,区司法局…充分发挥法治建设职能作用」); otherwise the
 * related subject named first decides: 「2022年,长治市司法局坚持…」 opens a justice bureau's summary.
 */
export function documentKindOfOpening(opening: string): DocumentKind | null {
  const presented = PRESENTING_CLAUSE.exec(opening.slice(0, PRESENTING_REACH))?.[0];
  const named = presented === undefined ? null : documentKindOfTitle(presented);
  if (named !== null) return named;
  const head = opening.slice(0, OPENING_REACH);
  if (RULE_OF_LAW_SUBJECT.test(head)) return 'rule_of_law_report';
  let first: { kind: DocumentKind; at: number } | null = null;
  for (const related of RELATED_SUBJECTS) {
    const at = head.search(related.subject);
    if (at !== -1 && (first === null || at < first.at)) first = { kind: related.kind, at };
  }
  return first?.kind ?? null;
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
