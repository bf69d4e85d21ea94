import { describe, expect, it } from 'vitest';

import { overlayReviews } from '../../data/review-overlay';
import type { ReviewMark } from '../../data/schema';
import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { buildCompareOption } from './build-compare-option';
import { deriveCompareState } from './compare-state';

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
  const dataset = overlayReviews(base, new Map([[jiaxiang.id, { ...jiaxiang.values, 'legal_aid.cases': { ...jiaxiang.values['legal_aid.cases']!, review: corrected } }]]));
  const state = deriveCompareState(dataset, { indicator: 'legal_aid.cases', year: null, province: null, level: null, body: 'all' })!;
  const option = buildCompareOption(state, { lang: 'zh' });
  const bars = (option.series as { data: { label: { formatter: string } }[] }[])[0]!.data;

  it('says the status in the bar label, only for reviewed values', () => {
    expect(bars.map((bar) => bar.label.formatter)).toEqual(['2,138 · 已更正', '≈350']);
  });

  it('gives the reviewer, the date, the extractor\'s original and the note in the tooltip', () => {
    const formatter = (option.tooltip as { formatter: (params: unknown) => string }).formatter;
    const html = formatter({ dataIndex: 0 });
    expect(html).toContain('已更正:王审核,2025-03-01');
    expect(html).toContain('提取器原值:2,183 件');
    expect(html).toContain('备注:以司法局年报为准');
    expect(formatter({ dataIndex: 1 })).not.toContain('王审核');
  });
});
