import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import { findNumbers, type NumberMention, parseChineseNumeral } from './index';

/** The mentions of a sentence as compact tuples, after normalizing it as the pipeline does. */
function found(sentence: string): NumberMention[] {
  return findNumbers(normalizeForMatching(sentence));
}

function brief(sentence: string): Array<[string, number, string | null, string]> {
  return found(sentence).map((m) => [m.text, m.value, m.unit, m.qualifier]);
}

function values(sentence: string): number[] {
  return found(sentence).map((m) => m.value);
}

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['一十五', 15],
    ['二十', 20],
    ['一百二十', 120],
    ['一百零五', 105],
    ['一百五', 150],
    ['三千零五', 3005],
    ['一千零五十', 1050],
    ['五万', 50_000],
    ['十万', 100_000],
    ['一万零一十', 10_010],
    ['一万五', 15_000],
    ['二十六万', 260_000],
    ['一千万', 10_000_000],
    ['一亿五千万', 150_000_000],
    ['一万亿', 1_000_000_000_000],
    ['二〇二三', 2023],
    ['零', 0],
    ['九十五点五', 95.5],
    ['壹佰贰拾', 120],
    ['1.5万', 15_000],
    ['6308.73万', 63_087_300],
    ['1.2亿', 120_000_000],
    ['2,973', 2973],
    ['32,740', 32_740],
    ['1,234.5', 1234.5],
    ['98.6', 98.6],
  ])('%s → %d', (written, value) => {
    expect(parseChineseNumeral(written)).toBe(value);
  });

  it.each(['', '万', '万一', '一二百', '百十', '十百', '亿万', 'abc', '1,2345', '三点', '点五', '1万2千'])('rejects %j', (written) => {
    expect(parseChineseNumeral(written)).toBeNull();
  });
});

