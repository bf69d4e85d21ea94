/**
 * Lookup tables for the number parser. Everything here is matched against the normalized view
 * (simplified characters; full-width digits, ％, ，, （ ） folded to ASCII; “ ” folded to `"`).
 * The tables are data, not patterns: the parser looks words up with `startsWith` at a known
 * position, so adding a word never changes how the text is scanned.
 */

import type { Qualifier } from '../types';

/** Chinese digits, including 两 and the year-style 〇. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  // Financial (大写) forms: contracts and budgets quote them; parseChineseNumeral accepts them,
  // the scanner does not look for them because prose never uses them for counts.
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};

/** Multipliers inside a section (below 万). */
export const CHINESE_SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  百: 100,
  千: 1000,
  拾: 10,
  佰: 100,
  仟: 1000,
};

/** Characters of a Chinese numeral as the scanner sees them (the pattern in find.ts lists the same). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';
/** Non-zero digits: a numeral must contain one, or start with 十, to be a number (万人 is a word). */
export const CHINESE_DIGIT_CHARS = '一二两三四五六七八九';
export const CHINESE_MULTIPLIER_CHARS = '十百千万亿';

/**
 * A lone multiplier read as a round amount (近百场 = about 100, 逾千人次, 近万件, 近百万元): its value,
 * and the neighbours that make it one — a bound or an about before it (each also a prefix
 * qualifier, which then qualifies it), or 余/多 after it (an inner about). 数百 and 上百 stay vague.
 */
export const LONE_MULTIPLIER_VALUES: Readonly<Record<string, number>> = {
  百: 100,
  千: 1000,
  万: 10_000,
  百万: 1_000_000,
  千万: 10_000_000,
};
export const LONE_MULTIPLIER_BOUND_BEFORE = '近逾超约';
export const LONE_MULTIPLIER_APPROX_AFTER = '余多';

/** Section multipliers. */
export const CHINESE_BIG_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/**
 * Powers of ten written after Arabic digits ("1.5万", "3千", "1.2亿"). Longest first, because the
 * scanner's pattern lists them in the same order.
 */
export const ARABIC_MULTIPLIER_EXPONENTS: Readonly<Record<string, number>> = {
  万亿: 12,
  百万: 6,
  千万: 7,
  万: 4,
  亿: 8,
  千: 3,
};

/**
 * Measure words accepted after an Arabic number, longest match wins (件次 before 件, 个百分点 before
 * 个). 万元 and 亿元 are not listed: the 万/亿 is read as the number's multiplier and the parser
 * turns "…万元"/"…亿元" into 万元 itself (see `MONEY_UNIT`).
 */
export const UNITS: readonly string[] = [
  // Cases, people, events: the bulk of what the catalogue counts.
  '件次',
  '件',
  '起',
  '宗',
  '例',
  '笔',
  '卷',
  '人次',
  '人',
  '名',
  '位',
  '户次',
  '户',
  '次',
  '场次',
  '场',
  '期次',
  '期',
  '轮',
  '批次',
  '批',
  '班次',
  '堂',
  '课',
  '节',
  '份',
  '篇',
  '册',
  '本',
  '页',
  '封',
  '单',
  '套',
  '张',
  '幅',
  '条',
  '条次',
  '个百分点',
  '百分点',
  '个工作日',
  '工作日',
  '个月',
  '个',
  '项次',
  '项',
  '方面',
  '倍',
  // Bodies and places.
  '家',
  '所',
  '处',
  '部门',
  '部',
  '队',
  '支',
  '组',
  '类',
  '种',
  '村',
  '社区',
  '座',
  '栋',
  '间',
  '块',
  // Money (see MONEY_UNIT for 万元).
  '元',
  // Scores, durations that indicators use ("办理时限压缩至3个工作日"), physical measures.
  '分',
  '天',
  '台次',
  '台',
  '辆',
  '艘',
  '架',
  '只',
  '头',
  '棵',
  '株',
  '盏',
  '根',
  '片',
  '瓶',
  '盒',
  '箱',
  '袋',
  '包',
  '‰',
  '吨',
  '公斤',
  '千克',
  '斤',
  '亩',
  '公顷',
  '平方公里',
  '平方米',
  '立方米',
  '公里',
  '千米',
  '米',
];

/** The unit reported for money written with 万 or 亿 before 元: the catalogue stores 万元. */
export const MONEY_UNIT = '万元';

