/**
 * Word lists the metadata parsers share. They are data, not logic: each list says why it exists,
 * so that adding a word is a one-line change that a reviewer can judge.
 */

/**
 * Variant characters in place names that OpenCC leaves alone but the division tables spell
 * otherwise (陜西 is written with 陜 in traditional-script pages, the tables say 陕西). Folded one
 * to one on top of the normalized view, so offsets still hold.
 */
export const PLACE_VARIANTS: Readonly<Record<string, string>> = {
  陜: '陕',
  峯: '峰',
  塲: '场',
};

/**
 * Last characters of place names in the division tables. Place finding looks only at these
 * positions and reads backwards, instead of trying 40,000 names at every offset.
 */
export const PLACE_NAME_LAST_CHARS = '省市区县旗镇乡道州盟木';

/**
 * County-level names that are also ordinary words (城区 "urban area", 老城区 "old town", 郊区
 * "suburbs", 矿区 "mining area", 东区…): they are real districts, but in prose they count only
 * when a parent place is written right before them (阳泉市城区, 洛阳市老城区).
 */
export const GENERIC_PLACE_NAMES: ReadonlySet<string> = new Set([
  '城区',
  '老城区',
  '郊区',
  '矿区',
  '东区',
  '西区',
  '市中区',
  '城中区',
  '城关区',
  '新城区',
  '市辖区',
]);

/**
 * Characters that, right after a name ending in 县/区/市/镇/乡, show the name is part of a longer
 * word: 兴县 in 振兴县域, 代县 in 现代县级, 新县 in 创新县城.
 */
export const NAME_BREAKERS_AFTER = '域级城';

/**
 * Development-zone words, longest first. A zone is a 开发区-level jurisdiction with no GB/T 2260
 * code; when a city's name or short name is written before it (淄博高新区), the zone belongs to
 * that city.
 */
export const ZONE_WORDS: readonly string[] = [
  '高新技术产业开发区',
  '经济技术开发区',
  '高新技术开发区',
  '经济开发区',
  '工业园区',
  '高新区',
  '经开区',
  '开发区',
];

/**
 * Organ names that make the reporting body the place's government: its people's government, a
 * management committee (管委会 governs a development zone), a street office, or a party committee
 * (区委, 镇党委, 党工委), whose rule-of-law reports speak for the whole place.
 */
export const GOVERNMENT_ORGANS: ReadonlySet<string> = new Set([
  '人民政府',
  '政府',
  '管委会',
  '管理委员会',
  '办事处',
  '街道办事处',
  '人民政府办事处',
  '委',
  '党委',
  '党工委',
  '工委',
  '委员会',
  '党委政府',
  '委政府',
  '委员会人民政府',
]);

/**
 * Last characters or words of a department's name (司法局, 群众工作部, 市场监管局, 发改委, 政务
 * 服务中心, 司法所). A token after a place name that ends in none of these, and is no government
 * organ either, is not an organ at all — typically injected spam.
 */
export const DEPARTMENT_SUFFIXES: readonly string[] = [
  '局',
  '部',
  '厅',
  '委',
  '委员会',
  '办',
  '办公室',
  '中心',
  '所',
  '院',
  '队',
  '大队',
  '支队',
  '站',
  '处',
  '署',
  '科',
  '室',
  '分局',
  '庭',
  '会',
];

/**
 * Words of gambling and casino spam that hacked government pages carry (the slogan 凯发一触即发,
 * the brand 澳门皇冠…). Used only on the short token where an organ's name should be (after a
 * place in a title, a source field or a signature), never on report prose (文化娱乐 is
 * legitimate there). Words that also name real institutions (彩票: 福利彩票发行中心) are left out;
 * spam the list misses is still kept out of names because it does not end like an organ.
 */
export const SPAM_WORDS: readonly string[] = [
  '凯发',
  '一触即发',
  '澳门',
  '皇冠',
  '娱乐',
  '博彩',
  '棋牌',
  '真人',
  '官网',
  '官方网站',
  '赌',
  '百家乐',
  '威尼斯人',
  '葡京',
  '太阳城',
  '永利',
  '老虎机',
  '电子游艺',
  '捕鱼',
  '开户',
  '下注',
  '投注',
  '体育app',
  'app下载',
  '注册',
  '登录',
  '在线',
  '网址',
  '必赢',
  '亚博',
  '尊龙',
  '天博',
  '开云',
  '乐鱼',
  '米乐',
  '九游',
  'bet',
  'vip',
];

/** Header labels of the page's publisher or source; the value after them may name the body. */
export const SOURCE_LABELS = /(?:发布机构|发文机关|信息来源|文章来源|来源|责任部门|发布单位)[\s|:]*/;

/**
 * Words with which a report speaks of itself: 我镇/本镇 (strong) and 全镇 (weak, "the whole
 * town", which a district's report also says of its city: 在全市率先). Not before 域 (全区域), 场
 * (全市场主体), 镇 (全乡镇, "all townships"), 级 or 委 (本市级, 我县委).
 */
export const SELF_PLACE = /([我本全])(街道|镇|乡|县|区|市|旗|省)(?![域场镇级委])/g;

/** Words with which a department speaks of itself: 我局, 本局, 我委 (not 我委员会…). */
export const SELF_DEPARTMENT = /[我本](?:局|厅|委(?![员会]))/g;

/**
 * Words after a year that make it a plan for the next year, not the year reported on:
 * "2025年工作计划", "2023年度推进法治政府建设的主要安排", "2024年工作打算".
 */
export const PLAN_WORDS = /^年度?[^,。;\n\d暨报]{0,16}?(?:计划|打算|安排|思路|要点|设想|谋划|展望|目标任务)/;