describe('findNumbers: counts with units', () => {
  it('reads each count of a sentence with its unit', () => {
    expect(brief('受理普通行政复议案件46件,涉政府复议案件24件,年内办结49件')).toEqual([
      ['46件', 46, '件', 'exact'],
      ['24件', 24, '件', 'exact'],
      ['49件', 49, '件', 'exact'],
    ]);
    expect(brief('审结行政复议案件130件')).toEqual([['130件', 130, '件', 'exact']]);
  });

  it('takes the longest unit: 件次 before 件, 人次 before 人, 个工作日 before 个', () => {
    expect(brief('依法依规办理群众信访事项2300件次')).toEqual([['2300件次', 2300, '件次', 'exact']]);
    expect(brief('累计出动151879人次')).toEqual([['151879人次', 151_879, '人次', 'exact']]);
    expect(brief('节省企业办理时间266个工作日')).toEqual([['266个工作日', 266, '个工作日', 'exact']]);
    expect(brief('接待省内外观摩学习22批次')).toEqual([['22批次', 22, '批次', 'exact']]);
  });

  it('keeps a number without a unit, ending before the clause comma', () => {
    const mentions = found('成功调处各类民间矛盾纠纷2973,涉及金额6308.73万元,其中重大疑难复杂纠纷47件');
    expect(mentions.map((m) => [m.text, m.value, m.unit])).toEqual([
      ['2973', 2973, null],
      ['6308.73万元', 6308.73, '万元'],
      ['47件', 47, '件'],
    ]);
  });

  it('reads a 万 or 亿 that a spaced page puts after the space (「挽回经济损失 27.4 万元」)', () => {
    const mentions = found('挽回经济损失 27.4 万元,受理 537 件,涉及 1.2 亿元');
    expect(mentions.map((m) => [m.text, m.value, m.unit])).toEqual([
      ['27.4 万元', 27.4, '万元'],
      ['537 件', 537, '件'],
      ['1.2 亿元', 12000, '万元'],
    ]);
    // A 万 that counts something else is left alone: 「3 万人」 is thirty thousand people.
    expect(values('服务群众 3 万人次')).toEqual([30_000]);
  });

  it('reads thousands separators only as 1–3 digits then groups of three', () => {
    expect(values('调阅案卷32,740件')).toEqual([32_740]);
    expect(values('涉及金额1,234.5万元')).toEqual([1234.5]);
    expect(values('共计1,234,567人次')).toEqual([1_234_567]);
    // The comma of "２９７３，７４０" is a clause comma: 2973 is four digits.
    expect(values('纠纷2973,740件')).toEqual([2973, 740]);
    expect(values('受理案件46件,24件')).toEqual([46, 24]);
    // Full-width digits and comma fold the same way.
    expect(values('调阅案卷３２，７４０件')).toEqual([32_740]);
  });

  it('reads spaces between a number and its unit', () => {
    expect(brief('开展专项调研课题 21 个')).toEqual([['21 个', 21, '个', 'exact']]);
    expect(brief('整改期限3个月')).toEqual([['3个月', 3, '个月', 'exact']]);
  });

  it('reads the unit after a Chinese numeral', () => {
    expect(brief('依法治区委员会组织召开了两次会议,委员会办公室召开了四次会议')).toEqual([
      ['两次', 2, '次', 'exact'],
      ['四次', 4, '次', 'exact'],
    ]);
    expect(brief('化解十余件')).toEqual([['十余件', 10, '件', 'approx']]);
    expect(brief('培训一百二十人')).toEqual([['一百二十人', 120, '人', 'exact']]);
    expect(brief('受众五百余人')).toEqual([['五百余人', 500, '人', 'approx']]);
  });
  it('reads a lone 百/千/万 as a round amount when a bound or an about goes with it', () => {
    expect(brief('全年举办法治讲座近百场')).toEqual([['近百场', 100, '场', 'approx']]);
    expect(brief('开展普法活动百余场次')).toEqual([['百余场次', 100, '场次', 'approx']]);
    expect(brief('调处纠纷千余件')).toEqual([['千余件', 1000, '件', 'approx']]);
    expect(brief('解答咨询逾千人次')).toEqual([['逾千人次', 1000, '人次', 'at_least']]);
    expect(brief('办理案件超万件')).toEqual([['超万件', 10_000, '件', 'at_least']]);
    expect(brief('挽回损失近百万元')).toEqual([['近百万元', 100, '万元', 'approx']]);
    // Words and vague amounts stay words: 百姓, 千家万户, 万人受援率, 数百人, 附近万达.
    expect(brief('百姓满意,千家万户受益')).toEqual([]);
    expect(brief('万人受援率为4.86')).toEqual([['4.86', 4.86, null, 'exact']]);
    expect(brief('参加活动数百人')).toEqual([]);
    expect(brief('附近万达广场3处')).toEqual([['3处', 3, '处', 'exact']]);
  });
});

describe('findNumbers: multipliers and money', () => {
  it('multiplies counts by 万 and 亿', () => {
    expect(brief('发放各类普法宣传资料近13万份')).toEqual([['近13万份', 130_000, '份', 'approx']]);
    expect(brief('线上同步活动26万余人点赞')).toEqual([['26万余人', 260_000, '人', 'approx']]);
    expect(brief('受教育群众超1.5万人次')).toEqual([['超1.5万人次', 15_000, '人次', 'at_least']]);
    expect(brief('公开行政执法数据107万余个')).toEqual([['107万余个', 1_070_000, '个', 'approx']]);
    expect(brief('惠及群众十余万人')).toEqual([['十余万人', 100_000, '人', 'approx']]);
    expect(brief('服务五万人')).toEqual([['五万人', 50_000, '人', 'exact']]);
    expect(brief('服务三点五万人')).toEqual([['三点五万人', 35_000, '人', 'exact']]);
  });

  it('reports money written with 万 or 亿 in 万元 and plain 元 as written', () => {
    expect(brief('挽回经济损失710.99万元')).toEqual([['710.99万元', 710.99, '万元', 'exact']]);
    expect(brief('以每年5万元的价格购买')).toEqual([['5万元', 5, '万元', 'exact']]);
    expect(brief('投入1.2亿元')).toEqual([['1.2亿元', 12_000, '万元', 'exact']]);
    expect(brief('追回欠薪130余万元')).toEqual([['130余万元', 130, '万元', 'approx']]);
    expect(brief('罚款300元')).toEqual([['300元', 300, '元', 'exact']]);
    expect(brief('罚款5千元')).toEqual([['5千元', 5000, '元', 'exact']]);
    expect(brief('投入五万元')).toEqual([['五万元', 5, '万元', 'exact']]);
    expect(brief('投入一千二百万元')).toEqual([['一千二百万元', 1200, '万元', 'exact']]);
    expect(brief('投入2000多万元')).toEqual([['2000多万元', 2000, '万元', 'approx']]);
    expect(brief('罚没款5万余元')).toEqual([['5万余元', 5, '万元', 'approx']]);
  });
});

