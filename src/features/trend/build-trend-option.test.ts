import { describe, expect, it } from 'vitest';

import { fixtureDataset } from '../../../tests/fixtures/dataset/fixture';
import { buildTrendOption } from './build-trend-option';
import { deriveTrendState } from './trend-state';

const dataset = fixtureDataset();

type LineItem = '-' | { value: number; symbol: string; label: { formatter: string } };
const lines = (option: ReturnType<typeof buildTrendOption>) =>
  option.series as { type: string; name: string; connectNulls: boolean; data: LineItem[] }[];

describe('buildTrendOption', () => {
  const state = deriveTrendState(dataset, { indicator: 'legal_aid.cases', jurisdictions: ['430102', '370829'] })!;
  const option = buildTrendOption(state, { lang: 'zh' });

  it('puts consecutive years on a category axis', () => {
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['2020', '2021', '2022', '2023', '2024'] });
  });

  it('draws one unconnected line per jurisdiction with gaps as empty values', () => {
    expect(lines(option).map((s) => [s.type, s.name, s.connectNulls])).toEqual([
      ['line', '芙蓉区', false],
      ['line', '嘉祥县', false],
    ]);
    const furong = lines(option)[0]!.data;
    expect(furong.map((d) => (d === '-' ? '-' : d.value))).toEqual([323, '-', 350, '-', '-']);
    expect(furong[2]).toMatchObject({ label: { formatter: '≈350' } });
  });

  it('draws derived values as hollow points', () => {
    const rates = buildTrendOption(
      deriveTrendState(dataset, { indicator: 'mediation.success_rate', jurisdictions: ['430102', 'x-520330-taolin'] })!,
      { lang: 'zh' },
    );
    const [furong, taolin] = lines(rates);
    expect(furong!.data[2]).toMatchObject({ value: 95.83, symbol: 'emptyCircle' });
    expect(taolin!.data[2]).toMatchObject({ value: 93, symbol: 'circle' });
  });

  it('marks a department series in its name', () => {
    const mediation = buildTrendOption(
      deriveTrendState(dataset, { indicator: 'mediation.succeeded', jurisdictions: ['x-zibo-gaoxin'] })!,
      { lang: 'en' },
    );
    expect(lines(mediation)[0]!.name).toBe('淄博高新区 (Department report)');
  });

  it('describes every point, gaps included, for screen readers', () => {
    expect((option.aria as { label: { description: string } }).label.description).toBe(
      '折线图,法律援助案件,2020–2024年:芙蓉区: 2020 323 件,2021 缺,2022 ≈350 件,2023 缺,2024 缺;嘉祥县: 2020 缺,2021 缺,2022 缺,2023 2,138 件,2024 缺。',
    );
  });
});
