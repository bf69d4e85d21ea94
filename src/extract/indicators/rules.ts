/**
 * How each catalogue indicator is worded in reports. A rule names the indicator through a
 * `subject` (what is counted: 行政复议) and, for counts, an `action` (what happened to it: 受理,
 * 办结). Each part is looked for first in the number's own clause, then in the earlier clauses
 * of the same sentence, so that "受理…复议案件46件,…,年内办结49件" gives 49 its subject.
 * All patterns run on the normalized view (simplified, half-width).
 */

import type { IndicatorId } from '../catalogue';

export type Measure = 'percent' | 'count' | 'money';

export interface IndicatorRule {
  readonly indicator: IndicatorId;
  readonly measure: Measure;
  /** Measure words a count may carry; a count with another unit is not this indicator. */
  readonly units?: RegExp;
  /** Accept a count written without a unit when the clause names the indicator itself. */
  readonly unitOptional?: boolean;
  /** What is counted or rated. */
  readonly subject: RegExp;
  /** What happened to it; for rates the subject alone names the indicator. */
  readonly action?: RegExp;
  /**
   * For subjects specific enough on their own ("一审行政诉讼案件108件", "法律援助案件2138件"): a
   * clause without an action word still counts, with less confidence.
   */
  readonly actionOptional?: boolean;
  /** Words in the number's own clause that mean it is something else. */
  readonly exclude?: RegExp;
  /**
   * Words in the number's own clause that name one kind of the indicator's own matter: the count is a
   * part of the whole, whether the whole is stated beside it or not (tested on the clause with the
   * number written as #).
   */
  readonly kindOf?: RegExp;
  /**
   * The parts a total is broken into after it in its sentence (「共办理案件79起,其中简易程序案件37起,一般程序案件42起」), each
   * match's first group the part's count: when two or more are given and they do not add up to the number, it totals
   * more than these parts (「各类行政执法案件216件,其中一般程序案件8件、简易程序案件22件」 counts inspections too) and is not
   * this indicator's; a single part larger than the number makes it no total either.
   */
  readonly partsAfter?: RegExp;
  /**
   * Words anywhere in the sentence up to the number that make it another matter's figure: the
   * 「行政案件86件」 of a legal-aid sentence are legal-aid cases by kind, not lawsuits.
   */
  readonly sentenceExclude?: RegExp;
  /** The sentence exclusion is read after the number too (「开展法治讲座4场,执法人员培训4次」). */
  readonly sentenceExcludeAnywhere?: boolean;
  /** A topic that must appear somewhere in the sentence up to the number (e.g. 法律援助). */
  readonly topic?: RegExp;
  /** The topic may come after the number too (「筛选出…4项决策事项,拟定…重大行政决策事项目录」). */
  readonly topicAnywhere?: boolean;
  /** A rate rule that also takes a number printed without % right after its subject (万人受援率为4.86). */
  readonly bareAllowed?: boolean;
  /**
   * Whether the subject must be in the number's own clause. Rates always; counts whose subject
   * is a generic word (咨询) too, so that a topic two clauses back cannot lend it.
   */
  readonly subjectInOwnClause?: boolean;
  /** Prior belief in a match of this rule, 0..1: lower for wordings that are often something else. */
  readonly weight: number;
  /**
   * Accepted variant wordings (catalogue v2): when the words that tied the number match one, the
   * value records it (化解率 for the mediation success rate), first match wins.
   */
  readonly variants?: readonly { readonly pattern: RegExp; readonly name: string }[];
  /**
   * Things a place handles whoever raised them (人大代表建议, 政协提案): a 「市人大代表建议」 count
   * in a district's report is the district's work, a share only beside the district's own count.
   */
  readonly handledForOthers?: boolean;
  /**
   * The action said of all that a count counts, in the clause right after it (「我局现有执法人员12名,均持有行政执法证」):
   * tested on that clause's start, when it holds no figure of its own.
   */
  readonly actionOfAllAfter?: RegExp;
  /**
   * The indicator's own matter counted apart anywhere in the sentence (「…案件1,260件,其中行政处罚案件1,180件」): a number
   * this rule would read from the sentence's looser words is then the total of more than that matter.
   */
  readonly countedApart?: RegExp;
  /**
   * The disputes over the rule's act (reconsideration, lawsuits) a count of it may be a breakdown of: named before the number
   * in its sentence while the number's own clause says nothing done (no action of the rule's there), the count is of the
   * disputes by the act contested (「受理行政复议案件120件,其中行政处罚案件45件」「收到行政复议申请64件,按被申请行为分,行政
   * 处罚31件、政府信息公开9件」「行政复议案件中,行政处罚案件占46件」), not of the act.
   */
  readonly disputedIn?: RegExp;
  /**
   * The rule's cases are told one by one by their facts under a heading of the matter (「(二)行政处罚情况」 … 「办理某旅行社
   * 擅自变更旅游行程安排…,严重损害旅游者权益案1宗」): a count that ends on 案 or 案件 under such a heading is the matter's, with
   * an action of the rule's in its sentence (MatchContext.headingSubject).
   */
  readonly casesNamedUnderHeading?: boolean;
}

const MEDIATION_COUNT_VARIANTS = [
  { pattern: /调处/, name: '调处' },
  { pattern: /化解/, name: '化解' },
] as const;

const CASE_UNITS = /^(件|起|宗|个案件|件次)$/;

/**
 * A count of the staff's own trainings in a sentence (「执法人员培训4次」「培训机关干部3期」): the
 * lectures counted beside it are theirs, not publicity for the public.
 */
const CADRES_LEARNING =
  /(干部|执法人员|工作人员|公职人员|党员|职工)[^,;。]{0,8}(培训|轮训)[^,;。]{0,3}\d+(次|期|场)|(培训|轮训)[^,;。]{0,3}(干部|执法人员|工作人员|公职人员|党员|职工)[^,;。]{0,6}\d+(次|期|场)/;

/**
 * The other legal services whose case files are reviewed for quality (法律援助, 公证…): their files are
 * no enforcement case files.
 */
const OTHER_LEGAL_SERVICES = /法律援助|法援|援助类|公证|司法鉴定|仲裁/;

/**
 * Lectures on a meeting's or a speech's 精神 in a sentence that names no law (「围绕学习贯彻总书记重要讲话精神、党的二十大…精神
 * 等举行学习会11次,开展宣讲活动30余场」): political study taken to the public, not legal publicity, whatever law the
 * paragraph's label names. Anchored at the sentence's start, so that a 法 anywhere in it keeps the count.
 */
const POLITICAL_LECTURES = /^(?![^。]*法)[^。]*(?:大会|全会|党代会|讲话|指示|二十大|十九大)[^。]{0,10}精神[^。]*宣讲/;

/**
 * The disputes that challenge a body's act before an organ or a court (IndicatorRule.disputedIn): a count of the act in a
 * sentence on them, without an action of its own, is a breakdown of the disputes. (Complaints and reports, 投诉 and 举报,
 * are where penalty cases start, 「受理投诉举报1,260件,立案查处58件」, not a challenge of them.)
 */
const DISPUTES_OF_AN_ACT = /复议|诉讼|应诉|被诉|起诉/;

/** Words of a dispute over a disclosure: what went to reconsideration or to court, not a request. */
const DISCLOSURE_DISPUTE = /行政复议|复议|诉讼|被诉|起诉|不服/;

/**
 * One procedure of the administrative penalty law (简易程序, 一般程序 or 普通程序, 听证程序) named before a count
 * that never says 处罚 (「共办理简易程序案件512件」): a part of the penalty cases, not their number; a list of
 * procedures (「适用简易程序和普通程序办理…」) is the total. (A count of 一般程序行政处罚 is how many reports count
 * their penalty cases, the on-the-spot 简易程序 ones apart: the rule that reads 行政处罚 keeps it.)
 */
