/**
 * The indicator catalogue (docs/indicators.md, v2) as data. Ids are stable: data files, URLs and
 * tests use them. How each indicator is worded in reports lives in `indicators/rules.ts`, so that
 * this module stays the one place a label, unit, theme or definition is defined.
 */

/**
 * Units as reports state them. `人/万人` is a rate per 10,000 residents (万人受援率): reports often
 * print it with a "%", but it is not a percentage, and it is shown as what it is.
 */
export type IndicatorUnit = '%' | '件' | '人次' | '万元' | '人' | '份' | '个' | '场次' | '人/万人';

/** The catalogue's version (docs/indicators.md): v2 added each value's scope, wording and variant. */
export const CATALOGUE_VERSION = 2;

export type IndicatorTheme =
  | 'litigation'
  | 'review'
  | 'mediation'
  | 'legal_aid'
  | 'petition'
  | 'enforcement'
  | 'decisions'
  | 'normative_docs'
  | 'disclosure'
  | 'oversight'
  | 'publicity'
  | 'notary'
  | 'service';

export interface IndicatorDefinition {
  readonly id: string;
  readonly label: { readonly zh: string; readonly en: string };
  readonly unit: IndicatorUnit;
  readonly theme: IndicatorTheme;
  readonly headline: boolean;
  /** What counts, in one sentence a reader of the dashboard understands. */
  readonly definition: { readonly zh: string; readonly en: string };
}

export const THEME_LABELS: Readonly<Record<IndicatorTheme, { zh: string; en: string }>> = {
  litigation: { zh: '行政诉讼', en: 'Litigation' },
  review: { zh: '行政复议', en: 'Reconsideration' },
  mediation: { zh: '矛盾纠纷调解', en: 'Mediation' },
  legal_aid: { zh: '法律援助', en: 'Legal aid' },
  petition: { zh: '信访', en: 'Petitions' },
  enforcement: { zh: '行政执法', en: 'Law enforcement' },
  decisions: { zh: '重大行政决策', en: 'Major decisions' },
  normative_docs: { zh: '规范性文件', en: 'Normative documents' },
  disclosure: { zh: '政务公开', en: 'Disclosure' },
  oversight: { zh: '人大政协监督', en: 'Oversight' },
  publicity: { zh: '普法', en: 'Legal publicity' },
  notary: { zh: '公证', en: 'Notary' },
  service: { zh: '政务服务', en: 'Government services' },
};

