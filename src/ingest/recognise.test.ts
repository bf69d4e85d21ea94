import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeReportTitle, recogniseReport } from './recognise';

const CORPUS = new URL('../../corpus/', import.meta.url);
const PAGES = new URL('../../tests/fixtures/corpus-pages/', import.meta.url);

/** A news item about the subject (headline, dateline, meeting prose), written for these tests. */
const NEWS_ARTICLE = readFileSync(new URL('../../tests/fixtures/ingest/news-article.txt', import.meta.url), 'utf8');

const txt = (folder: URL) => readdirSync(folder).filter((name) => name.endsWith('.txt'));

describe('recogniseReport', () => {
  it.each(txt(CORPUS))('recognises corpus/%s', (file) => {
    expect(recogniseReport(readFileSync(new URL(file, CORPUS), 'utf8'))).toMatchObject({ recognised: true, kind: 'report' });
  });

  it('recognises every real page opening, each only a first page', () => {
    const files = txt(PAGES);
    expect(files).toHaveLength(20);
    const refused = files.filter((file) => !recogniseReport(readFileSync(new URL(file, PAGES), 'utf8')).recognised);
    expect(refused).toEqual([]);
  });

  it('takes a title or an opening alone for a report, however short', () => {
    expect(recogniseReport('青浦区2023年度法治政府建设情况报告')).toMatchObject({ recognised: true, kind: 'report' });
    expect(recogniseReport('衢江区人民政府\n关于2022年度法治政府建设工作情况的报告\n2022年,我区坚持')).toMatchObject({ recognised: true });
    expect(recogniseReport('2021年,全县深入推进法治政府建设,现将有关情况报告如下:')).toMatchObject({ recognised: true });
    expect(recogniseReport('2024年,镇党委、镇政府高度重视法治政府建设,以“八五”普法为抓手').reason).toMatch(/^report opening/);
    expect(recogniseReport('雙流區2021年度法治政府建設情況報告\n2021年,全區').recognised).toBe(true);
  });

  it('refuses a news item about the subject, and says so', () => {
    const result = recogniseReport(NEWS_ARTICLE);
    expect(result).toMatchObject({ recognised: false, kind: 'news' });
    expect(result.reason).toMatch(/^a news item \(title: 芙蓉区召开2021年法治政府建设工作推进会\)/);
    const byline = `${'全县法治政府建设推进有力,依法行政水平不断提升。'.repeat(12)}\n(记者 张明 通讯员 李华)`;
    expect(recogniseReport(byline)).toMatchObject({ recognised: false, kind: 'news' });
  });

  it('refuses notices, plans, speeches and reports on other subjects, naming which', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['关于报送2023年度法治政府建设情况报告的通知\n各乡镇人民政府,县直各部门:\n现将有关事项通知如下。', 'notice'],
      ['关于印发《安化县2024年法治政府建设工作要点》的通知\n各乡镇:', 'notice'],
      ['荔湾区2024年法治政府建设工作要点\n2024年,全区法治政府建设工作的总体要求是:', 'plan'],
      ['在全市法治政府建设工作会议上的讲话\n同志们:2023年,全市法治政府建设取得新成效。', 'speech'],
      ['雁塔区2023年政府信息公开工作年度报告\n2023年,全区依法行政,现将有关情况报告如下。', 'other_report'],
      ['关于2023年度国有资产管理情况的报告\n现将2023年度国有资产管理情况报告如下,依法行政方面……', 'other_report'],
    ];
    for (const [text, kind] of cases) expect(recogniseReport(text), text).toMatchObject({ recognised: false, kind });
    expect(recogniseReport(cases[2]![0]).reason).toMatch(/^a plan \(title: 荔湾区2024年法治政府建设工作要点\)/);
  });

  it('accepts a report that attaches its plan after 暨, and one quoted under a notice', () => {
    expect(recogniseReport('蓬华镇2024年法治政府建设报告暨2025年工作计划').recognised).toBe(true);
    expect(recogniseReport('关于印发《宁乡市2023年法治政府建设情况报告》的通知\n宁乡市2023年法治政府建设情况报告\n2023年,全市…').recognised).toBe(true);
  });

  it('refuses what never names the subject, or names it but is too little to tell', () => {
    expect(recogniseReport('天气晴朗。'.repeat(100))).toMatchObject({ recognised: false, kind: 'off_subject', reason: 'it never mentions 法治政府建设 or 依法行政' });
    expect(recogniseReport('依法行政,很重要。')).toMatchObject({ recognised: false, kind: 'unpresented' });
    expect(recogniseReport('').recognised).toBe(false);
    // A long text on the subject that nothing presents as another kind of text is a report's body.
    const body = '一、主要举措\n(一)推进依法行政。全年审查规范性文件12件,法治政府建设考核优秀。\n'.repeat(10);
    expect(recogniseReport(body)).toMatchObject({ recognised: true, kind: 'report' });
  });
  it('counts the Chinese characters, the figure a "too little to tell" refusal names', () => {
    expect(recogniseReport('依法行政,很重要。')).toMatchObject({ recognised: false, kind: 'unpresented', han: 7 });
    expect(recogniseReport('天气晴朗。'.repeat(100)).han).toBe(400);
  });
});

describe('looksLikeReportTitle (links on listing pages)', () => {
  it('keeps titles of annual rule-of-law reports, in their many wordings and scripts', () => {
    for (const title of [
      '嘉祥县2023年度法治政府建设报告',
      '关于高陵区2024年法治政府建设情况的报告',
      '芙蓉区人民政府关于2020年度法治政府建设情况的报告',
      '市司法局2022年法治政府建设工作报告（全文）',
      '二〇二三年度法治政府建设年度报告',
      '高陵區2024年法治政府建設情況的報告',
      '《XX区2023年法治政府建设年度报告》',
      '淄博高新区群众工作部关于2022年度法治政府建设工作的报告',
    ]) {
      expect(looksLikeReportTitle(title), title).toBe(true);
    }
  });

  it('drops notices asking for reports, digests of them, news items and column names', () => {
    for (const title of [
      '关于报送2023年度法治政府建设情况报告的通知',
      '图解：2023年法治政府建设年度报告',
      '一图读懂《2023年法治政府建设年度报告》',
      '《2022年度法治政府建设报告》解读',
      '区政府常务会议审议《2023年法治政府建设报告》',
      '我区召开2021年法治政府建设工作推进会',
      '法治政府建设年度报告',
      '2023年度政府工作报告',
      '2023年法治政府建设工作要点',
    ]) {
      expect(looksLikeReportTitle(title), title).toBe(false);
    }
  });
});
