import { describe, expect, it } from 'vitest';

import { recogniseReport } from './recognise';

/**
 * Look-alikes of a report that a real reader refuses, each class in wordings, places and years of
 * its own (written for these tests; none is a fixture's text): a journalist's feature on several
 * years, a study's front matter, a court's or procuratorate's document on its trials.
 */

/** A report's body, long and on the subject, so that only the look-alike's own marks can refuse it. */
const BODY = [
  '一、坚持党的领导,统筹推进法治政府建设',
  '建立健全法治政府建设领导体制,每年召开专题会议研究法治政府建设工作,推动依法行政各项任务落地见效。',
  '二、深化行政执法改革,严格规范公正文明执法',
  '全面推行行政执法公示、执法全过程记录、重大执法决定法制审核制度,法治政府建设考核结果纳入领导班子实绩考核。',
  '三、强化行政权力制约监督,推进依法行政',
  '自觉接受人大监督和政协民主监督,认真办理人大代表建议和政协提案,依法行政水平持续提升。',
].join('\n');

describe('a journalist’s feature about the subject is news', () => {
  it.each([
    ['五年综述 under a news site’s chrome', '法润边疆 护航发展\n—— 察右前旗法治政府建设五年综述\n发布时间:2024年11月02日  来源:正北方网'],
    ['纪实 as the headline', '奋楫笃行绘新篇——松潘县推进法治政府建设纪实'],
    ['巡礼 of achievements', '法治之光照亮发展之路 ——肃北蒙古族自治县法治政府建设成就巡礼'],
    ['回眸 of a decade', '十年回眸:抚远市法治政府建设走笔'],
    ['侧记 of a campaign', '依法行政惠民生——龙胜各族自治县法治政府建设示范创建侧记'],
  ])('%s', (_case, head) => {
    expect(recogniseReport(`${head}\n${BODY}`)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('a media site named as the source refuses a text nothing presents as a report', () => {
    for (const source of ['来源:黑龙江法治网', '来源:阿坝新闻网', '来源:中国长安网', '来源:正北方网 法治网']) {
      const text = `法治建设持续推进\n${source}\n  近年来,全县上下深入推进法治政府建设,依法行政能力不断提升,法治政府建设取得新成效。\n${BODY}`;
      expect(recogniseReport(text), source).toMatchObject({ recognised: false, kind: 'news' });
    }
  });

  it('a report of the year, titled as one, stays a report though a news site reposts it', () => {
    const text = `海伦市2024年法治政府建设情况报告\n来源:黑龙江法治网\n${BODY}`;
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });
});

describe('a study’s front matter (摘要 and 关键词) refuses it as another kind of report', () => {
  it.each([
    ['摘要: / 关键词:', '摘要: 2018年以来,遵义市扎实推进法治政府建设,在行政执法规范化方面取得积极进展。\n关键词: 遵义市 法治政府 行政执法'],
    ['【摘要】 / 【关键词】', '【摘要】近年来,庆阳市以法治政府示范创建为抓手,推动依法行政。\n【关键词】法治政府;示范创建;庆阳'],
    ['内容提要: / 关键字:', '内容提要:本章梳理了汕尾市法治政府建设的主要成效与不足。\n关键字:汕尾 法治政府建设 评估'],
  ])('%s', (_case, front) => {
    expect(recogniseReport(`${front}\n${BODY}`)).toMatchObject({ recognised: false, kind: 'other_report' });
  });

  it('a portal’s 关键词 field or a digest’s 摘要 alone marks nothing', () => {
    const keywordsOnly = `通辽市2023年法治政府建设年度报告\n| 关键词 | 发布机构 | 通辽市人民政府 |\n${BODY}`;
    expect(recogniseReport(keywordsOnly)).toMatchObject({ recognised: true, kind: 'report' });
    const abstractOnly = `摘要:2023年,全市法治政府建设取得新进展。\n现将全市2023年法治政府建设情况报告如下:\n${BODY}`;
    expect(recogniseReport(abstractOnly)).toMatchObject({ recognised: true, kind: 'report' });
  });
});

describe('a court’s or procuratorate’s document on its work is another kind of report', () => {
  it.each([
    '2022年度广州行政审判白皮书',
    '杭州市中级人民法院2023年度行政案件司法审查报告',
    '2021年度重庆市检察机关行政检察工作白皮书',
    '关于全市法院行政审判工作情况的报告',
  ])('%s', (title) => {
    const text = `${title}\n一、2022年行政诉讼总体情况\n2022年,全市法院受理一审行政案件3120件,审结3098件,行政机关负责人出庭应诉率持续提高,促进依法行政。\n${BODY}`;
    expect(recogniseReport(text)).toMatchObject({ recognised: false, kind: 'other_report' });
  });

  it('news of such a document’s release is news', () => {
    for (const headline of ['广州中院发布2022年度行政审判白皮书', '市检察院召开新闻发布会通报2023年度行政检察工作白皮书']) {
      const text = `${headline}\n2023年,全市法院受理一审行政案件3120件,行政机关负责人出庭应诉率持续提高,促进依法行政。\n${BODY}`;
      expect(recogniseReport(text), headline).toMatchObject({ recognised: false, kind: 'news' });
    }
  });

  it('a government’s report on its duty toward the courts stays a report', () => {
    const text = `关于2023年度法治政府建设暨支持法院受理行政案件情况的报告\n2023年,全县深入推进依法行政,法治政府建设取得新成效。\n${BODY}`;
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });

  it('a justice bureau’s white paper on reconsideration stays a report', () => {
    const text = `南京市行政复议工作白皮书(2023)\n2023年,全市各级行政复议机关深入推进行政复议体制改革,依法行政水平持续提升。\n${BODY}`;
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
  });
});

describe('a scholar’s title is no place’s report, whatever report it studies', () => {
  it.each([
    ['…实证研究 under a case subtitle', '县级政府法治政府建设年度报告质量实证研究\n——以2020年度30份县级政府报告为样本'],
    ['…路径探析', '乡镇法治政府建设的困境与路径探析'],
    ['试论… opening', '试论法治政府建设年度报告的公开与监督'],
    ['…刍议', '县域法治政府建设考核评价指标刍议'],
  ])('%s', (_case, title) => {
    const text = `${title}\n(西南政法大学 行政法学院,重庆 401120)\n${BODY}`;
    expect(recogniseReport(text)).toMatchObject({ recognised: false });
  });

  it('a 关键词 line is a paper’s field, never its title, though its words say 报告 and 法治', () => {
    const text = `政府年度报告的规范化进路\n关键词:年度报告 法治 政府\n(中南大学 法学院,湖南 长沙 410083)\n${BODY}`;
    expect(recogniseReport(text)).toMatchObject({ recognised: false });
  });

  it('a place’s report titled with its year stays a report', () => {
    expect(recogniseReport(`论坛镇2023年法治政府建设工作报告\n${BODY}`)).toMatchObject({ recognised: true, kind: 'report' });
  });
});
