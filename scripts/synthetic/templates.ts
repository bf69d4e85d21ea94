/**
 * Sentence templates of synthetic reports: each catalogue indicator worded several ways, as real
 * reports word it, plus distractors that hold numbers no indicator may claim. A template returns
 * the sentence and the values it states, so the truth is written by the same hand as the text.
 */

import type { IndicatorId, Qualifier } from '../../src/extract';

export interface Stated {
  readonly indicator: IndicatorId;
  readonly value: number;
  readonly qualifier: Qualifier;
}

export interface Sentence {
  readonly text: string;
  readonly stated: readonly Stated[];
}

export interface Random {
  /** 0 ≤ x < 1 */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** A small, fast, seeded generator (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
  };
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral of 1..99, the way reports write small counts (十二, 二十, 三十五). */
export function chineseNumeral(value: number): string {
  if (value < 10) return CN_DIGITS[value]!;
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${units === 0 ? '' : CN_DIGITS[units]}`;
}

function rate(random: Random, low: number, high: number): number {
  const value = low + random.next() * (high - low);
  return random.chance(0.3) ? 100 : Math.round(value * 10) / 10;
}

function one(indicator: IndicatorId, value: number, qualifier: Qualifier = 'exact'): Stated {
  return { indicator, value, qualifier };
}

/** A count written with an approximate or lower-bound qualifier now and then. */
function countWithQualifier(random: Random, value: number, unit: string): { text: string; qualifier: Qualifier } {
  if (value >= 20 && random.chance(0.12)) return { text: `${value}余${unit}`, qualifier: 'approx' };
  if (value >= 20 && random.chance(0.06)) return { text: `${value}${unit}以上`, qualifier: 'at_least' };
  return { text: `${value}${unit}`, qualifier: 'exact' };
}

type Template = (random: Random, place: { scope: string }) => Sentence;

/** Result sentences, by theme; each theme's paragraph draws one or more of them. */
export const RESULT_TEMPLATES: Readonly<Record<string, readonly Template[]>> = {
  litigation: [
    (r) => {
      const cases = r.int(8, 400);
      const appearance = rate(r, 85, 100);
      return {
        text: `全年办理一审行政诉讼案件${cases}件,行政机关负责人出庭应诉率${appearance}%。`,
        stated: [one('litigation.cases', cases), one('litigation.head_appearance_rate', appearance)],
      };
    },
    (r) => {
      const appearance = rate(r, 80, 100);
      const loss = Math.round(r.next() * 80) / 10;
      return {
        text: `落实行政机关负责人出庭应诉制度,出庭应诉率达到${appearance}%,行政诉讼败诉率为${loss}%。`,
        stated: [one('litigation.head_appearance_rate', appearance), one('litigation.loss_rate', loss)],
      };
    },
  ],
  review: [
    (r) => {
      const received = r.int(10, 500);
      const concluded = r.int(Math.floor(received * 0.7), received);
      const corrected = r.int(1, Math.max(1, Math.floor(concluded / 8)));
      return {
        text: `全年共受理行政复议案件${received}件,办结${concluded}件,通过复议纠错${corrected}件。`,
        stated: [one('review.received', received), one('review.concluded', concluded), one('review.corrected', corrected)],
      };
    },
    (r) => {
      const received = r.int(10, 500);
      const concluded = r.int(Math.floor(received * 0.7), received);
      const correction = Math.round(r.next() * 200) / 10;
      return {
        text: `新收行政复议申请${received}件,审结${concluded}件,行政复议纠错率${correction}%。`,
        stated: [one('review.received', received), one('review.concluded', concluded), one('review.correction_rate', correction)],
      };
    },
  ],
  mediation: [
    (r) => {
      const cases = r.int(50, 6000);
      const succeeded = r.int(Math.floor(cases * 0.85), cases);
      const stated = Math.round((succeeded / cases) * 1000) / 10;
      return {
        text: `全年共排查调处矛盾纠纷${cases}起,调解成功${succeeded}起,调解成功率${stated}%。`,
        stated: [one('mediation.cases', cases), one('mediation.succeeded', succeeded), one('mediation.success_rate', stated)],
      };
    },
    (r) => {
      const succeeded = r.int(50, 6000);
      return {
        text: `充分发挥人民调解作用,成功调处各类矛盾纠纷${succeeded}件,涉及金额${r.int(100, 9000)}.${r.int(10, 99)}万元。`,
        stated: [one('mediation.succeeded', succeeded)],
      };
    },
  ],
  legal_aid: [
    (r) => {
      const cases = r.int(50, 3000);
      const recovered = r.int(50, 3000) + r.int(1, 99) / 100;
      const written = countWithQualifier(r, cases, '件');
      return {
        text: `办理各类法律援助案件${written.text},为受援人挽回经济损失${recovered}万元。`,
        stated: [one('legal_aid.cases', cases, written.qualifier), one('legal_aid.recovered_amount', recovered)],
      };
    },
    (r) => {
      const cases = r.int(50, 3000);
      const consultations = r.int(200, 20000);
      const perTenThousand = Math.round(r.next() * 4000) / 100;
      return {
        text: `受理法律援助案件${cases}件,值班律师接待咨询${consultations}人次,万人受援率${perTenThousand}%。`,
        stated: [
          one('legal_aid.cases', cases),
          one('legal_aid.consultations', consultations),
          one('legal_aid.per_10k_rate', perTenThousand),
        ],
      };
    },
  ],
  petition: [
    (r) => {
      const cases = r.int(100, 9000);
      const onTime = rate(r, 90, 100);
      return {
        text: `依法办理群众信访事项${cases}件,信访事项按期办结率${onTime}%。`,
        stated: [one('petition.cases', cases), one('petition.on_time_rate', onTime)],
      };
    },
  ],
  enforcement: [
    (r) => {
      const officers = r.int(20, 3000);
      const penalties = r.int(10, 20000);
      return {
        text: `现有持证行政执法人员${officers}名,组织执法人员参加年审培训,全年办理行政处罚案件${penalties}件。`,
        stated: [one('enforcement.officers', officers), one('enforcement.penalty_cases', penalties)],
      };
    },
    (r) => {
      const files = r.int(20, 1500);
      return {
        text: `开展行政执法案卷评查,评查行政执法案卷${files}卷,对发现的问题及时通报整改。`,
        stated: [one('enforcement.case_file_reviews', files)],
      };
    },
  ],
  decisions: [
    (r) => {
      const decisions = r.int(1, 30);
      const documents = r.int(1, 60);
      const decisionText = decisions < 20 && r.chance(0.4) ? chineseNumeral(decisions) : String(decisions);
      return {
        text: `编制重大行政决策事项${decisionText}项,审查行政规范性文件${documents}件,备案率100%。`,
        stated: [one('decisions.major_decisions', decisions), one('normative_docs.reviewed', documents)],
      };
    },
  ],
  disclosure: [
    (r) => {
      const requests = r.int(5, 900);
      return {
        text: `全年公开各类政务信息${r.int(500, 20000)}条,办理依申请公开政府信息${requests}件。`,
        stated: [one('disclosure.requests', requests)],
      };
    },
  ],
  oversight: [
    (r) => {
      const npc = r.int(10, 400);
      const cppcc = r.int(10, 400);
      return {
        text: `办理人大代表建议${npc}件、政协委员提案${cppcc}件,办复率均达100%。`,
        stated: [one('oversight.npc_proposals', npc), one('oversight.cppcc_proposals', cppcc), one('oversight.reply_rate', 100)],
      };
    },
  ],
  publicity: [
    (r) => {
      const events = r.int(10, 900);
      const written = countWithQualifier(r, events, '场次');
      return {
        text: `开展各类普法宣传活动${written.text},发放宣传资料${r.int(2, 30)}万余份。`,
        stated: [one('publicity.events', events, written.qualifier)],
      };
    },
  ],
  notary: [
    (r) => {
      const notary = r.int(100, 9000);
      return { text: `全年共办理公证${notary}件,开展公证宣传${r.int(2, 20)}次。`, stated: [one('notary.cases', notary)] };
    },
  ],
  service: [
    (r) => {
      const online = rate(r, 60, 100);
      return {
        text: `政务服务事项全程网办率达${online}%,梳理行政许可事项${r.int(100, 900)}项。`,
        stated: [one('service.online_rate', online)],
      };
    },
  ],
};

/** Sentences with numbers that are not catalogue values: they must yield nothing. */
export const DISTRACTORS: readonly ((random: Random, year: number) => string)[] = [
  (r) => `县政府常务会议专题学法${r.int(2, 12)}次,组织领导干部旁听庭审${r.int(1, 6)}次。`,
  (r) => `梳理权责清单事项${r.int(1000, 6000)}项,公布行政许可事项${r.int(100, 500)}项。`,
  (r, year) => `${year - 1}年受理法律援助案件${r.int(50, 3000)}件,今年持续巩固提升。`,
  (r) => `建成公共法律服务工作站${r.int(5, 30)}个、服务点${r.int(50, 400)}个。`,
  (r) => `“12345”热线受理群众诉求${r.int(1000, 90000)}件,回访满意率${rate(r, 90, 100)}%。`,
  (r) => `勘验一次性通过率由${r.int(40, 60)}.${r.int(1, 9)}%提升至${r.int(90, 99)}%。`,
];

/** Shortcomings with numbers: not results. */
export const SHORTCOMINGS: readonly ((random: Random) => string)[] = [
  (r) => `部分单位行政机关负责人出庭应诉率仅为${r.int(50, 80)}%,与要求仍有差距。`,
  () => '基层法治力量薄弱,执法人员专业化程度还需进一步提高。',
  (r) => `行政复议案件办理质量有待提升,仍有${r.int(2, 9)}件案件被上级纠错。`,
];

/** Next year's targets with numbers: not results. */
export const PLANS: readonly ((random: Random, year: number) => string)[] = [
  () => '保持行政机关负责人出庭应诉率100%。',
  (r) => `力争矛盾纠纷调解成功率达到${r.int(96, 99)}%以上。`,
  (r, year) => `${year + 1}年,计划开展普法宣传活动${r.int(100, 500)}场次,办理法律援助案件${r.int(500, 3000)}件。`,
];

/** Theme headings of the results section, in the order reports usually follow. */
export const THEME_HEADINGS: Readonly<Record<string, string>> = {
  decisions: '健全依法决策机制,提升决策法治化水平',
  enforcement: '严格规范公正文明执法',
  review: '发挥行政复议化解行政争议主渠道作用',
  litigation: '规范行政应诉工作',
  mediation: '依法化解社会矛盾纠纷',
  legal_aid: '提升公共法律服务水平',
  petition: '推进信访工作法治化',
  disclosure: '深化政务公开',
  oversight: '强化行政权力制约监督',
  publicity: '深化普法宣传教育',
  notary: '发挥公证职能作用',
  service: '深化“放管服”改革',
};

/**
 * Policy prose without catalogue figures, as real reports carry between their numbers: it brings
 * a synthetic report to the size of a real one (8–13 KB), which matters for load measurements.
 */
export const PROSE: readonly string[] = [
  '坚持把法治政府建设作为全局性、基础性工作来抓,党政主要负责人切实履行推进法治建设第一责任人职责,对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。',
  '严格落实重大行政决策程序规定,将公众参与、专家论证、风险评估、合法性审查、集体讨论决定作为重大行政决策法定程序,确保决策制度科学、程序正当、过程公开、责任明确。',
  '全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度,规范行政执法自由裁量权,推行包容审慎监管和柔性执法,做到宽严相济、法理相融。',
  '健全完善多元化纠纷解决机制,推动人民调解、行政调解、司法调解衔接联动,坚持和发展新时代“枫桥经验”,把矛盾纠纷化解在基层、化解在萌芽状态。',
  '深入推进“放管服”改革,持续优化法治化营商环境,全面实行行政许可事项清单管理,推进政务服务标准化、规范化、便利化,企业和群众办事更加便捷高效。',
  '自觉接受人大法律监督、工作监督和政协民主监督,主动接受社会监督和舆论监督,强化审计监督、统计监督、财会监督,推动各类监督有机贯通、相互协调。',
  '深入学习宣传贯彻习近平法治思想,落实领导干部学法用法制度,将法治教育纳入干部教育培训总体规划,不断提升领导干部运用法治思维和法治方式推动工作的能力。',
  '加强行政规范性文件制定和监督管理,严格落实合法性审核机制,定期开展规范性文件清理,及时修改或废止不符合法律法规规定和经济社会发展要求的文件。',
  '持续深化公共法律服务体系建设,推动公共法律服务实体平台、热线平台、网络平台融合发展,为人民群众提供普惠均等、便捷高效、智能精准的公共法律服务。',
  '扎实推进“八五”普法规划实施,落实“谁执法谁普法”普法责任制,推动普法工作与依法治理有机融合,全社会尊法学法守法用法的氛围日益浓厚。',
];
