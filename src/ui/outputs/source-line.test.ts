import { describe, expect, it } from 'vitest';

import { fixtureIndex } from '../../../tests/fixtures/dataset/fixture';
import { buildDataset, syntheticReportCount } from '../../data/dataset';
import { loadLanguage, translator } from '../i18n/i18n';
import { chartSourceLine } from './source-line';

// The English of the landing view's and the shell's words loads on demand (src/ui/i18n/i18n.ts).
await loadLanguage('en');

describe('chartSourceLine', () => {
  const index = fixtureIndex();
  const real = buildDataset(index);
  const demo = buildDataset({ ...index, reports: index.reports.map((report, i) => (i === 0 ? { ...report, synthetic: true } : report)) });

  it('says an image holds generated numbers whenever the data has a synthetic report', () => {
    expect(syntheticReportCount(real)).toBe(0);
    expect(syntheticReportCount(demo)).toBe(1);
    const zh = translator('zh');
    expect(chartSourceLine(zh, real, '2026-12-06')).toBe(zh('chartSource', { date: '2026-12-06' }));
    expect(chartSourceLine(zh, demo, '2026-12-06')).toBe(`${zh('chartSource', { date: '2026-12-06' })} · 合成演示数据,并非真实报告`);
    expect(chartSourceLine(translator('en'), demo, '2026-12-06')).toMatch(/· synthetic demo data, not real reports$/);
  });
});