/** The money unit as written; "300元" stays 元, the caller converts. */
export const YUAN = '元';

/** The unit reported for a percentage (`isPercent` is also set). */
export const PERCENT_UNIT = '%';

/**
 * Measure words a Chinese numeral may take. Narrower than `UNITS`: after a Chinese numeral most
 * one-character "units" begin ordinary words (一本账, 一张网, 两节, 五台山, 一支部, 一批), so only words
 * that count something in these reports are kept.
 */
export const CHINESE_UNITS: ReadonlySet<string> = new Set([
  '件次',
  '件',
  '起',
  '宗',
  '例',
  '笔',
  '人次',
  '人',
  '名',
  '位',
  '户次',
  '户',
  '次',
  '场次',
  '场',
  '期',
  '轮',
  '批次',
  '份',
  '篇',
  '册',
  '套',
  '条',
  '个百分点',
  '百分点',
  '个工作日',
  '工作日',
  '个月',
  '个',
  '项',
  '方面',
  '倍',
  '家',
  '所',
  '处',
  '部门',
  '座',
  '栋',
  '元',
  '天',
  '辆',
]);

/**
 * Units that only count when nothing word-like follows them: each also begins many words
 * ("3分局", "5单位", "2节课" is fine but "24节气" is not), and as units they end a phrase.
 */
export const BOUNDARY_UNITS: ReadonlySet<string> = new Set([
  '分',
  '单',
  '节',
  '米',
  '课',
  '根',
  '片',
  '包',
  '头',
  '只',
  '架',
  '卷',
  '页',
  '封',
  '盒',
  '箱',
  '袋',
  '瓶',
]);

/**
 * A unit followed by one of these characters is the first character of another word (人民, 处理,
 * 场所, 期间, 条例, 部署, 组织, 家庭), so the number has no unit there.
 */
export const UNIT_BLOCKED_CONTINUATIONS: Readonly<Record<string, string>> = {
  人: '民',
  处: '理罚置分室长级于在',
  所: '有在属以谓得',
  场: '所景地合面',
  期: '间限满末初内望待',
  次: '性要日序生',
  条: '例件款理',
  部: '署分长委',
  队: '伍员长',
  组: '织成建长员',
  类: '似别型',
  种: '类植子',
  台: '账阶湾',
  张: '贴',
  笔: '录',
  户: '籍口外',
  家: '庭属长乡园风底',
  名: '单称义',
  本: '级人地部单身职领质着土市区县镇届年月',
  位: '于置列居',
  起: '草点步源始来',
  批: '准复评示',
  村: '民委级庄',
  社区: '矫',
  间: '隔断接',
  座: '谈',
  支: '部持付出援',
  轮: '训换岗值',
  例: '如行会外',
  元: '旦素化',
  套: '餐路',
  天: '然津下地空网',
};

/**
 * Words a Chinese numeral and unit begin: 三项制度 is the name of 行政执法三项制度, 两个维护 and 四个意识
 * are political formulas. Checked right after the unit.
 */
export const CHINESE_BLOCKED_AFTER_UNIT: Readonly<Record<string, readonly string[]>> = {
  项: ['制度', '机制', '建议'],
  // 两个维护, 两个确立, 四个意识, 四个自信, 三个代表, 八个新突破, 两个毫不动摇 …
  个: [
    '维护',
    '确立',
    '意识',
    '自信',
    '全面',
    '代表',
    '务必',
    '必须',
    '聚焦',
    '年',
    '新',
    '毫不',
    '结合',
    '大局',
    '最严',
    '坚持',
    '明确',
    '不',
    '区分',
    '转变',
    '统筹',
    '有利于',
    '健全',
    '表率',
    '没有',
    '都',
    '伟大',
    '着力',
    '百年',
    '关键',
  ],
};

/** Reform slogans that begin with a bare 一 and a unit: 一次性, 一次办, 一件事一次办. */
export const BARE_ONE_BLOCKED_PHRASES: readonly string[] = ['一次性', '一次办', '一次告知', '一次到位', '一件事'];

/**
 * The only units a bare 一 may take. With other units 一 is nearly always the article "a" or part
 * of a word (一个, 一起 "together", 一批, 一项重要工作, 一方面, 一条龙, 一家人); a report that means "one
 * case" writes 1件 or 一件, and a count of one is rarely what an indicator needs.
 */
