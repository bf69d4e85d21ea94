import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { overlayReviews } from '../../data/review-overlay';
import type { ReviewMark } from '../../data/schema';
import { buildCompareOption } from './build-compare-option';
import { chartLines, deriveCompareState } from './compare-state';

const corrected: ReviewMark = {
  status: 'corrected',
  decision: 'correct',
  decisionId: 'd-1',
  reviewer: '王审核',
  reviewedAt: '2025-03-01T09:30:00.000Z',
  note: '以司法局年报为准',
  original: { indicator: 'legal_aid.cases', value: 2183, qualifier: 'exact', scope: 'own' },
};

describe('buildCompareOption with reviewed values', () => {
  const base = fixtureDataset();
  const jiaxiang = base.reportById.get('370829-2023')!;
  const dataset = overlayReviews(
    base,
    new Map([[jiaxiang.id, { ...jiaxiang.values, 'legal_aid.cases': { ...jiaxiang.values['legal_aid.cases']!, review: corrected } }]]),
  );
  // Each place's latest report, so that 嘉祥县's 2023 report is drawn beside the others.
  const state = deriveCompareState(dataset, {
    indicator: 'legal_aid.cases',
    year: 'latest',
    province: null,
    city: null,
    level: null,
    body: 'all',
    perCapita: false,
  })!;
  const option = buildCompareOption(state, { lang: 'zh' });
  const lines = chartLines(state);
  const data = (option.series as { data: { label: { formatter: string } }[] }[])[0]!.data;
  // The chart's lines are group headers and bars: the bars, by place.
  const bars = new Map(
    lines.flatMap((line, i) =>
      line.kind === 'bar' && line.row ? [[line.row.name, { label: data[i]!.label.formatter, index: i }] as const] : [],
    ),
  );

  it('says the status in the bar label, only for reviewed values', () => {
    expect([...bars.keys()].sort()).toEqual(['嘉祥县', '芙蓉区'].sort());
    expect(bars.get('嘉祥县')?.label).toBe('2,138 · 已更正');
    const others = [...bars].filter(([name]) => name !== '嘉祥县').map(([, bar]) => bar.label);
    expect(others).toContain('≈350');
    for (const label of others) expect(label).not.toMatch(/已核实|已更正|人工添加/);
  });

  it("gives the reviewer, the date, the extractor's original and the note in the tooltip", () => {
    const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter;
    const html = formatter({ dataIndex: bars.get('嘉祥县')!.index });
    expect(html).toContain('已更正:王审核,2025-03-01');
    expect(html).toContain('提取器原值:2,183 件');
    expect(html).toContain('备注:以司法局年报为准');
    expect(formatter({ dataIndex: bars.get('芙蓉区')!.index })).not.toContain('王审核');
  });
});

describe('peer medians and ranks over reviewed values', () => {
  const base = fixtureDataset();
  const gaoling = base.reportById.get('610117-2022')!;
  const ui = { indicator: 'legal_aid.cases', year: 2022, province: null, city: null, level: null, body: 'all', perCapita: false } as const;
  const peersOf = (dataset: typeof base) =>
    Object.fromEntries(
      deriveCompareState(dataset, ui)!.reported.map((row) => [
        row.name,
        { median: row.peer?.median ?? null, rank: row.peer?.rank ?? null, reporting: row.peer?.reporting ?? null },
      ]),
    );

  it('as extracted: 芙蓉区 ≈350 and 高陵区 296 are one group of two', () => {
    expect(peersOf(base)).toEqual({ 芙蓉区: { median: 323, rank: 1, reporting: 2 }, 高陵区: { median: 323, rank: 2, reporting: 2 } });
  });

  it("a corrected value counts with the person's figure", () => {
    const review: ReviewMark = { ...corrected, original: { indicator: 'legal_aid.cases', value: 296, qualifier: 'exact', scope: 'own' } };
    const dataset = overlayReviews(
      base,
      new Map([[gaoling.id, { ...gaoling.values, 'legal_aid.cases': { ...gaoling.values['legal_aid.cases']!, value: 500, review } }]]),
    );
    expect(peersOf(dataset)).toEqual({ 高陵区: { median: 425, rank: 1, reporting: 2 }, 芙蓉区: { median: 425, rank: 2, reporting: 2 } });
  });

  it('a rejected value is no value: it leaves the group, which then has no median', () => {
    const { 'legal_aid.cases': _rejected, ...rest } = gaoling.values;
    const dataset = overlayReviews(base, new Map([[gaoling.id, rest]]));
    const state = deriveCompareState(dataset, ui)!;
    expect(state.reported.map((row) => row.name)).toEqual(['芙蓉区']);
    expect(state.notReported.map((row) => row.name)).toContain('高陵区');
    expect(state.reported[0]!.peer).toMatchObject({ median: null, reporting: 1 });
  });
});