export const INDICATORS = [
  {
    id: 'litigation.head_appearance_rate',
    label: { zh: '行政机关负责人出庭应诉率', en: 'Agency-head court appearance rate' },
    unit: '%',
    theme: 'litigation',
    headline: true,
    definition: {
      zh: '行政诉讼案件中行政机关负责人出庭应诉的比例。',
      en: 'Share of administrative lawsuits in which the head of the defendant agency appeared in court.',
    },
  },
  {
    id: 'litigation.cases',
    label: { zh: '行政诉讼案件', en: 'Administrative litigation cases' },
    unit: '件',
    theme: 'litigation',
    headline: false,
    definition: {
      zh: '本年度应诉或办理的行政诉讼(一审)案件数。',
      en: 'Administrative lawsuits (first instance) responded to or handled in the year.',
    },
  },
  {
    id: 'litigation.loss_rate',
    label: { zh: '行政诉讼败诉率', en: 'Administrative litigation loss rate' },
    unit: '%',
    theme: 'litigation',
    headline: false,
    definition: {
      zh: '行政诉讼案件中行政机关败诉的比例。',
      en: 'Share of administrative lawsuits that the government side lost.',
    },
  },
  {
    id: 'review.received',
    label: { zh: '行政复议案件受理数', en: 'Reconsideration cases received' },
    unit: '件',
    theme: 'review',
    headline: true,
    definition: {
      zh: '本年度受理、收到或新收的行政复议案件数。',
      en: 'Administrative reconsideration cases received or accepted in the year.',
    },
  },
  {
    id: 'review.concluded',
    label: { zh: '行政复议案件办结数', en: 'Reconsideration cases concluded' },
    unit: '件',
    theme: 'review',
    headline: true,
    definition: {
      zh: '本年度办结或审结的行政复议案件数。',
      en: 'Administrative reconsideration cases concluded in the year.',
    },
  },
  {
    id: 'review.corrected',
    label: { zh: '行政复议纠错数', en: 'Reconsideration decisions corrected' },
    unit: '件',
    theme: 'review',
    headline: false,
    definition: {
      zh: '复议决定撤销、确认违法、变更或责令履行的案件数。',
      en: 'Reconsideration decisions that annulled, declared unlawful, changed or ordered performance of an act.',
    },
  },
  {
    id: 'review.correction_rate',
    label: { zh: '行政复议纠错率', en: 'Reconsideration correction rate' },
    unit: '%',
    theme: 'review',
    headline: false,
    definition: {
      zh: '纠错案件占审结复议案件的比例。',
      en: 'Share of concluded reconsideration cases in which the act was corrected.',
    },
  },
  {
    id: 'mediation.cases',
    label: { zh: '调解矛盾纠纷受理数', en: 'Mediation cases handled' },
    unit: '件',
    theme: 'mediation',
    headline: false,
    definition: {
      zh: '受理或调解(调处)的矛盾纠纷案件数;调解的范围(人民调解、行政调解或全部纠纷)见各值的原文措辞。',
      en: "Disputes taken up for mediation in the year; the scope (people's, administrative or all mediation) is in each value's wording.",
    },
  },
  {
    id: 'mediation.succeeded',
    label: { zh: '调解成功数', en: 'Mediations succeeded' },
    unit: '件',
    theme: 'mediation',
    headline: true,
    definition: {
      zh: '调解或调处成功的矛盾纠纷数;调解的范围见各值的原文措辞。',
      en: "Disputes mediated successfully in the year; the scope is in each value's wording.",
    },
  },
  {
    id: 'mediation.success_rate',
    label: { zh: '调解成功率', en: 'Mediation success rate' },
    unit: '%',
    theme: 'mediation',
    headline: true,
    definition: {
      zh: '调解成功率;以调处成功率或矛盾纠纷化解率表述的值标为变体。',
      en: 'Share of disputes mediated successfully; values worded as 调处成功率 or 化解率 (resolution rate) are marked as variants.',
    },
  },
  {
    id: 'legal_aid.cases',
    label: { zh: '法律援助案件', en: 'Legal-aid cases' },
    unit: '件',
    theme: 'legal_aid',
    headline: true,
    definition: {
      zh: '受理、办理或办结的法律援助案件数。',
      en: 'Legal-aid cases accepted, handled or concluded in the year.',
    },
  },
  {
    id: 'legal_aid.consultations',
    label: { zh: '法律咨询', en: 'Legal-aid consultations' },
    unit: '人次',
    theme: 'legal_aid',
    headline: false,
    definition: {
      zh: '法律援助机构或值班律师接待的法律咨询人次。',
      en: 'Legal consultations given by legal-aid centres or duty lawyers.',
    },
  },
  {
    id: 'legal_aid.recovered_amount',
    label: { zh: '法律援助挽回经济损失', en: 'Losses recovered through legal aid' },
    unit: '万元',
    theme: 'legal_aid',
    headline: false,
    definition: {
      zh: '通过法律援助为受援人挽回或避免的经济损失(万元)。',
      en: 'Economic losses recovered or avoided for legal-aid recipients (10,000 yuan).',
    },
  },
  {
    id: 'legal_aid.per_10k_rate',
    label: { zh: '万人受援率', en: 'Legal-aid recipients per 10,000 residents' },
    unit: '人/万人',
    theme: 'legal_aid',
    headline: false,
    definition: {
      zh: '每万人中获得法律援助的人数(人/万人),按报告原文记录;报告常写作“%”,但它不是百分比。',
      en: 'Legal-aid recipients per 10,000 residents, recorded as the report writes it; reports often print it with "%", but it is not a percentage.',
    },
  },
  {
    id: 'petition.cases',
    label: { zh: '信访事项', en: 'Petition matters' },
    unit: '件',
    theme: 'petition',
    headline: false,
    definition: {
      zh: '本年度受理或办理的信访事项(信访件)数。',
      en: 'Petition (xinfang) matters received or handled in the year.',
    },
  },
  {
    id: 'petition.on_time_rate',
    label: { zh: '信访按期办结率', en: 'Petitions concluded on time' },
    unit: '%',
    theme: 'petition',
    headline: false,
    definition: {
      zh: '信访事项按期办结的比例。',
      en: 'Share of petition matters concluded within the legal time limit.',
    },
  },
  {
    id: 'enforcement.officers',
    label: { zh: '持证行政执法人员', en: 'Certified law-enforcement officers' },
    unit: '人',
    theme: 'enforcement',
    headline: false,
    definition: {
      zh: '本年度持有行政执法证件(具有执法资格)的人员数;参加培训、考试或年审的人数不计。',
      en: 'Officers holding a law-enforcement certificate in the year; officers trained, examined or re-examined are not counted.',
    },
  },
  {
    id: 'enforcement.penalty_cases',
    label: { zh: '行政处罚案件', en: 'Administrative penalty cases' },
    unit: '件',
    theme: 'enforcement',
    headline: false,
    definition: {
      zh: '本年度办理的行政处罚案件数。',
      en: 'Administrative penalty cases handled in the year.',
    },
  },
  {
    id: 'enforcement.case_file_reviews',
    label: { zh: '执法案卷评查', en: 'Enforcement case files reviewed' },
    unit: '份',
    theme: 'enforcement',
    headline: false,
    definition: {
      zh: '评查的行政执法案卷份数。',
      en: 'Enforcement case files reviewed for quality.',
    },
  },
  {
    id: 'decisions.major_decisions',
    label: { zh: '重大行政决策事项', en: 'Major administrative decisions' },
    unit: '个',
    theme: 'decisions',
    headline: false,
    definition: {
      zh: '列入目录或作出的重大行政决策事项数。',
      en: 'Major administrative decisions listed or taken in the year.',
    },
  },
  {
    id: 'normative_docs.reviewed',
    label: { zh: '规范性文件审查', en: 'Normative documents reviewed' },
    unit: '件',
    theme: 'normative_docs',
    headline: false,
    definition: {
      zh: '经合法性审查或备案审查的规范性文件数。',
      en: 'Normative documents given a legality or filing review.',
    },
  },
  {
    id: 'disclosure.requests',
    label: { zh: '依申请公开', en: 'Information-disclosure requests' },
    unit: '件',
    theme: 'disclosure',
    headline: false,
    definition: {
      zh: '收到或办理的政府信息依申请公开件数。',
      en: 'Requests for government information disclosure received or handled.',
    },
  },
  {
    id: 'oversight.npc_proposals',
    label: { zh: '人大代表建议办理', en: "People's congress deputies' suggestions handled" },
    unit: '件',
    theme: 'oversight',
    headline: false,
    definition: {
      zh: '办理的人大代表建议件数。',
      en: "Suggestions of people's congress deputies handled.",
    },
  },
  {
    id: 'oversight.cppcc_proposals',
    label: { zh: '政协提案办理', en: 'CPPCC proposals handled' },
    unit: '件',
    theme: 'oversight',
    headline: false,
    definition: {
      zh: '办理的政协委员提案件数。',
      en: 'Proposals of CPPCC members handled.',
    },
  },
  {
    id: 'oversight.reply_rate',
    label: { zh: '建议提案办复率', en: 'Suggestion/proposal reply rate' },
    unit: '%',
    theme: 'oversight',
    headline: false,
    definition: {
      zh: '人大建议和政协提案的办复率或答复率。',
      en: 'Share of suggestions and proposals answered.',
    },
  },
  {
    id: 'publicity.events',
    label: { zh: '普法活动', en: 'Legal-publicity events' },
    unit: '场次',
    theme: 'publicity',
    headline: false,
    definition: {
      zh: '开展的普法(法治宣传、法制宣传)活动场次,含以场或场次计的巡讲、宣讲、讲座等。',
      en: 'Legal-publicity events held (普法, 法治宣传, and 法制宣传 before 2016), including tours, talks and lectures counted in sessions.',
    },
  },
  {
    id: 'notary.cases',
    label: { zh: '公证', en: 'Notarisations' },
    unit: '件',
    theme: 'notary',
    headline: false,
    definition: {
      zh: '办理的公证件数。',
      en: 'Notarisations performed.',
    },
  },
  {
    id: 'service.online_rate',
    label: { zh: '政务服务全程网办率', en: 'Government services fully online' },
    unit: '%',
    theme: 'service',
    headline: false,
    definition: {
      zh: '可全程网上办理的政务服务事项比例。',
      en: 'Share of government services that can be completed fully online.',
    },
  },
] as const satisfies readonly IndicatorDefinition[];

export type IndicatorId = (typeof INDICATORS)[number]['id'];

// Pure (the annotations say so to the bundler): a page that imports only the vocabulary beside this
// catalogue (src/extract/light.ts) does not carry the catalogue for these two statements.
export const INDICATOR_IDS: readonly IndicatorId[] = /* @__PURE__ */ INDICATORS.map((indicator) => indicator.id);

const BY_ID: ReadonlyMap<string, IndicatorDefinition> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ INDICATORS.map((indicator) => [indicator.id, indicator]),
);

/** The catalogue entry for an id, or undefined for an id the catalogue does not know. */
export function findIndicator(id: string): IndicatorDefinition | undefined {
  return BY_ID.get(id);
}

export function isIndicatorId(id: string): id is IndicatorId {
  return BY_ID.has(id);
}