export const BARE_ONE_UNITS: ReadonlySet<string> = new Set([
  '次',
  '名',
  '人',
  '人次',
  '件',
  '件次',
  '宗',
  '例',
  '户',
  '所',
  '份',
  '个百分点',
  '百分点',
  '倍',
]);

/**
 * A bare 一 right after one of these is part of a word: 统一, 唯一, 同一, 逐一, 之一, 新一轮, 其一,
 * 不一, 每一, 上一篇/下一步, and 无一人 ("not one person", i.e. zero).
 */
export const BARE_ONE_BLOCKED_BEFORE = '统唯同单划逐专合归之纯均新另每任其某不整上下无';

/** Before a Chinese numeral these make it vague (数十人, 几十家, 若干); after it, 十几人. */
export const CHINESE_VAGUE_BEFORE = '数几若';
export const CHINESE_VAGUE_AFTER = '几';

/** A number right after these is a rate base, not a quantity: 每10万人. */
export const SKIP_BEFORE = '每';

/**
 * A number right after these is an ordinal: 第5次, 十一届三次全会 (the third plenary session). A list
 * joined by 、 continues the ordinal: "十一届三次、四次、五次全会".
 */
export const ORDINAL_BEFORE = '第届';

/**
 * A number followed by one of these (spaces allowed in between, and after 余/多) is not a
 * quantity: dates, document numbers, times of day, durations used as slogans ("15分钟法律服务圈"),
 * ages, hotlines and versions. Words that start with a unit character (分钟) must be listed here;
 * other words are also caught by the rule that an Arabic number without a unit may not run into a
 * word, but they are listed so the reason is explicit.
 */
export const SKIP_AFTER: readonly string[] = [
  '年度',
  '年',
  '月',
  '日',
  '号',
  '时',
  '分钟',
  '小时',
  '秒',
  '周岁',
  '岁',
  '周年',
  '季度',
  '世纪',
  '届',
  '热线',
  '专线',
  '方案',
  '版',
];

/** A qualifier written before the number, longest first within each lookup. */
export interface QualifierWord {
  readonly word: string;
  readonly qualifier: Qualifier;
}

export const PREFIX_QUALIFIERS: readonly QualifierWord[] = [
  { word: '不超过', qualifier: 'at_most' },
  { word: '不超', qualifier: 'at_most' },
  { word: '未超过', qualifier: 'at_most' },
  { word: '不高于', qualifier: 'at_most' },
  { word: '不多于', qualifier: 'at_most' },
  { word: '不足', qualifier: 'at_most' },
  { word: '不到', qualifier: 'at_most' },
  { word: '少于', qualifier: 'at_most' },
  { word: '低于', qualifier: 'at_most' },
  { word: '小于', qualifier: 'at_most' },
  { word: '不少于', qualifier: 'at_least' },
  { word: '不低于', qualifier: 'at_least' },
  { word: '超过', qualifier: 'at_least' },
  { word: '多于', qualifier: 'at_least' },
  { word: '高于', qualifier: 'at_least' },
  { word: '大于', qualifier: 'at_least' },
  { word: '突破', qualifier: 'at_least' },
  { word: '超', qualifier: 'at_least' },
  { word: '逾', qualifier: 'at_least' },
  { word: '大约', qualifier: 'approx' },
  { word: '约为', qualifier: 'approx' },
  { word: '将近', qualifier: 'approx' },
  { word: '接近', qualifier: 'approx' },
  { word: '近', qualifier: 'approx' },
  { word: '约', qualifier: 'approx' },
];

/**
 * A one-character prefix qualifier is the end of another word after these: 附近/最近/就近, 签约/
 * 节约/制约, 赶超. The word is then not a qualifier ("签约3个项目" is exactly 3).
 */
export const PREFIX_QUALIFIER_BLOCKED_BEFORE: Readonly<Record<string, string>> = {
  近: '附最就亲临靠邻贴远晚新',
  约: '签合契公条预履违节制特邀相集毁解续践守立聘婚租民规乡',
  超: '赶高入出',
};

/** Written between the number and its unit: "60余次", "2000多人", "十来人" (来 only before a unit). */
export const INNER_APPROX = '余多来';

/** Written after the unit (or the number): "85%以上", "30人左右", "10万元以下". */
export const SUFFIX_QUALIFIERS: readonly QualifierWord[] = [
  { word: '以上', qualifier: 'at_least' },
  { word: '以下', qualifier: 'at_most' },
  { word: '以内', qualifier: 'at_most' },
  { word: '之内', qualifier: 'at_most' },
  { word: '左右', qualifier: 'approx' },
  { word: '上下', qualifier: 'approx' },
  { word: '有余', qualifier: 'approx' },
];

