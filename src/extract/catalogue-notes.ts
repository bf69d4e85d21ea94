/**
 * The catalogue's notes of what is not counted (docs/indicators.md): beside the catalogue rather
 * than in it, because only the indicator page reads them, and a page's first chunk carries every
 * catalogue entry.
 */

import type { IndicatorId } from './catalogue';

/** A note of the catalogue, in both languages. */
export interface CatalogueNote {
  readonly zh: string;
  readonly en: string;
}

/**
 * What is never an indicator's value, whichever indicator (docs/indicators.md, "Rules that hold
 * for every indicator" and the scopes of v2): the indicator page lists these beside its own.
 */
export const NEVER_COUNTED: readonly CatalogueNote[] = [
  {
    zh: '目标和计划(下一步、主要安排、力争、“保持…100%”)中的数字。',
    en: 'Figures of targets and plans (下一步, 主要安排, 力争, “保持…100%”).',
  },
  { zh: '存在的不足和问题部分中的数字。', en: 'Figures in the shortcomings (存在的不足/问题).' },
  {
    zh: '其他年份(上年为…)、上级地区(全市、全省)、多年累计(…以来累计、五年来)、部分(其中…)和不满一年(截至11月底、上半年)的数字:记录其口径,但不作为本地本年的值。',
    en: 'Figures of other years (上年为…), of a higher level (全市, 全省), cumulative over years (…以来累计, 五年来), of a part (其中…) or of part of the year (截至11月底, 上半年): kept with their scope, never the place’s value for the year.',
  },
  {
    zh: '变化幅度(同比下降19%);“下降至5%”是达到的水平,计为数值。',
    en: 'The size of a change (同比下降19%); 下降至5%, the level reached, is a value.',
  },
  { zh: '报告未提到即“未报告”,不是零。', en: 'A report that does not state it has no value: “not reported” is not zero.' },
];

/**
 * Wordings close to an indicator's that are not it (docs/indicators.md, "Not values" of v3), per
 * indicator; the rules (indicators/rules.ts) hold each as an exclusion.
 */
export const NOT_COUNTED: Readonly<Partial<Record<IndicatorId, readonly CatalogueNote[]>>> = {
  'litigation.cases': [
    { zh: '调撤、化解的诉讼案件(案件中的一部分)。', en: 'Lawsuits withdrawn or settled (调撤, 化解): a share of the cases.' },
    { zh: '法律援助句中按民事、刑事、行政划分的案件。', en: 'The 民事/刑事/行政案件 breakdown of a legal-aid sentence.' },
  ],
  'review.received': [
    { zh: '其他机关受理、本机关协助的案件(协助…受理)。', en: 'Cases another body received (协助…受理).' },
    {
      zh: '执法统计中某类行为被申请复议的件数(行政处罚被申请行政复议9宗)。',
      en: 'The decisions of one kind of enforcement act that went to reconsideration (行政处罚被申请行政复议9宗).',
    },
  ],
  'review.concluded': [
    {
      zh: '办结案件中驳回、撤销等各类结果的件数(结果,不是办结数)。',
      en: 'The outcomes of the cases concluded (驳回, 撤销…): parts, not their number.',
    },
  ],
  'review.corrected': [
    { zh: '逐项列出而无合计的撤销、变更件数(不相加)。', en: 'Kinds of correction listed one by one without a total (never summed).' },
  ],
  'review.correction_rate': [{ zh: '综合纠错率(把和解等其他方式也计入)。', en: '综合纠错率 (it counts settlements by other means too).' }],
  'mediation.cases': [
    {
      zh: '仅“排查”的纠纷数:只在报告没有受理数时代用,且置信度较低。',
      en: 'Disputes only screened (排查): used only when the report gives no count taken up, and less surely.',
    },
    { zh: '律师化解的纠纷(律师的份额)。', en: 'Disputes settled by lawyers (their share).' },
  ],
  'mediation.succeeded': [
    { zh: '履行的协议数(履行)。', en: 'Agreements performed (履行).' },
    { zh: '某一渠道的份额(通过…对接)。', en: 'One channel’s share (通过…对接).' },
  ],
  'mediation.success_rate': [
    {
      zh: '综合化解率(把复议、诉讼等其他方式也计入)。',
      en: '综合化解率 (it counts settlements by reconsideration, litigation and other means).',
    },
    { zh: '信访的化解率,复议句中的调解率。', en: 'Petitions’ resolution rate; a reconsideration sentence’s 调解率.' },
  ],
  'legal_aid.cases': [{ zh: '协助其他机构受理的案件。', en: 'Cases another body received, helped along (协助…受理).' }],
  'legal_aid.consultations': [
    { zh: '律师为群众解答的咨询(值班律师的咨询计入)。', en: 'Lawyers’ consultations (律师…解答咨询); duty lawyers’ (值班律师) count.' },
  ],
  'enforcement.officers': [
    { zh: '参加培训、考试、年审的人数。', en: 'Officers trained, examined or re-examined.' },
    { zh: '新增持证人数(增量)和注销的证件。', en: 'Certificates newly issued (新增N名, an increment) or withdrawn (注销).' },
  ],
  'enforcement.penalty_cases': [
    {
      zh: '复议案件中“行政处罚类”“涉及行政处罚的”类别,计数规则(算一宗)。',
      en: 'Categories of reconsideration cases (行政处罚类, 涉及行政处罚的) and counting rules (算一宗).',
    },
    { zh: '公安、纪检机关立案查处的刑事、治安、违纪案件。', en: 'Criminal, police and discipline cases filed (立案查处) by those bodies.' },
  ],
  'enforcement.case_file_reviews': [
    { zh: '评出的优秀、合格案卷(评查案卷的一部分)。', en: 'Files rated excellent or passed (a part of the files reviewed).' },
  ],
  'normative_docs.reviewed': [
    { zh: '党的规范性文件;清理、废止的文件。', en: 'The party’s own documents (党的规范性文件); documents cleared up or repealed.' },
  ],
  'publicity.events': [
    { zh: '频次(每月至少3场次)。', en: 'A frequency (每月至少3场次).' },
    { zh: '领导本人的宣讲(牵头、亲自…宣讲)。', en: 'A leader’s own lectures (牵头/亲自…宣讲).' },
    {
      zh: '干部集中学习、党课的场次(学习宣讲计入)。',
      en: 'Study sessions and party lectures counted in 场 (a 学习宣讲 on the law counts).',
    },
  ],
  'disclosure.requests': [
    { zh: '主动公开的信息条数、在专栏发布的信息。', en: 'What a place publishes of its own accord (主动公开…条, 专栏发布).' },
  ],
  'service.online_rate': [
    {
      zh: '网上可办率(可在网上申请,不等于全程网办)。',
      en: '网上可办率 (services that can be applied for online, not done wholly online).',
    },
  ],
};