describe('findNumbers: percentages', () => {
  it('reads percent signs, decimals and 百分之', () => {
    const mentions = found('万人受援率30.54%,挽回经济损失710.99万元');
    expect(mentions.map((m) => [m.text, m.value, m.isPercent, m.unit])).toEqual([
      ['30.54%', 30.54, true, '%'],
      ['710.99万元', 710.99, false, '万元'],
    ]);
    expect(values('矛盾纠纷化解率达到98.6%')).toEqual([98.6]);
    expect(values('全程网办率99.7%')).toEqual([99.7]);
    expect(values('出庭应诉率实现100%')).toEqual([100]);
    expect(brief('满意率达到百分之九十五')).toEqual([['百分之九十五', 95, '%', 'exact']]);
    expect(found('满意率达到百分之九十五')[0]!.isPercent).toBe(true);
    expect(values('百分之百')).toEqual([100]);
    expect(values('百分之九十五点五')).toEqual([95.5]);
    expect(values('出庭率１００％')).toEqual([100]);
  });

  it('reads rates and counts in one sentence', () => {
    const mentions = found('今年共受理调处矛盾纠纷208起,调处成功194起,受理率达100%,调处成功率达93%');
    expect(mentions.map((m) => [m.value, m.unit, m.isPercent])).toEqual([
      [208, '起', false],
      [194, '起', false],
      [100, '%', true],
      [93, '%', true],
    ]);
  });

  it('reads qualifiers around a percentage', () => {
    expect(brief('持证比例超过95%')).toEqual([['超过95%', 95, '%', 'at_least']]);
    expect(brief('全程网办率达到85%以上')).toEqual([['85%以上', 85, '%', 'at_least']]);
    expect(brief('案件办理周期压缩50%左右')).toEqual([['50%左右', 50, '%', 'approx']]);
  });

  it('reads 个百分点 as a unit, not as a percentage', () => {
    const [mention] = found('同比提高2.5个百分点');
    expect(mention).toMatchObject({ value: 2.5, unit: '个百分点', isPercent: false, text: '2.5个百分点' });
    expect(brief('提高一个百分点')).toEqual([['一个百分点', 1, '个百分点', 'exact']]);
  });

  it('reads per mille as its own unit', () => {
    expect(found('发案率3.5‰').map((m) => [m.value, m.unit, m.isPercent])).toEqual([[3.5, '‰', false]]);
  });
});

describe('findNumbers: changes', () => {
  it('reads "由X提升至Y" as one mention of Y with previous X', () => {
    const text = normalizeForMatching('勘验一次性通过率由53.4%提升至95%');
    const mentions = findNumbers(text);
    expect(mentions).toHaveLength(1);
    const [m] = mentions;
    expect(m).toMatchObject({ value: 95, previous: 53.4, isPercent: true, text: '由53.4%提升至95%', qualifier: 'exact' });
    expect(text.slice(m!.numberStart, m!.numberEnd)).toBe('95');
  });

  it('reads "从X提高到Y" and other verbs', () => {
    expect(found('办结率从80%提高到了96%').map((m) => [m.value, m.previous])).toEqual([[96, 80]]);
    expect(found('审批时限由20个工作日压缩至5个工作日').map((m) => [m.value, m.previous, m.unit])).toEqual([[5, 20, '个工作日']]);
    expect(found('满意度由95提高到98.5').map((m) => [m.value, m.previous])).toEqual([[98.5, 95]]);
  });

  it('reads a change with a short 的-phrase before either number', () => {
    expect(brief('审批时限由原来的30个工作日压缩至5个工作日')).toEqual([['由原来的30个工作日压缩至5个工作日', 5, '个工作日', 'exact']]);
    expect(found('行政诉讼案件数量从2021年的45件下降到2022年的38件').map((m) => [m.value, m.previous])).toEqual([[38, 45]]);
    // A 的 after the second number does not move it.
    expect(found('通过率由53.4%提升至95%的水平').map((m) => [m.value, m.previous])).toEqual([[95, 53.4]]);
  });

  it('keeps a number after 由 that opens no change', () => {
    expect(brief('每天由1名县级领导坐班接访')).toEqual([['1名', 1, '名', 'exact']]);
    expect(brief('通过率由53.4%提升,全年办结46件')).toEqual([
      ['53.4%', 53.4, '%', 'exact'],
      ['46件', 46, '件', 'exact'],
    ]);
  });
});