/** 上下 after a number is a qualifier only at the end of a phrase; "全省上下联动" is a word. */
export const SUFFIX_NEEDS_BOUNDARY: ReadonlySet<string> = new Set(['上下']);

/** "由53.4%提升至95%", "从X提高到Y": the first number opens with one of these. */
export const CHANGE_OPENERS = '由从';

/**
 * Between 由/从 and the first number a short phrase ending in 的 may stand ("由原来的", "由2021年的");
 * at most this many characters, and none of `CHANGE_GAP_STOP`.
 */
export const CHANGE_GAP_MAX = 8;
export const CHANGE_GAP_STOP = ',。;:!?、\n()"';

const CHANGE_VERBS = [
  '提升',
  '提高',
  '上升',
  '增长',
  '增加',
  '下降',
  '降低',
  '减少',
  '缩短',
  '压缩',
  '缩减',
  '压减',
  '扩大',
  '跃升',
  '攀升',
  '调整',
  '缩小',
  '减至',
  '增至',
  '升至',
  '降至',
  '提至',
  '缩至',
  '压至',
];
const CHANGE_CONNECTORS = ['至', '到', '为'];

/**
 * What joins the two numbers of a change, longest first: a verb with 至/到/为 (or a verb that
 * already ends in 至), or a bare 至/到; an optional 了 may follow ("提高到了").
 */
export const CHANGE_TRANSITIONS: readonly string[] = (() => {
  const words = new Set<string>();
  for (const verb of CHANGE_VERBS) {
    if (verb.endsWith('至')) words.add(verb);
    else for (const connector of CHANGE_CONNECTORS) words.add(verb + connector);
  }
  words.add('至');
  words.add('到');
  const withLe = [...words].flatMap((word) => [word + '了', word]);
  return withLe.sort((a, b) => b.length - a.length);
})();

/**
 * An Arabic number without a unit may be followed by these characters and still be a quantity
 * ("2973和…", "46至50"). Any other Chinese character right after a unitless number means the
 * number is part of a name or code ("12345市民热线", "5180工作室", "2.0方案", "14812岁").
 */
export const UNITLESS_ALLOWED_NEXT = '和与及或至到';

/** Words that join the two ends of a range: "2021至2025年" is a plan period when a date word follows. */
export const RANGE_WORDS = '至到';

/** Characters that glue a number into a code or name when adjacent: "1+X", "7×24", "〔2022〕". */
export const GLUE_CHARS = '+×*#@_=&\\|〔〕[]【】';

/** Separators that make a date, time, range or code when a digit is on the other side. */
export const DIGIT_SEPARATORS = ':/-—–~·.';

/** After a line-initial number these make it a list marker: "1.", "2、", "3)". */
export const LIST_MARKER_AFTER = '.、)';

/** Before a list marker number, besides a line start: "…完成;2.加强…". */
export const LIST_MARKER_BEFORE = ';。!?:';

/**
 * A unitless decimal with a year before the point and a month after it is a date: "2023.12".
 */
export const DATE_YEAR_MIN = 1900;
export const DATE_YEAR_MAX = 2099;

/** Unitless integers this long are phone, index or ID numbers, not counts. */
export const MAX_UNITLESS_DIGITS = 6;

/** 123xx are government service hotlines (12345, 12348, 12315, 12369 …). */
export const HOTLINE_MIN = 12300;
export const HOTLINE_MAX = 12399;

/**
 * Quotation marks. A number inside quotes or a title is part of a name ("12345", “5180(我要帮您)”,
 * 《…(2023)》). Symmetric `"` pairs only within `MAX_QUOTE_LENGTH`, because a lost quote mark must
 * not hide a whole paragraph.
 */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '《': '》',
  '“': '”',
  '「': '」',
  '『': '』',
  '〈': '〉',
};
export const SYMMETRIC_QUOTE = '"';
export const MAX_QUOTE_LENGTH = 40;
/** Book titles are longer: "《淄博高新区镇(街道)村(社区)重大事项合法性审查全覆盖工作实施方案》". */
export const MAX_TITLE_LENGTH = 120;

/** How many plain spaces may sit between a number and its unit or qualifier ("2022 年度"). */
export const MAX_INNER_SPACES = 2;
