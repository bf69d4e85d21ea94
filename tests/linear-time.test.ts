/**
 * Extraction time grows linearly with the text, however long its sentences and however many
 * numbers they hold (issue 9): a 1 MB report of one sentence dense with numbers took minutes when
 * each number rescanned its sentence (over 300 s before this test existed; ~4 s on one idle core
 * after). The bound is loose because the machine is shared; a quadratic stage exceeds it many times.
 */
import { describe, expect, it } from 'vitest';

import { worstCaseReport } from '../scripts/synthetic/worst-case';
import { extractReport } from '../src/extract';

const ONE_MB = 1_000_000;
const BOUND_MS = 60_000;

describe('linear time', () => {
  it(
    'extracts a 1 MB report of one sentence of mixed numbers within the bound, finding its figures',
    () => {
      const text = worstCaseReport(ONE_MB, 'mixed');
      expect(text.length).toBeGreaterThanOrEqual(ONE_MB);
      const started = performance.now();
      const report = extractReport(text);
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(BOUND_MS);
      // It still reads the sentence: the first clauses borrow 行政复议 from its opening words.
      expect(report.extractions.some((item) => item.indicator === 'review.received' && item.value === 12)).toBe(true);
    },
    2 * BOUND_MS,
  );
});

/**
 * Every stage near-linear on many shapes of long text (issue 20): a text four times as long takes
 * about four times as long, never sixteen. A ratio, not a time, so a busy machine does not fail it.
 */
const PATTERNS: Readonly<Record<string, string>> = {
  clauses: '受理行政复议案件46件,',
  comparisons: '同比增长12%,',
  subsets: '其中办结3件,',
  'other years': '2019年受理5件,',
  'bare verbs': '受理12件,',
  'bare digits': '审结复议案件4696,',
  numerals: '调解纠纷二十件,',
  brackets: '(含5件)',
  'listed parts': '其中道路交通12件、',
  'headings and rows': '项目 2021年 2022年\n执法案卷评查(卷) 214 236\n',
};

describe('linear time on every shape of text', () => {
  const timeOf = (unit: string, length: number): number => {
    const text = `某县2022年法治政府建设情况报告\n${unit.repeat(Math.ceil(length / unit.length))}`;
    const started = performance.now();
    extractReport(text);
    return performance.now() - started;
  };

  it.each(Object.entries(PATTERNS))(
    '%s: four times the text takes well under sixteen times as long',
    (_, unit) => {
      timeOf(unit, 20_000); // warm the code paths
      const small = timeOf(unit, 100_000);
      const large = timeOf(unit, 400_000);
      // Linear work gives ×4; quadratic ×16. The constant absorbs a shared machine's jitter.
      expect(large).toBeLessThan(8 * small + 500);
    },
    120_000,
  );
});
