import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeReportTitle, recogniseReport } from './recognise';

const CORPUS = new URL('../../corpus/', import.meta.url);

/** A news item about the subject (headline, dateline, meeting prose), written for these tests. */
const NEWS_ARTICLE = readFileSync(new URL('../../tests/fixtures/ingest/news-article.txt', import.meta.url), 'utf8');

describe('recogniseReport', () => {
  it.each(readdirSync(CORPUS).filter((name) => name.endsWith('.txt')))('recognises corpus/%s', (file) => {
    expect(recogniseReport(readFileSync(new URL(file, CORPUS), 'utf8'))).toMatchObject({ recognised: true });
  });

  it('does not take a news item about the subject for a report, and says why', () => {
    const result = recogniseReport(NEWS_ARTICLE);
    expect(result.recognised).toBe(false);
    expect(result.reason).toMatch(/no title or opening presents it as a report/);
  });

  it('names the missing part: length, subject, structure', () => {
    expect(recogniseReport('法治政府建设情况的报告').reason).toMatch(/^only \d+ Chinese characters/);
    expect(recogniseReport('天气晴朗。'.repeat(100)).reason).toBe('it never mentions 法治政府建设 or 依法行政');
    const flat = `某区2020年度法治政府建设情况的报告\n${'法治政府建设稳步推进'.repeat(40)}`;
    expect(recogniseReport(flat).reason).toBe('it has no sections and too few paragraphs for a report');
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