describe('findNumbers: qualifiers', () => {
  it.each([
    [
      '提供司法咨询60余次,专题培训600余人次',
      [
        ['60余次', 60, '次', 'approx'],
        ['600余人次', 600, '人次', 'approx'],
      ],
    ],
    ['开展专题学习40余场', [['40余场', 40, '场', 'approx']]],
    ['参与群众2000多人', [['2000多人', 2000, '人', 'approx']]],
    ['约300人参加', [['约300人', 300, '人', 'approx']]],
    ['参加人员30人左右', [['30人左右', 30, '人', 'approx']]],
    ['受理案件逾200件', [['逾200件', 200, '件', 'at_least']]],
    ['培训不少于3次', [['不少于3次', 3, '次', 'at_least']]],
    ['办理时限不超过5个工作日', [['不超过5个工作日', 5, '个工作日', 'at_most']]],
    ['罚款10万元以下', [['10万元以下', 10, '万元', 'at_most']]],
    ['投诉不足10件', [['不足10件', 10, '件', 'at_most']]],
    ['控制在3天以内', [['3天以内', 3, '天', 'at_most']]],
    ['参会人员将近100人', [['将近100人', 100, '人', 'approx']]],
    ['参会人员不超3人', [['不超3人', 3, '人', 'at_most']]],
  ] as const)('%s', (sentence, expected) => {
    expect(brief(sentence)).toEqual(expected);
  });

  it('does not read 近/约 at the end of another word as a qualifier', () => {
    expect(brief('签约3个项目')).toEqual([['3个', 3, '个', 'exact']]);
    expect(brief('指导修订村规民约2项')).toEqual([['2项', 2, '项', 'exact']]);
    expect(brief('就近3个服务点')).toEqual([['3个', 3, '个', 'exact']]);
  });

  it('reads 来 as "about" only before a unit', () => {
    expect(brief('十来人')).toEqual([['十来人', 10, '人', 'approx']]);
    expect(values('2021年以来')).toEqual([]);
  });
});