const ONE_PENALTY_PROCEDURE = /(?<![、和及与])(?:简易|一般|普通|听证)程序(?![、和及与])[^#]*#/;

/**
 * What sorts a body's cases as penalty cases when the sentence never says 处罚: the penalty procedures they
 * went through (「共办理案件79起,其中简易程序案件37起,一般程序案件42起」), or a body whose cases are penalty
 * cases (an enforcement team, a 综合执法 or 城管 bureau).
 */
const PENALTY_CASE_SORTERS = /简易程序|一般程序|普通程序|执法(?:大|中)?队|综合(?:行政)?执法|城管|城市管理|执法局/;

/**
 * Certificates won, applied for, issued or renewed in the year (「今年共有7名同志考取了行政执法证件」「新申领执法证件人员126名」
 * 「年内换发执法证件320人」「2023年新领取行政执法证46人」): a flow into the stock of certified officers, not the stock the
 * place holds. 取得 and 领取 are the stock's words (「全镇3名执法人员全部取得行政执法证」) unless the clause dates them to the
 * year or calls them new (a date at the year's end, 「截至今年底…均取得执法证」, dates the stock).
 */
const CERTIFICATES_OF_THE_YEAR =
  /考取|申领|换发|换领|换证|补发|补办|核发|颁发|新(?:取得|领取|领证|获得|录用|招录|入职)|(?:今年|本年|年内|全年|当年|年度内)(?![底末]|年[底末])[^,;。]{0,14}(?:取得|领取|获得)/;

/**
 * Suggestions or proposals as the deputies or members submitted them, or as the congress or the CPPCC registered them
 * (「人大代表共提出建议120件」「政协委员共提出提案312件」「县政协立案提案156件」): the congress's or the CPPCC's count, not those the
 * government handled. Described as what was submitted (「办理…代表提出的建议86件」) they are handled.
 */
const SUBMITTED_NOT_HANDLED = /提出(?!的)|提交(?!的)|立案/;

/**
 * Suggestions of others than the people's congress's deputies (检察建议, 司法建议, the public's 意见建议, an auditor's
 * 整改建议…), or counted with the CPPCC's proposals (「建议提案45件」): no count of the deputies' suggestions.
 */
const OTHER_SUGGESTIONS = /检察|司法|监察|审计|整改|意见|合理化|群众|企业|律师|法律|专家|网民|来信|政协|提案|议案/;

/**
 * What a count in a sentence on major decisions counts instead of them: a list (清单), the procedure, two kinds together
 * (「完成14件行政规范性文件和重大决策事项」), or the catalogues themselves (「全县共编制重大行政决策事项目录28个」: 目录 is the
 * count's own noun).
 */
const NOT_DECISIONS = /清单|决策程序|程序规定|目录编制工作|规范性文件[和及与、]|目录\s*#/;

/** Items of another register than the decision catalogue, named in a count's own words (执法事项, 政务服务事项…). */
const NOT_DECISION_ITEMS =
  /执法|处罚|许可|审批|政务服务|服务事项|权力|权责|清单|合同|协议|规范性文件|听证|民生|实事|信访|矛盾|风险隐患|问题|整改|督办|提案|建议/;

/**
 * Penalty cases counted in a sentence (「其中行政处罚案件1,180件」): the sentence's other count of cases (「共办理各类案件1,260件」)
 * is the total of more than them.
 */
const PENALTY_CASES_COUNTED = /处罚[^,;。\d]{0,6}\d[\d,.]*\s*(?:件|起|宗)/;

/**
 * A rule of counting (「并处两种以上行政处罚的,计一宗行政处罚」「…按一件行政处罚案件计算」「一个案件作出多项处罚的,计为1起」「合并处罚的,
 * 记为一件」): how cases are to be counted, no count of any. Tested on a number's own words (the number written as #); 共计, 合计,
 * 总计, 累计 and 统计 before a number are totals, not rules, and 登记 a verb of the count (「来信来访登记420件」).
 */
export const COUNTING_RULE = /(?<![共合总累统估登])(?:计|记|算|视|当|作)(?:为|作|成)?\s*#|按\s*#[^,;。]{0,12}(?:计算|计|算|统计)/;

/**
 * The total of a body's enforcement acts of every kind (行政执法案件, 执法事项, 执法检查: permits, penalties, levies and
 * inspections together; 「我委共办理行政执法案件4402件」): no count of penalty cases, whatever its parts.
 */
const ENFORCEMENT_TOTAL = /执法(?:类)?案件|执法事项|执法检查|执法行为|执法决定/;

/**
 * What tells a breakdown of a body's enforcement acts (「其中,行政许可类727件;行政处罚类241件;…行政检查类1491件」) from one of
 * reconsideration cases by the act contested (「按案件类别,行政处罚类案件45件,行政强制类12件」): its inspections, which no one
 * contests, or its total named as enforcement cases. Its 行政处罚类 is then the penalty cases.
 */
const ENFORCEMENT_BREAKDOWN = new RegExp(`检查类|${ENFORCEMENT_TOTAL.source}`);

/**
 * The sectors whose bureaus enforce administrative law and count their enforcement cases as 「林业行政案件」「渔业行政案件」: a
 * sector's 行政案件 are the penalty cases it handled, never the lawsuits against the place (行政诉讼案件).
 */
const ENFORCING_SECTORS =
  '林业|林草|渔业|农业|农机|畜牧|草原|兽医|植保|交通|运输|路政|运管|海事|港航|城管|城市管理|市场监管|市场监督|工商|质监|食药|药品|生态环境|环保|环境|自然资源|国土|规划|水利|水务|水政|文化|文旅|旅游|卫生|卫健|医保|医疗保障|安全生产|安监|应急|住建|建设|人社|劳动保障|烟草|盐业|商务|气象|统计|消防|教育|民政|粮食|体育|广电|出版|版权|海洋|野生动物|森林';

/** A sector's administrative cases (「办结林业行政案件103件」「查处渔业行政违法案件41起」「查处了30起林业行政执法案件」). */
// Written from the cases back to the sector, so that a search looks for 行政…案件 before it tries sixty sectors.
const SECTOR_ADMINISTRATIVE_CASES = new RegExp(`(?<=(?:${ENFORCING_SECTORS})[^,;。\\d#]{0,4}?)行政(?:违法|执法)?案件`);

/**
 * Penalties of one kind of party or of the on-the-spot procedure (「其中涉企行政处罚案件45件」「对企业实施行政处罚23件」「适用当场
 * 处罚程序办理…230件」): a part of the penalty cases, with or without their total beside.
 */
const PENALTIES_OF_ONE_KIND =
  /(?:涉企|对(?:企业|个人|法人|自然人|个体工商户|公民|经营主体|市场主体)|当场|(?<![、和及与])简易程序(?![、和及与]))[^#]*#/;

/**
 * One kind of case named with 类 before a count (「办理欺诈骗保类行政处罚案件5件」「查处食品安全类案件17件」): a part of the
 * cases, stated with or without their total; 各类, 两类 and the like name every kind and are the total.
 */
const ONE_KIND_OF_CASES = /(?<![各两三四五六多几此该这同一分归诸])类[^#,;。]{0,6}案件[^#]*#/;

/**
 * One kind of dispute named before a count (「调解婚姻家庭类纠纷120件」「调解交通事故纠纷230件」「医疗纠纷人民调解委员会调解纠纷56件」):
 * a part of the disputes, stated with or without their total. 各类 names every kind, and a list of kinds (「婚姻家庭、邻里、土地等
 * 纠纷320件」) totals them all.
 */
const ONE_KIND_OF_DISPUTES =
  /(?:(?<![各两三四五六多几此该这同一分归诸])类|(?<![、和及与])(?:婚姻家庭|家庭|邻里|交通事故|道路交通|医疗|医患|物业|劳资|土地|山林|征地拆迁|消费|损害赔偿|旅游|金融)类?)(?:矛盾)?纠纷[^#]*#/;

/**
 * One kind of reconsideration case named before a count (「受理涉及征地拆迁的行政复议案件15件」「涉企行政复议案件23件」): a part. (The
 * cases against the government, 「涉政府复议案件24件」, are sorted by respondent, not by kind: left as they were read.)
 */
const ONE_KIND_OF_RECONSIDERATIONS = /(?:涉及[^#,;。]{0,10}?的|涉企)(?:行政)?复议(?:案件|申请)[^#]*#/;

/** The same of lawsuits (「其中涉企行政诉讼案件12件」「涉及征地拆迁的行政应诉案件23件」): a part of the cases, not their number. */
const ONE_KIND_OF_LAWSUITS = /(?:涉及[^#,;。]{0,10}?的|涉企)(?:行政)?(?:诉讼|应诉)(?:案件)?[^#]*#/;

/**
 * Officers of one kind (「其中女性持证执法人员12名」「具有法律职业资格的23人」, by age or schooling): a part of the certified, not
 * their number; 出动…人次 (above) are deployments, not officers held.
 */
const OFFICERS_OF_ONE_KIND = /女性|男性|女同志|岁|学历|本科|大专|研究生|硕士|博士|法学|法律(?:专业|职业资格)|律师/;

/**
 * A quota of staff each unit must have, or a minimum (「全镇职能科室均实现2名以上在职在编人员具备执法资格」「各执法中队至少配备3名持证
 * 执法人员」「每支执法队伍配齐5名以上持证队员」): a requirement met, not how many officers the place has.
 */
const STAFF_QUOTA = /(?:每|均|至少|最少|起码)[^#,;。]{0,12}#/;

/**
 * A count of what another body did, which the reporting body helped, guided or hosted (「配合市场监管部门查处…12件」「协助市执法
 * 支队办理…」「指导各乡镇开展普法宣传活动80场次」「市局下派持证执法人员5名」「市普法办在我县开展…6场」): not the body's own total.
 */
// Guidance or help the body was given (「在市司法局指导下受理…」「在各部门配合下办理…」) leaves the count its own.
// A higher body named before 在我县 (「市普法办在我县…」「省市两级在我县的…」); the place's own 「在本区范围内」 is not one.
const ANOTHER_BODYS =
  /(?:配合|协助|协同|协查|指导|督导|督促)(?!(?:和|与)?(?:帮助|支持)?下(?!属|级|辖|派|发|达))|下派|派驻|抽调|借调|垂直|垂管|(?:省|市|州|上级)[^#,;。]{1,8}在(?:我|本)(?:县|区|市|旗|镇|乡|街道)(?!范围|辖区|境内|内)/;

/**
 * The towns or the streets named alone (「各乡镇共受理…」); listed with the other units of the place (「全县各乡镇、各部门共受理信访
 * 事项1,260件」「县法律援助中心和各乡镇司法所共受理…」) they are a part of the whole the count totals.
 */
const THE_TOWNS_ALONE =
  /(?<![、和及与]\s*)各(?:乡镇|镇街|镇|乡|街道)(?![镇街道])(?!(?:人民)?(?:政府|司法所|调委会|综合执法办)?\s*[、和及与])/;

/**
 * One unit of a body named alone (局机关, 机关本级, a 下属 or 直属 unit); joined to the rest (「县政府及其直属部门」「局机关及下属执法
 * 大队」) it is part of the whole the count totals.
 */
const ONE_UNIT_ALONE = /(?<![及和与、]其?\s*)(?:局机关|机关本级|下属|直属)(?!\s*[及和与、])/;

/**
 * The towns' or the streets' share of a county's or a district's figure (「全县各乡镇共有持证执法人员186名」「各乡镇综合执法办共办理
 * 行政处罚案件216件」), or one level's or one unit's of a body (局机关, 本级, 下属, 直属): a part, not the body's total.
 */
// (所属 is not one: 「县政府及其所属部门」 is the whole.)
const ONE_PART_OF_THE_PLACE = new RegExp(`${THE_TOWNS_ALONE.source}|${ONE_UNIT_ALONE.source}|[县区市]本级`);

/**
 * The towns or streets as the doers of a count of cases or documents (「各乡镇共受理信访事项320件」「各乡镇报送备案规范性文件12件」
 * 「各街道发生行政诉讼案件15件」): their share of the county's, not its total. The towns named as whose acts or documents the
 * body handled (「收到以各乡镇人民政府作为被申请人的…」「审查各乡镇报送的规范性文件36件」「对各乡镇、部门报备的规范性文件备案审查
 * 5件」) are the body's own work.
 */
const TOWNS_AS_DOERS = new RegExp(
  String.raw`(?<!(?:对|以|审查|审核|收到|接收|备案|登记|办理|受理)[^#,;。]{0,3})${THE_TOWNS_ALONE.source}(?![^#,;。]{0,12}?(?:报送|报备|提交|制定|起草|出台)的)`,
);

/**
 * People who act for the public beside the body (「法律明白人开展普法宣传活动130余次」「村(居)法律顾问开展法治讲座320场」
 * 「网格员化解矛盾纠纷260件」): their figures, not the body's. Organised, led, sent or invited by the body (「组织村法律顾问开展
 * “法律进村”活动50余场」「邀请法律顾问开展法治讲座6场」「组建由村干部、法律顾问组成的普法小分队…」) they are its hands, and the
 * count its own.
 */
// The organiser is looked behind a name found, not before every character: this runs in the exclusions of most rules.
const OTHER_ACTORS =
  /(?:法律明白人|法律顾问|网格员)(?<!(?:组织|组建|带领|率领|安排|选派|邀请|聘请|由)[^#,;。]{0,12}(?:法律明白人|法律顾问|网格员))/;

/**
 * The stricter frame for the counts of cases a body handles — reconsideration, lawsuits, legal aid, petitions, normative
 * documents: never another body's it helped, guided or hosted (ANOTHER_BODYS), the towns' as doers, nor one unit's
 * (局机关, 下属, 直属; 本级 is the government itself, a defendant or a drafter, and stays).
 */
const NOT_ANOTHER_BODYS_OR_THE_TOWNS = `${ANOTHER_BODYS.source}|${TOWNS_AS_DOERS.source}`;
const NOT_THE_BODYS_CASES = `${NOT_ANOTHER_BODYS_OR_THE_TOWNS}|${ONE_UNIT_ALONE.source}`;

/**
 * The frame for mediation, which the towns' and villages' committees do under the body's guidance (「全县各镇调委会调解纠纷280件」
 * 「指导全县各级调解组织调解矛盾纠纷2,105件」 are the place's total): another body's disputes it helped settle (「协助法院调解纠纷45件」),
 * a part it took in (「司法所参与调解…」; the committees' own 「人民调解组织参与调解…」 are the mediation) and the people acting
 * beside it (OTHER_ACTORS) are not.
 */
const NOT_THE_MEDIATORS = `配合|协助|协同|(?<!(?:调解组织|调委会|调解委员会|调解员|调解中心)[^#,;。]{0,3})参与|${OTHER_ACTORS.source}`;

/**
 * Lectures and talks given to the body's own staff or to the villages' cadres (「局领导为干部职工开展林业政策普法讲座2场次」「面向机关
 * 干部职工举办法治讲座4场」「给乡村干部上法制课17场次」; an enterprise's workers, 「面向企业职工…」, are the public),
 * or that they attend (「组织党员干部参加普法宣讲6场次」), or its leaders' study group (党组理论学习中心组, 会前学法): the staff's own
 * learning, not publicity for the public.
 */
const STAFF_AUDIENCE =
  /(?:为|给|向|对|面向)(?:全局|局机关|本局|本单位|本系统|系统内|机关|全镇|全县|全区|全市|乡村|村组|村居|村|社区|基层|乡镇|镇村)?(?:全体)?(?:党员|领导)?(?:干部|职工|工作人员|执法人员|公职人员)|(?:干部|职工|党员|工作人员|执法人员|公职人员)[^#,;。]{0,4}(?:参加|参与|聆听|收听|收看)|中心组|会前学法/;

/**
 * What makes a count of talks or events no publicity for the public, for every publicity rule: the staff's own
 * learning (study, seminars, training, exams, meetings; talks the body's staff are given or attend; the cadres' own
 * lectures, 「举办领导干部法治专题讲座4场次」), who led it (牵头, 带头, 亲自, 主讲: a leader's part, not an event of its own),
 * the work on publicity rather than its events (「普法中期评估检查2次」; publicity held during inspections, 「结合执法检查开展
 * 普法宣传56场次」, is publicity), and another body's events (a law firm's, the towns'
 * the body guided, a higher body's held in the place).
 */
const NOT_PUBLICITY = `学习(?!宣讲|宣传)|研讨|培训|考试|会议|牵头|带头|亲自|主讲|领导干部|机关干部|干部职工|公职人员|国家工作人员|评估|督查|考核|验收|律师事务所|律所|${STAFF_AUDIENCE.source}|${ANOTHER_BODYS.source}|${OTHER_ACTORS.source}`;

/**
 * A publicity count under 其中 with no figure before it in its sentence (「其中,普法进校园活动32场」): a part of a total stated
 * before, or of none stated at all — publicity events are the widest count, so what a 其中 singles out is one kind of them.
 */
const PUBLICITY_PART_WITHOUT_ITS_TOTAL = /^[^\d。]*其中/;

/** Indicators in the order their rules are tried; a number goes to the best-scoring rule. */
export const INDICATOR_RULES: readonly IndicatorRule[] = [
  {
    indicator: 'litigation.head_appearance_rate',
    measure: 'percent',
    // 「负责人100%出庭应诉」「负责人出庭应诉达到98%」: the rate written around the verb, without 率; a
    // percentage is the rate only in the clause that says so (subjectInOwnClause).
    subject: /出庭(应诉)?率|出庭应诉比例|负责人出庭率|出庭应诉/,
    // A 胜诉率 is another rate, unless the clause names the appearance rate too (「出庭应诉率与胜诉率均达100%」).
    exclude: /旁听|通过率|败诉|^(?!.*出庭(应诉)?率).*胜诉/,
    subjectInOwnClause: true,
    weight: 0.95,
  },
  {
    indicator: 'litigation.loss_rate',
    measure: 'percent',
    subject: /败诉率/,
    subjectInOwnClause: true,
    weight: 0.95,
  },
  {
    indicator: 'litigation.cases',
    measure: 'count',
    units: CASE_UNITS,
    subject: /行政诉讼(案件)?|行政应诉(案件)?|应诉案件|行政案件/,
    // 「以区政府为被告的行政诉讼案件17件」: the defendant names whose cases they are.
    action: /应诉|办理|受理|收到|新收|发生|涉诉|应对|审理|收案|结案|共有|作为(当事人|被告)|为被告|被诉|被起诉/,
    actionOptional: true,
    // 「调撤一审行政诉讼案件102件」「化解行政诉讼案件26件」: the share resolved, not the cases. The 行政案件 the police or an
    // enforcement body handle, or a body investigates or sorts by penalty procedure (「派出所全年共办理行政案件326起」
    // 「城管执法大队办理各类行政案件213起」「办理一般程序行政案件3411件」) are its administrative (mostly penalty) cases, not
    // lawsuits, unless the clause says they were sued (诉讼, 应诉, 被告).
    // A sector's 行政案件 (「办理林业行政案件86件」) are that sector's enforcement cases.
    // The cases a head appeared in (「行政机关负责人出庭应诉案件47件」) are a part of them; another body's cases the body helped or
    // guided, the towns' and one unit's (NOT_THE_BODYS_CASES) are not its total.
    exclude: new RegExp(
      `代理|胜诉|败诉|旁听|庭审|判决|调解|调撤|化解|撤诉|和解|审前|裁定|执行|监督|复议|(?:公安|派出所|交警|交巡警|查处|查办|执法|城管|城市管理|市场监管|市场监督|程序)(?![^#]*(?:诉讼|应诉|被告))[^#]*#|${SECTOR_ADMINISTRATIVE_CASES.source}|负责人[^#,;。]{0,6}出庭[^#,;。]{0,10}#|${NOT_THE_BODYS_CASES}`,
    ),
    kindOf: ONE_KIND_OF_LAWSUITS,
    // 「其中民事案件302件、刑事案件163件、行政案件21件」 lists the kinds of some other matter's cases.
    sentenceExclude: /法律援助|法援|受援|民事案件|刑事案件/,
    weight: 0.85,
  },
  {
    indicator: 'review.received',
    measure: 'count',
    units: CASE_UNITS,
    subject: /行政复议|复议(案件|申请)/,
    // 申请 is the applicants' act, but 被申请人 is the respondent: 「以区政府为被申请人的复议案件17件」 sorts the cases
    // by whose act they contest (or counts those against the place's own government, which a higher organ
    // reviews), and received nothing.
    // 申请人 is who applied, no act of applying (「其中申请人撤回行政复议3件」).
    action: /受理|收到|新收|新增|接收|收案|立案|共收|(?<!被)申请(?!人)/,
    // 「行政处罚被申请行政复议9宗」「对行政处罚结果向市公安局申请行政复议案件3件」: enforcement figures count the
    // decisions of one kind of act that went to reconsideration, a part of the cases, not the place's
    // reconsideration cases.
    // The outcomes of cases (撤回, 终止, 驳回, 维持…) are parts of them, never the cases received; a body that answered as the
    // respondent (「全年作为被申请人参加行政复议8件」「我局被申请行政复议5件」) reviewed none — but an organ's cases sorted by whose act
    // they contest (「收到以各乡镇人民政府作为被申请人的行政复议案件35件」) are received.
    exclude: new RegExp(
      String.raw`参与|参加|代理|协助|答复|办结|审结|结案|纠错|撤销|撤回|撤诉|终止|中止|维持|驳回|确认|变更|责令|调解|和解|不予受理|应诉|诉讼|(?<!以[^#,;。]{0,30})(?:作为|为|是)被申请人|(?:局|委|办|厅|站|所|队|中心|单位|部门)被申请|(处罚|强制|征收|征用|许可|裁决|给付|检查|奖励|决定)被(申请)?(行政)?复议|(处罚|强制|征收|征用|许可|裁决|给付|检查|奖励)(结果|决定)[^#,;。]{0,12}复议|${NOT_THE_BODYS_CASES}`,
    ),
    kindOf: ONE_KIND_OF_RECONSIDERATIONS,
    weight: 0.9,
  },
  {
    indicator: 'review.concluded',
    measure: 'count',
    units: CASE_UNITS,
    subject: /行政复议|复议(案件)?/,
    action: /办结|审结|结案|作出(复议)?决定|处理完毕/,
    // The outcomes of the cases concluded (驳回73件, 撤销…65件) are parts of them, not their number.
    // (Before the number: 「977件中直接纠错236件」 concluded 977, whatever became of them.)
    exclude: new RegExp(`参与|代理|协助|答复|诉讼|应诉|(?:驳回|撤销|维持|确认|变更|责令|纠错|终止|不予受理)[^#]*#|${NOT_THE_BODYS_CASES}`),
    kindOf: ONE_KIND_OF_RECONSIDERATIONS,
    weight: 0.9,
  },
  {
    indicator: 'review.corrected',
    measure: 'count',
    units: CASE_UNITS,
    // "撤销、确认违法、责令履行等纠错31件": 纠错 names the count itself; the sentence must be about 复议.
    // 「直接纠正(含撤销、确认违法、变更、责令履行)行政机关决定46件」: the direct corrections named with their kinds in brackets.
    subject: /行政复议|复议|纠错|直接纠正/,
    // 「撤销、变更或确认违法共9件」: the kinds of correction with a stated total. Parts stated one by
    // one (「撤销3件、变更2件」) have no total word and are never summed.
    action: /纠错(?!率)|纠正(违法|不当)?(行政行为)?(案件)?|(撤销|变更|确认(违法|无效)|责令(限期)?履行)[^,;。]{0,10}?(共计|合计|总计|共|等)/,
    topic: /复议/,
    // 「行政行为被复议纠错3件」「2件行政复议案件被纠错」: the place's own acts corrected by the organ that
    // reviewed them, not the corrections it made as one. 间接纠错 (the respondent's own correction, the application then
    // withdrawn) and 综合纠错 (both together) are no corrections the organ decided.
    exclude: new RegExp(
      `参与|代理|答复|诉讼|应诉|率|执法监督|被上级|被[^#,;。]{0,10}(?:纠错|纠正|撤销)|间接纠错|自行纠错|综合纠错|${NOT_THE_BODYS_CASES}`,
    ),
    kindOf: ONE_KIND_OF_RECONSIDERATIONS,
    weight: 0.85,
  },
  {
    indicator: 'review.correction_rate',
    measure: 'percent',
    // 「作出纠错决定的191件,纠错为4.1%」: the rate written without 率.
    subject: /纠错率|直接纠错率|纠错为/,
    topic: /复议/,
    // 综合纠错率 counts settlements too: it is not the correction rate. A 被纠错率 is the share of the
    // place's acts corrected by the organs that reviewed them, and so is a rate after such a count
    // (「被上级复议机关纠错1件,纠错率为5%」).
    exclude: /综合|被纠错/,
    sentenceExclude: /被[^,;。]{0,10}(?:纠错|纠正|撤销)/,
    subjectInOwnClause: true,
    weight: 0.9,
  },
  {
    indicator: 'mediation.success_rate',
    measure: 'percent',
    subject: /调解成功率|调处成功率|化解成功率|纠纷化解率|矛盾纠纷化解率|调解率|化解率|成功率/,
    topic: /调解|调处|矛盾|纠纷/,
    // 综合化解率 counts every way of settling (reconsideration, litigation…): not mediation's.
    exclude: /信访|初信初访|一次性化解|通过率|受理率|综合/,
    subjectInOwnClause: true,
    weight: 0.9,
    variants: [
      { pattern: /化解/, name: '化解率' },
      { pattern: /调处/, name: '调处成功率' },
    ],
  },
  {
    indicator: 'mediation.succeeded',
    measure: 'count',
    units: /^(件|起|宗|件次)$/,
    unitOptional: true,
    subject: /矛盾纠纷|纠纷|调解案件|调处案件|案件/,
    // 「调解成功率97.65%,履行案件5466宗」: a rate's words are no action for the count after it.
    action: /调解成功(?!率)|调处成功(?!率)|成功调解|成功调处|化解成功(?!率)|成功化解|调成/,
    topic: /调解|调处|矛盾|纠纷/,
    // 「其中调解成功119件」 is the successes of the cases before it; 「通过调援对接成功化解…」 one channel's share.
    exclude: new RegExp(
      `其中(?!(?:调解|调处|化解)?成功|成功)|履行|涉及金额|金额|诉前|诉中|审结|知识产权|通过[^,;。]{0,12}(对接|联动|机制|平台|渠道|中心)|${NOT_THE_MEDIATORS}`,
    ),
    kindOf: ONE_KIND_OF_DISPUTES,
    weight: 0.9,
    variants: MEDIATION_COUNT_VARIANTS,
  },
  {
    indicator: 'mediation.cases',
    measure: 'count',
    units: /^(件|起|宗|件次)$/,
    subject: /矛盾纠纷|民间纠纷|纠纷|调解案件|调处案件|调解案件数/,
    // 排查 (screening) and 预防 are not handling: 「排查矛盾纠纷186起,接案调处167起」 handled 167.
    action: /受理|接案|调解|调处|化解|受理调处|办理/,
    topic: /调解|调处|矛盾|纠纷/,
    // 「化解信访矛盾纠纷340件」: petitions resolved, another channel than mediation.
    exclude: new RegExp(
      `成功|其中|履行|排查(?!调处|化解|调解)|预防|金额|诉前|诉中|审结|涉企|知识产权|审理|行政争议|民事争议|和解|委派|信访|通过[^,;。]{0,12}(对接|联动|机制|平台|渠道|中心)|${NOT_THE_MEDIATORS}`,
    ),
    // 「辖区律师为245家企业解答咨询…,化解矛盾纠纷166件」: the lawyers' share of the disputes.
    sentenceExclude: /律师/,
    kindOf: ONE_KIND_OF_DISPUTES,
    weight: 0.8,
    variants: MEDIATION_COUNT_VARIANTS,
  },
  {
    // 排查 is screening: a count of disputes screened stands for the cases handled only when the
    // report gives no count of disputes taken up (受理, 接案, 调处…), which the rule above finds
    // with more confidence (「排查矛盾纠纷186起,接案调处167起」 handled 167).
    indicator: 'mediation.cases',
    measure: 'count',
    units: /^(件|起|宗|件次)$/,
    subject: /矛盾纠纷|民间纠纷|纠纷/,
    action: /排查/,
    topic: /调解|调处|矛盾|纠纷/,
    exclude: /成功|其中|履行|预防|隐患|金额|诉前|诉中|审结|涉企|知识产权|审理|行政争议|民事争议|和解|委派|信访|次$/,
    kindOf: ONE_KIND_OF_DISPUTES,
    weight: 0.5,
  },
  {
    indicator: 'legal_aid.cases',
    measure: 'count',
    units: CASE_UNITS,
    subject: /法律援助(案件)?|法援案件|援助案件/,
    action: /受理|办理|办结|结案|指派|承办|审批|提供|共办/,
    actionOptional: true,
    // 「协助县法律援助中心受理…6件」: another body's cases, helped along; 「基金会资助办理法援案件95件」 the share a fund paid for.
    // The towns' legal-aid work (「各乡镇司法所受理法律援助申请320件」) is their share; the people acting beside the body
    // (OTHER_ACTORS) theirs.
    // (A 下属 legal-aid centre, 「县司法局下属法律援助中心办理…」, is the body that gives legal aid: no unit's share.)
    // The cases checked for quality (「抽检法律援助案件135宗,全部合格」「评估案件质量…」) are a sample of them.
    exclude: new RegExp(`咨询|律师事务所|协助|资助|抽检|抽查|评查|评估|${NOT_ANOTHER_BODYS_OR_THE_TOWNS}|${OTHER_ACTORS.source}`),
    // 「办理刑事法律援助案件208件」「未成年人法律援助案件23件」「法律援助民事案件139件」「为农民工办理法律援助案件86件」: one kind of
    // case or of client, stated with or without the total (a list of every kind, 「民事、刑事、行政法律援助案件共530件」, is the total).
    kindOf:
      /(?:(?<![、和及与])(?:刑事|民事|行政|未成年人?|农民工|军人军属)(?:案件)?(?:法律援助|法援)|(?:法律援助|法援)(?:刑事|民事|行政)(?![、和及与])案件|(?:为|给)(?:农民工|未成年人?|老年人|妇女|儿童|残疾人|军人军属|退役军人)(?![、和及与等]))[^#]*#/,
    weight: 0.95,
  },
  {
    indicator: 'legal_aid.consultations',
    measure: 'count',
    // Calls on a legal-aid or 12348 line are counted as they were answered (「接听12348热线咨询电话2300余个」).
    units: /^(人次|次|件|人|件次|余人次|个)$/,
    subject: /咨询/,
    action: /接待|解答|提供|受理|办理|接听|接答/,
    topic: /法律援助|法援|值班律师|援助|12348|公共法律服务/,
    // Lawyers answering questions (律师…解答咨询900多次) is no legal-aid consultation.
    // Consultations answered for another body, by the towns or by the people beside the body are theirs.
    exclude: new RegExp(`司法咨询|现场咨询|公证|(?<!值班)律师|${NOT_THE_BODYS_CASES}|${OTHER_ACTORS.source}`),
    subjectInOwnClause: true,
    weight: 0.85,
  },
  {
    indicator: 'legal_aid.recovered_amount',
    measure: 'money',
    subject: /挽回(经济)?损失|避免(经济)?损失|挽回.*损失|追回|讨回/,
    topic: /法律援助|法援|受援/,
    subjectInOwnClause: true,
    weight: 0.9,
  },
  {
    indicator: 'legal_aid.per_10k_rate',
    measure: 'percent',
    subject: /万人受援率/,
    subjectInOwnClause: true,
    // 「万人受援率为4.86」: per 10,000 residents, often printed without a unit.
    bareAllowed: true,
    weight: 0.95,
  },
  {
    indicator: 'petition.cases',
    measure: 'count',
    units: /^(件|起|件次|批次|人次|个)$/,
    subject: /信访事项|信访件|信访案件|来信来访|信访/,
    action: /办理|受理|登记|接待|接收|收到|交办/,
    // A sector's complaints and reports (「收到群众环境污染投诉信访举报件1641件」「受理12345热线工单…」) are that line's, not the
    // petitions (信访) the place received.
    // Another body's petitions it helped with or the towns' (NOT_THE_BODYS_CASES) are not the place's total.
    exclude: new RegExp(`积案|重复|越级|研判|化解|调度|挂包|违法|处置|包案|初信初访|投诉|举报|工单|热线|12345|诉求|${NOT_THE_BODYS_CASES}`),
    weight: 0.8,
  },
  {
    indicator: 'petition.on_time_rate',
    measure: 'percent',
    subject: /按期办结率|按时办结率|及时办结率|按期化解率/,
    topic: /信访/,
    subjectInOwnClause: true,
    weight: 0.9,
  },
  {
    indicator: 'enforcement.officers',
    measure: 'count',
    units: /^(人|名|人次)$/,
    // v2: officers holding an enforcement certificate (持证, 具有执法资格), not officers trained,
    // examined or re-examined in the year; 「共有行政执法人员612人」 without a certificate word is not it.
    // A team's members are its 执法队员 (「持证执法队员6人」).
    // The words between may carry qualifiers (「在岗行政执法持证人员212人」「行政执法持证在岗人员57名」).
    subject: /行政执法人员|执法人员|执法队员|执法证|执法资格|执法(?:持证|在岗|在编|专职)(?:持证|在岗|在编)?人员/,
    // What officers hold (持证, 持有, 具有…): the stock. Certificates issued, applied for or renewed in the year are
    // a flow, excluded below.
    action: /持证|持有|取得|具有|具备|领取/,
    // 注销43名执法人员证件 withdrew certificates; 新增持证3名 is an increment, not the number held. Officers
    // awaiting a certificate (「待申领执法证件1人」「尚未取得执法证」) hold none, and the posts that should hold one
    // (「应持执法证人员84人」) are the certification rate's denominator.
    // 「现有执法人员12名,均持有行政执法证」「共有行政执法人员86人,全部持证上岗」: every one counted holds one.
    // 「共有行政执法人员1,356名,持证率100%」: a whole certified says the same.
    actionOfAllAfter:
      /^\s*(?:且|并)?(?:(?:均|全部|全都|全员|都)(?:已经?)?(?:持有|取得|持证|具备|具有)|(?:行政执法)?持证(?:上岗)?率(?:达到?|为)?\s*100\s*%\s*$)/,
    exclude: new RegExp(
      `听证主持人|协管|辅助|培训|参训|轮训|考试|参考|年审|审验|复审|重新审查|考核|学习|测试|通过|参加|注销|吊销|暂扣|收回|新增|新发|待(?:申领|领取|领证|发|换发|核发|考|办)|尚未|未取得|未持|应持|应当持|出动|派出|投入|${OFFICERS_OF_ONE_KIND.source}|${CERTIFICATES_OF_THE_YEAR.source}|${STAFF_QUOTA.source}|${ANOTHER_BODYS.source}|${ONE_PART_OF_THE_PLACE.source}`,
    ),
    // Certificates won (取得, 领取, 获得) after an exam the sentence names (「参加执法资格考试人员186名,取得执法证152名」): a flow of
    // the year. Those who hold one after it (「通过…考试34人,持有执法证在岗执法的人员有15人」) are the stock.
    sentenceExclude: /(?:考试|考取)[^。]*?(?:取得|领取|获得)/,
    weight: 0.8,
  },
  {
    indicator: 'enforcement.penalty_cases',
    measure: 'count',
    units: CASE_UNITS,
    subject: /行政处罚(案件)?|处罚案件/,
    action: /办理|作出|查处|完成|立案|实施|办结|共办/,
    actionOptional: true,
    // 「行政处罚类17件」「涉及行政处罚的56件」 are categories of reconsideration cases; 「算一宗行政处罚」 a counting rule.
    // (「在医疗保障行政监管职权范围内…办理…行政处罚案件9件」: 职权 is the body's remit, not a 处罚权.)
    // Another body's cases the body helped or guided (ANOTHER_BODYS), the towns' share (ONE_PART_OF_THE_PLACE), and the hearings
    // held are not the body's total.
    exclude: new RegExp(
      `事项|(?<!职)权(?!益|利)|公示|裁量|清单|不予|免罚|免予|减轻|处罚类|涉及|听证|${ANOTHER_BODYS.source}|${ONE_PART_OF_THE_PLACE.source}`,
    ),
    kindOf: new RegExp(`${ONE_KIND_OF_CASES.source}|${PENALTIES_OF_ONE_KIND.source}`),
    disputedIn: DISPUTES_OF_AN_ACT,
    casesNamedUnderHeading: true,
    weight: 0.8,
  },
  {
    // 行政处罚类 in a breakdown of a body's enforcement acts by kind (「其中,行政许可类727件;行政处罚类241件,罚款金额…;行政检查类
    // 1491件」): the penalties among them. In a sentence on reconsideration or lawsuits it is a kind of case reviewed.
    indicator: 'enforcement.penalty_cases',
    measure: 'count',
    units: CASE_UNITS,
    subject: /行政处罚类/,
    actionOptional: true,
    topic: ENFORCEMENT_BREAKDOWN,
    topicAnywhere: true,
    exclude: /涉及|不予|免罚|免予|减轻/,
    sentenceExclude: /复议|诉讼|应诉|被告|被申请|信访|投诉|举报/,
    sentenceExcludeAnywhere: true,
    subjectInOwnClause: true,
    weight: 0.75,
  },
  {
    // Penalty cases worded as a body's cases (「执法队共办理案件79起,其中简易程序案件37起,一般程序案件42起」): 案件
    // handled in a sentence that sorts them by penalty procedure or is an enforcement body's. The cases of
    // courts, reconsideration organs, arbitration, petitions and the criminal or civil cases sorted by their own
    // 简易程序 are not; nor is the total of a sentence that counts its penalty cases apart (「共办理各类案件120起,
    // 其中行政处罚案件95起」: 95 are).
    indicator: 'enforcement.penalty_cases',
    measure: 'count',
    units: CASE_UNITS,
    subject: /案件/,
    action: /办理|办结|查处|查办|立案|结案|共办|承办/,
    topic: PENALTY_CASE_SORTERS,
    topicAnywhere: true,
    // 「我委共办理行政执法案件4402件」: every kind of enforcement act together (ENFORCEMENT_TOTAL).
    exclude: new RegExp(`刑事|治安|民事|信访|投诉|举报|申诉|咨询|纠纷|诉讼|复议|仲裁|审结|审理|移送|协助|${ENFORCEMENT_TOTAL.source}`),
    kindOf: new RegExp(`${ONE_PENALTY_PROCEDURE.source}|${ONE_KIND_OF_CASES.source}`),
    partsAfter: /(?:简易|一般|普通|听证)程序[^,;。、\d]{0,6}?(\d+)\s*(?:件|起|宗)/g,
    sentenceExclude: new RegExp(`法院|审判|检察|刑事|民事|诉讼|复议|仲裁|信访|调解|纪委|监委|${PENALTY_CASES_COUNTED.source}`),
    sentenceExcludeAnywhere: true,
    subjectInOwnClause: true,
    weight: 0.65,
  },
  {
    // Penalty decisions counted as the documents issued (「作出行政处罚决定书2.3万余份」): one per case.
    indicator: 'enforcement.penalty_cases',
    measure: 'count',
    units: /^(份|件)$/,
    subject: /处罚决定书/,
    action: /作出|下达|制发|送达|出具|共/,
    exclude: /事项|不予|免罚|免予|撤销|复议|诉讼|案卷|评查/,
    disputedIn: DISPUTES_OF_AN_ACT,
    subjectInOwnClause: true,
    weight: 0.75,
  },
  {
    // Penalty cases worded as a sector's administrative cases (「全年办结林业行政案件103件…,处罚105人次,罚款233万余元」
    // 「查处渔业行政案件41起」「查处了30起林业行政执法案件…,并累计罚款190万元」) in a sentence that speaks of penalties. A sector's criminal cases, and the reconsideration and
    // lawsuits over its acts, are not; nor are they when the sentence counts its penalty cases apart.
    indicator: 'enforcement.penalty_cases',
    measure: 'count',
    units: CASE_UNITS,
    // The subject is the cases' own words, and the sector before them is asked of the number's clause only (exclude):
    // a subject of sixty sectors, looked for in every paragraph, cost a fifth of the extractor's time.
    subject: /行政(?:违法|执法)?案件/,
    action: /办理|办结|查处|查办|立案|结案|共办|承办|受理/,
    topic: /处罚|罚款|罚没|查处|查办/,
    topicAnywhere: true,
    // The sector and its cases on either side of the number (「查处了30起林业行政执法案件」). A sector's 行政执法案件 are its
    // penalty cases only as cases 查处 or 查办, violations investigated (「共查处林业行政执法案件46起,罚款38万元」): handled
    // (办理) they may be every kind of its acts, permits too (ENFORCEMENT_TOTAL).
    exclude: new RegExp(
      `^(?![\\s\\S]*${SECTOR_ADMINISTRATIVE_CASES.source})|^(?![^#]*查[处办])[\\s\\S]*执法案件|刑事|治安|民事|信访|投诉|举报|复议|诉讼|应诉|被告|仲裁|移送|协助`,
    ),
    kindOf: ONE_KIND_OF_CASES,
    // The police's cases (「交警大队查处交通违法行政案件1.2万起」) are public-security cases, read by no penalty rule.
    sentenceExclude: new RegExp(`公安|派出所|交警|交巡警|法院|审判|检察|诉讼|复议|仲裁|${PENALTY_CASES_COUNTED.source}`),
    sentenceExcludeAnywhere: true,
    subjectInOwnClause: true,
    weight: 0.65,
  },
  {
    // Penalty cases worded as the cases filed (「立案查处390件(其中简易程序110件…),共处罚款…」): 立案查处
    // in the number's own clause, in a sentence that speaks of penalties (处罚, 罚款, 罚没, or the
    // penalty procedures 简易/普通程序) before or after it. Criminal, police and discipline cases are
    // not administrative penalties.
    indicator: 'enforcement.penalty_cases',
    measure: 'count',
    units: CASE_UNITS,
    subject: /立案查处/,
    actionOptional: true,
    topic: /处罚|罚款|罚没|简易程序|普通程序/,
    topicAnywhere: true,
    exclude: /刑事|犯罪|治安|违纪|党纪|纪律|监察|撤销|移送/,
    sentenceExclude: /公安|派出所|纪委|监委|纪检/,
    // 「共立案查处各类违法案件1,260件,其中行政处罚案件1,180件」: the penalty cases are counted apart, the total is more.
    countedApart: PENALTY_CASES_COUNTED,
    subjectInOwnClause: true,
    weight: 0.65,
  },
  {
    indicator: 'enforcement.case_file_reviews',
    measure: 'count',
    // 「审查重大行政处罚案卷205套」: a file counted as the set of its volumes.
    units: /^(份|件|卷|本|宗|起|套)$/,
    subject: /案卷/,
    // 「开展行政执法案卷评查2次,审查案件248起」: the files examined in the review.
    action: /评查|抽查|检查|评审|审查/,
    // "评出优秀案卷20份" is a part of the files reviewed, not their number.
    // (Before the number: 「评查案卷683件并整改问题24条」 reviewed 683 files.)
    exclude: /(?:调阅|归档|优秀|合格|问题)[^#]*#/,
    // The files of another legal service reviewed for quality (「本次评查共有446本案卷,其中…法律援助类案卷70本」)
    // are no enforcement files, wherever the sentence says whose they are.
    sentenceExclude: OTHER_LEGAL_SERVICES,
    sentenceExcludeAnywhere: true,
    weight: 0.9,
  },
  {
    indicator: 'decisions.major_decisions',
    measure: 'count',
    units: /^(个|项|件)$/,
    subject: /重大行政决策(事项)?|重大决策事项/,
    action: /编制|公布|列入|作出|出台|审议|确定|制定|实施|纳入|共有|审查|印发|完成|决策|履行/,
    actionOptional: true,
    // 「完成14件行政规范性文件和重大决策事项」: one count of two kinds, neither's.
    exclude: NOT_DECISIONS,
    disputedIn: DISPUTES_OF_AN_ACT,
    weight: 0.85,
  },
  {
    // 「公布年度决策事项3件」「筛选出…4项决策事项」「区政府公布目录事项4个」 in a sentence on 重大行政决策.
    indicator: 'decisions.major_decisions',
    measure: 'count',
    units: /^(个|项|件)$/,
    subject: /决策事项|目录事项|决策目录/,
    action: /编制|公布|列入|作出|出台|审议|确定|制定|实施|纳入|共有|审查|印发|完成|筛选|梳理|明确|共/,
    topic: /重大(行政)?决策/,
    topicAnywhere: true,
    exclude: NOT_DECISIONS,
    weight: 0.75,
  },
  {
    // The items of a year's decision catalogue counted as 事项 after a list of their topics (「制定年度重大行政决策事项目录
    // 并进行公开,对涉及社会管理、生态环境保护等4项重点事项,严格落实公众参与…」「将城市更新、学校布局调整等6项事项纳入目录」): a
    // count closing a list is of what the list is of, here the catalogue's items. The 事项 must be the count's own noun,
    // right after its measure word: 事项 before the number (「审查合同、协议等事项23件」「梳理政务服务事项320项」) are
    // other matters'.
    indicator: 'decisions.major_decisions',
    measure: 'count',
    units: /^(个|项|件)$/,
    subject: /事项/,
    action: /编制|公布|列入|纳入|确定|制定|涉及|对|梳理|筛选|明确|共/,
    topic: /重大(行政)?决策事项目录|决策事项目录|重大(行政)?决策目录/,
    topicAnywhere: true,
    exclude: new RegExp(`事项[^#]*#|${NOT_DECISION_ITEMS.source}`),
    weight: 0.7,
  },
  {
    indicator: 'normative_docs.reviewed',
    measure: 'count',
    units: /^(件|份|个|件次)$/,
    subject: /规范性文件/,
    // 报备 is 报送备案 shortened (「向市政府报备规范性文件5件」).
    action: /审查|审核|备案|报备|把关/,
    // 「审查拟出台的规范性文件15件」: 拟…的 describes the documents reviewed, not a plan.
    // A party's own documents (党的规范性文件备案) are not the government's.
    // 「全年17份文件中无行政规范性文件」: none.
    // 「审查12件行政规范性文件和重大决策事项」: one count of two kinds, neither's.
    // The towns' filings (「各乡镇报送备案规范性文件12件」) and another body's reviews the body helped (NOT_THE_BODYS_CASES) are
    // not the body's reviews; the reconsiderations or lawsuits that asked for a document's incidental review (「其中对规范性文件
    // 提出附带审查申请的4件」) are disputes, not documents reviewed.
    exclude: new RegExp(
      String.raw`无[^#,;。]{0,4}规范性文件|附带|清理|废止|失效|继续有效|修改|党的|党内|(?<!拟[^,;。]{0,10})(制定|出台|起草)(?![^,;。]{0,3}的)|规范性文件[和及与、]\s*(?:重大)?(?:行政)?决策|${NOT_THE_BODYS_CASES}`,
    ),
    weight: 0.9,
  },
  {
    indicator: 'disclosure.requests',
    measure: 'count',
    units: /^(件|份|条|个|次)$/,
    subject: /依申请公开|公开申请|信息公开申请/,
    action: /依申请公开|提交|收到|受理|办理|答复|申请/,
    // A dispute over a disclosure (「因不服依申请公开答复提起复议3件」「政府信息公开类被诉1件」) is a
    // reconsideration or a lawsuit, not a request.
    // Another body's requests the body helped or guided, or the towns' (NOT_THE_BODYS_CASES), are not the body's.
    exclude: new RegExp(`${DISCLOSURE_DISPUTE.source}|${NOT_THE_BODYS_CASES}`),
    disputedIn: DISPUTES_OF_AN_ACT,
    weight: 0.9,
  },
  {
    // Requests worded as the disclosure handled for the public (「办理群众政府信息公开10件」): a count
    // of 件 of 政府信息公开 that the place 办理/受理/答复, in its own clause. What it publishes of its own
    // accord (主动公开…条, 在专栏发布…) is no request.
    indicator: 'disclosure.requests',
    measure: 'count',
    units: /^(件|份)$/,
    subject: /政府信息公开/,
    action: /办理|受理|答复|收到|处理/,
    exclude: new RegExp(`主动|发布|公布|平台|网站|栏目|专栏|目录|指南|年报|报告|${DISCLOSURE_DISPUTE.source}|${NOT_THE_BODYS_CASES}`),
    disputedIn: DISPUTES_OF_AN_ACT,
    subjectInOwnClause: true,
    weight: 0.75,
  },
  {
    indicator: 'oversight.npc_proposals',
    measure: 'count',
    units: /^(件|条|个|份)$/,
    // 「办理县人大代表涉及人居环境、电力改造等方面建议54件」: the suggestions' topics between the deputies and
    // their suggestions.
    subject: /人大代表建议|代表建议|人大建议|人大常委会建议|人大议案|人大代表[^,;。]{0,30}?方面的?建议/,
    action: /办理|办复|承办|答复|办结|交办|收到|共/,
    exclude: new RegExp(`政协|${SUBMITTED_NOT_HANDLED.source}`),
    subjectInOwnClause: true,
    weight: 0.9,
    handledForOthers: true,
  },
  {
    indicator: 'oversight.cppcc_proposals',
    measure: 'count',
    units: /^(件|条|个|份)$/,
    subject: /政协(委员)?提案|委员提案|政协建议|政协[^,;。]{0,30}?方面的?提案/,
    action: /办理|办复|承办|答复|办结|交办|收到|共/,
    exclude: new RegExp(`人大|${SUBMITTED_NOT_HANDLED.source}`),
    subjectInOwnClause: true,
    weight: 0.9,
    handledForOthers: true,
  },
  {
    // The deputies named once for the sentence, their suggestions then counted as 建议 alone (「全年走访人大代表、政协委员
    // 23人次,办结相关建议11件,提案11件」「认真办理人大代表建议和政协委员提案,共办理建议9件、提案14件」): 建议 in a sentence that
    // has named the people's congress are its deputies'. Other bodies' suggestions (检察建议, 司法建议, the public's 意见建议)
    // are not, and a count of 建议 and 提案 together (「建议提案45件」) is neither's.
    indicator: 'oversight.npc_proposals',
    measure: 'count',
    units: /^(件|条|个|份)$/,
    subject: /建议/,
    action: /办理|办复|承办|答复|办结|交办|收到|共/,
    topic: /人大/,
    exclude: new RegExp(`${OTHER_SUGGESTIONS.source}|${SUBMITTED_NOT_HANDLED.source}`),
    subjectInOwnClause: true,
    weight: 0.8,
    handledForOthers: true,
  },
  {
    // 提案 alone in a sentence that has named the CPPCC (「…政协委员23人次,办结相关建议11件,提案11件」).
    indicator: 'oversight.cppcc_proposals',
    measure: 'count',
    units: /^(件|条|个|份)$/,
    subject: /提案/,
    action: /办理|办复|承办|答复|办结|交办|收到|共/,
    topic: /政协/,
    exclude: new RegExp(`人大|建议|议案|${SUBMITTED_NOT_HANDLED.source}`),
    subjectInOwnClause: true,
    weight: 0.8,
    handledForOthers: true,
  },
  {
    indicator: 'oversight.reply_rate',
    measure: 'percent',
    // 满意率 (satisfaction) is not a reply rate, even in the same sentence.
    subject: /办复率|答复率|办结率/,
    topic: /建议|提案/,
    exclude: /信访|依申请|公开/,
    // Suggestions of courts and procuratorates (「制发司法建议2件,各类检察建议53件,“三书”按期办复率100%」) are
    // answered by the government; their rate is not that of the deputies' suggestions and proposals.
    sentenceExclude: /司法建议|检察建议|意见书|三书/,
    subjectInOwnClause: true,
    weight: 0.85,
  },
  {
    indicator: 'publicity.events',
    measure: 'count',
    units: /^(场|场次|次|期)$/,
    // 法制宣传 is the pre-2016 term; 普法 events count in 场/场次 whatever the verb.
    subject: /普法|法治宣传|法制宣传/,
    action: /开展|举办|组织|举行|共|巡讲|宣讲|讲座|展板|送法|进(社区|校园|企业|农村|乡村|机关|单位|宗教场所|网络)/,
    // 「主要负责人…全年牵头开展法治专题宣讲2场次」: a leader's own share, not the place's events.
    // Study sessions (集中学习12场) and seminars (「以案释法」研讨活动10余场) are not publicity; a 学习宣讲
    // (a talk on a study theme) is, and so is a 学习宣传 campaign (「开展习近平法治思想学习宣传300余场次」). The
    // issues of a board or a column (「创办法治宣传栏40余期」) are no events.
    exclude: new RegExp(`${NOT_PUBLICITY}|宣传栏|专栏|橱窗|板报|简报|刊物|期刊`),
    sentenceExclude: PUBLICITY_PART_WITHOUT_ITS_TOTAL,
    weight: 0.8,
  },
  {
    // A kind of publicity event, counted in 场/场次 (「举办法治讲座42场」): a publicity figure, less
    // sure than one worded as the events themselves.
    indicator: 'publicity.events',
    measure: 'count',
    units: /^(场|场次|期)$/,
    subject: /法治讲座|法律讲座|普法讲座|法治宣讲|法律宣讲|普法宣讲|法治巡讲|普法巡讲|法治文艺|普法文艺|以案释法/,
    action: /开展|举办|组织|举行|共/,
    actionOptional: true,
    exclude: new RegExp(`${NOT_PUBLICITY}|学法(?!用法)`),
    // Lectures counted beside a count of the staff's trainings (「开展法治讲座4场,执法人员培训4次」) are
    // the cadres' learning, not publicity for the public.
    sentenceExclude: new RegExp(`${CADRES_LEARNING.source}|${PUBLICITY_PART_WITHOUT_ITS_TOTAL.source}`),
    sentenceExcludeAnywhere: true,
    weight: 0.7,
  },
  {
    // Legal publicity worded without 普法 (「开展民法典…主题宣传20场次」「习近平法治思想宣传活动300余场次」): a
    // 宣传/宣讲 counted in 场/场次 in a sentence about the law; less sure than the core wordings.
    indicator: 'publicity.events',
    measure: 'count',
    units: /^(场|场次)$/,
    subject:
      /宣传(活动)?|宣讲|讲座|送法|法律[一二三四五六七八九十]进|法治[一二三四五六七八九十]?进|法律进(乡村|农村|社区|校园|企业|机关|单位|家庭|寺庙|宗教场所|网络|军营)/,
    action: /开展|举办|组织|举行|共/,
    topic: /法治|普法|法律|送法|民法典|宪法|法规|条例/,
    // Lawyers' own activities are not the place's publicity, but a lecture team the place organises
    // (「组织…律师宣讲团开展宣讲80余场次」) gives the place's lectures, whoever sits on it.
    exclude: new RegExp(`${NOT_PUBLICITY}|学法(?!用法)|律师(?!(普法|法治|法律)?宣讲[团队])|党课`),
    sentenceExclude: new RegExp(`${CADRES_LEARNING.source}|${POLITICAL_LECTURES.source}|${PUBLICITY_PART_WITHOUT_ITS_TOTAL.source}`),
    sentenceExcludeAnywhere: true,
    weight: 0.65,
  },
  {
    indicator: 'notary.cases',
    measure: 'count',
    units: /^(件|份|笔)$/,
    subject: /公证(书|事项|件|案件)?/,
    action: /办理|出具|受理|办结|共办/,
    actionOptional: true,
    // Notarisations another office made with the body's help, or the towns' (NOT_THE_BODYS_CASES), are not the body's; the
    // complaints about notarisations (「受理公证投诉6件」) are disputes over them.
    exclude: new RegExp(`投诉|举报|申诉|复查|提存|保全证据|宣传|律师|法律顾问|${NOT_THE_BODYS_CASES}`),
    weight: 0.9,
  },
  {
    indicator: 'service.online_rate',
    measure: 'percent',
    // Reports often quote the slogan: 政务服务事项"全程网办"率达到96.5%.
    // 「“全程网办”事项占比74.53%」, 「90%的区级政务服务事项实现全程网办」: the share done wholly online.
    subject: /全(流)?程网(上)?(可)?办(理)?"?(率|事项占比|占比|比例)?/,
    exclude: /可网办|网上可办/,
    subjectInOwnClause: true,
    weight: 0.9,
  },
];

/**
 * Words that make a clause a target or a promise rather than a result, even inside a results
 * section ("力争调解成功率达到98%以上", 「计划开展普法活动150场次」「计划作出重大行政决策5项」, 「评查案卷不少于200卷」: a floor
 * set is a target as 不低于 is; 「按计划开展…」「根据计划…」 report what was done).
 */
export const TARGET_WORDS =
  /力争|争取|目标|预计|(?<!(?:按|依|据|照)[^,;。]{0,6})计划(于|在|到|全年|开展|办理|作出|举办|组织|审查|审核|编制|出台|评查|办结|受理|调解|新增|召开)|将(要)?(实现|达到|确保|力争)|确保.{0,80}达到|要求.{0,80}达到|不低于|不少于|(?<!连续[^,;。]{0,8})保持.{0,80}(以上|100%)/;

/**
 * 拟 makes a clause a plan unless it describes a thing (「拟出台的规范性文件」): judged on the number's
 * own clause by the matcher.
 */
export const PLANNED_WORD = /拟/;

/** Clauses of comparison a subject chain passes through (「同比增长12%」). */
export const COMPARISON_WORDS = /同比|环比|较上年|比上年|较去年|比去年|与上年相比|增长|上升|下降|减少|增加|提高|降低|持平|分别/g;

/**
 * Words of a case-handling chain: a clause saying only these of a number (「其中不予受理3件」
 * 「依法审结44件」「2021年为35件」) continues the chain's subject rather than naming another.
 */
export const CHAIN_WORDS =
  /不予受理|受理|收到|新收|办结|审结|结案|立案|驳回|维持|撤销|变更|确认违法|责令履行|终止|和解|调解|纠错|纠正|办理|依法|通过|已|\d{4}年度?/g;

/** The kind of mediation a figure counts (人民调解 vs 行政调解…): kept in its wording. */
export const MEDIATION_KINDS = /人民调解|行政调解|司法调解|诉前调解|诉调对接|行业性专业性调解|访调对接|警民联调|警调对接|律师调解/g;

/** A clause opening with one of these is a part of the total before it, not a total. */
export const SUBSET_OPENING = /^\s*(其中|含|包括)/;

/**
 * The organs of a province or a city whose cases or documents a lower level's report tells of (市司法局, 省法律援助中心…): a
 * higher body's figures (HIGHER_LEVEL_PREFIX), or the body the place reports to (match.ts).
 */
export const HIGHER_BODY_ORGANS = '司法局|司法厅|信访局|信访办|法律援助中心|调解中心|公证处|复议机关';

/**
 * A higher level's figure in a lower level's report: "办复市人大常委会建议3件" in a 区 report, and a higher body's cases or
 * documents (「市司法局审查规范性文件120件」「市调解中心调解纠纷320件」「省法律援助中心指派…」「上级复议机关受理我县…」). (A court,
 * 「市中级法院受理以县政府为被告的…」, hears the place's own lawsuits and is left out.)
 */
export const HIGHER_LEVEL_PREFIX = new RegExp(
  `(^|[^城县区乡镇])(省|市)(人大|政协|政府|委|级|人民政府|${HIGHER_BODY_ORGANS})|上级(?:行政)?复议机关`,
);
