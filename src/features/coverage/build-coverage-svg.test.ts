import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { buildCoverageSvg } from './build-coverage-svg';
import { deriveCoverageState } from './coverage-state';

const dataset = fixtureDataset();
const state = deriveCoverageState(dataset, { year: 'latest', province: null, city: null, level: null, body: 'all', group: null });
const text = { title: '披露覆盖 · 各地最新一年', subtitle: '全部层级 · 全部省份', source: '来源:fazhi-atlas' };

describe('buildCoverageSvg', () => {
  it('draws the grid on screen as text: places, indicators, values, 未报告 and counts', () => {
    const svg = buildCoverageSvg(state, 'indicators', 'zh', text);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    for (const words of [
      '披露覆盖 · 各地最新一年',
      '芙蓉区',
      '淄博高新区',
      '法律援助案件 (件)',
      '2,138',
      '未报告',
      '2/5',
      '来源:fazhi-atlas',
    ])
      expect(svg).toContain(words);
    // Every indicator is a row of text.
    for (const indicator of dataset.indicators) expect(svg).toContain(indicator.label.zh);
  });

  it('draws the transposed grid of a phone the same way round', () => {
    const review = deriveCoverageState(dataset, { year: 'latest', province: null, city: null, level: null, body: 'all', group: 'review' });
    const svg = buildCoverageSvg(review, 'places', 'zh', text);
    expect(svg).toContain('行政复议案件受理数');
    expect(svg).not.toContain('法律援助案件');
    expect(svg).toContain('高陵区 2024');
  });

  it('escapes text so that a place name can never break the document', () => {
    const hostile = { ...state, shownColumns: [{ ...state.shownColumns[0]!, name: '<script>&' }] };
    const svg = buildCoverageSvg(hostile, 'indicators', 'zh', text);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;&#38;');
  });
});
