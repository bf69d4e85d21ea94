import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recogniseReport } from './recognise';

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
    expect(result.code).toBe('not_presented');
  });

  it('names the missing part: length, subject, structure', () => {
    expect(recogniseReport('法治政府建设情况的报告').reason).toMatch(/^only \d+ Chinese characters/);
    expect(recogniseReport('天气晴朗。'.repeat(100)).reason).toBe('it never mentions 法治政府建设 or 依法行政');
    const flat = `某区2020年度法治政府建设情况的报告\n${'法治政府建设稳步推进'.repeat(40)}`;
    expect(recogniseReport(flat).reason).toBe('it has no sections and too few paragraphs for a report');
  });

  it('gives each refusal a code an interface translates, and the count of Chinese characters', () => {
    expect(recogniseReport('法治政府建设情况的报告')).toMatchObject({ recognised: false, code: 'too_short', han: 11 });
    expect(recogniseReport('天气晴朗。'.repeat(100))).toMatchObject({ code: 'no_subject', han: 400 });
    expect(recogniseReport(`法治政府建设。${'天气晴朗。'.repeat(100)}`)).toMatchObject({ code: 'subject_once' });
    const flat = `某区2020年度法治政府建设情况的报告\n${'法治政府建设稳步推进'.repeat(40)}`;
    expect(recogniseReport(flat).code).toBe('no_structure');
    expect(recogniseReport(readFileSync(new URL('001_3803b543c87d1562.txt', CORPUS), 'utf8')).code).toBeNull();
  });
});