describe('findNumbers: what is not a quantity', () => {
  it.each([
    ['years and dates', '2022年,现将2022年度法治政府建设工作情况报告如下。3月18日,印发目录'],
    ['a year with spaces', '现将我镇 2022 年度法治政府建设工作的主要情况报告如下'],
    ['ISO dates and times', '发布日期:2023-01-13 10:19:38 浏览次数:'],
    ['run-together dates', '于1011日又进行了专题讲座。20209月全区普法任务完成'],
    ['a run-together date at the end', '长沙市芙蓉区司法局\n\n2021310\n'],
    ['ordinals', '〔2022〕第5次工委会议;第二次会议;第 3 名'],
    ['plenary sessions', '省委十一届三次、四次、五次、六次全会精神'],
    ['document numbers', '石发〔2016〕23号文件'],
    ['plan periods', '《法治中国建设规划(2021-2025年)》,提升行政执法质量三年行动计划(2023—2025年)'],
    ['a plan period outside a title', '2021至2025年'],
    ['index numbers', '索引号: 113708290043164240/2024-12449'],
    ['hotlines in quotes', '建立"12345"市民热线会商研究机制'],
    ['hotlines without quotes', '12345市民热线,12348公共法律服务热线,拨打12345反映'],
    ['a name in brackets', '启动81890(拨一拨就灵)人民调解服务专线'],
    ['a name in curly quotes', '打造“5180(我要帮您)”法务工作室'],
    ['list markers', '1. 履行党委职责\n2、依法科学指导\n(3)强化法律审查\n(一)学习贯彻\n完成;4.加强'],
    ['versions', '制定2.0方案,升级3.0版'],
    ['letters and plus signs', '全省首个5G智慧政务服务大厅,1+X"矛盾纠纷大调解,“10+1+13+370”模式,7×24小时'],
    ['minutes', '"15分钟法律服务圈"基本形成,实现15分钟政务服务圈全覆盖'],
    ['ages', '燕山二小14812岁学生'],
    ['rate bases', '每10万人拥有律师'],
    ['book titles', '《中国法治创新发展报告(2023)》'],
    ['phone numbers', '咨询电话0731-84686000,手机13812345678'],
    ['5·12', '在5·12防災減災日'],
    ['ranges of Chinese digits', '一两个,三五人'],
    ['vague Chinese numbers', '数十人,十几家,几百人'],
    ['dates written with a point', '截至2023.12,2021.03.11'],
  ])('%s', (_label, sentence) => {
    expect(brief(sentence)).toEqual([]);
  });

  it.each([
    '一是集体学习,二是组织培训',
    '一体推进会商研判',
    '开展"一把手"跟执法活动',
    '一村一法律顾问的作用',
    '持续抓好行政执法三项制度落实',
    '坚决做到两个维护,增强四个意识',
    '一次性化解率',
    '打造一站式服务',
    '推进五治融合',
    '实施十四五规划、八五普法规划',
    '党的二十大和十九届二中全会',
    '高效办成一件事,一件事一次办',
    '和他们一起',
    '化解了一批行政纠纷',
    '统一部署,唯一一家',
    '无一人投诉',
    '上一篇:下一篇:',
    '一方面,另一方面',
    '万人受援率',
    '千名律师进企业,千家万户',
    '零距离服务,零投诉',
    '十分重要,三分之一',
    '二人民医院',
    '五个一工程,一户一档',
    '新一轮改革,逐一落实',
    '全省上下联动',
    '作为一项重要工作,打造一支队伍,一条龙服务,一家人',
    '一点一滴,三点建议',
  ])('no number in %s', (sentence) => {
    expect(found(sentence).filter((m) => !m.isPercent)).toEqual([]);
  });

  it('keeps counts next to words that are skipped', () => {
    expect(brief('3月18日,印发方案,审查文件180件')).toEqual([['180件', 180, '件', 'exact']]);
    expect(brief('〔2022〕第5次会议审议案件12件')).toEqual([['12件', 12, '件', 'exact']]);
    expect(brief('建立"12345"市民热线会商机制,受理热线工单29263件,回访满意度达100%')).toEqual([
      ['29263件', 29_263, '件', 'exact'],
      ['100%', 100, '%', 'exact'],
    ]);
  });

  it('does not let a lost quote mark hide the rest of a paragraph', () => {
    const sentence =
      '建立芙蓉区1+X”矛盾纠纷大调解工作机制,成功调处各类民间矛盾纠纷2973,涉及金额6308.73万元,其中重大疑难复杂纠纷47件,全部履行到位。精心开展法律援助服务,建立“12345”市民热线';
    expect(values(sentence)).toEqual([2973, 6308.73, 47]);
  });
});

describe('findNumbers: spans', () => {
  it('gives the numeral span inside the mention span', () => {
    const text = '发放各类普法宣传资料近13万份';
    const [m] = findNumbers(text);
    expect(m).toMatchObject({ text: '近13万份', numberStart: 11, numberEnd: 14 });
    expect(text.slice(m!.numberStart, m!.numberEnd)).toBe('13万');
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  });

  it('counts 余/多 and a 万 after them as part of the numeral', () => {
    const numerals = (text: string): string[] => findNumbers(text).map((m) => text.slice(m.numberStart, m.numberEnd));
    expect(numerals('化解十余件,点赞26万余人,惠及十余万人,参与2000多人,十来人')).toEqual(['十余', '26万余', '十余万', '2000多', '十来']);
  });

  it('reads only the window it is given, with offsets into the whole text', () => {
    const text = '受理普通行政复议案件46件,涉政府复议案件24件,年内办结49件';
    const window = findNumbers(text, 13, 26);
    expect(window.map((m) => [m.text, m.start])).toEqual([['24件', 21]]);
    for (const m of window) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
