import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureDetail } from '../../../tests/fixtures/dataset/fixture';
import { resolveSourceDetail, resolveSourceHeader } from './source-state';

const dataset = fixtureDataset();

const header = (source: string) => {
  const result = resolveSourceHeader(dataset, source);
  if (result.kind !== 'ok') throw new Error(result.kind);
  return result.header;
};

describe('resolveSourceHeader', () => {
  it('finds the report, place and indicator from the index alone', () => {
    const h = header('370829-2023/e001');
    expect([h.jurisdictionName, h.report.year, h.indicatorFromIndex?.id]).toEqual(['嘉祥县', 2023, 'legal_aid.cases']);
  });

  it('reports bad references and unknown reports as values', () => {
    expect(resolveSourceHeader(dataset, 'garbage')).toEqual({ kind: 'bad-ref', source: 'garbage' });
    expect(resolveSourceHeader(dataset, 'x-nowhere-2020/e001')).toEqual({
      kind: 'unknown-report',
      reportId: 'x-nowhere-2020',
    });
  });
});

describe('resolveSourceDetail', () => {
  it('gives the extraction with its paragraph, whose text at the offsets is the quote', () => {
    const result = resolveSourceDetail(dataset, header('370829-2023/e001'), fixtureDetail('reports/370829/2023.json'));
    if (result.kind !== 'ok') throw new Error(result.kind);
    const { extraction, paragraph, isPrimary } = result.detail;
    expect(isPrimary).toBe(true);
    expect(paragraph?.text.slice(extraction.start!, extraction.end!)).toBe('办理各类法律援助案件2138件');
  });

  it('gives a derived value’s formula inputs as quoted sources', () => {
    const result = resolveSourceDetail(dataset, header('430102-2022/d001'), fixtureDetail('reports/430102/2022.json'));
    if (result.kind !== 'ok') throw new Error(result.kind);
    expect(result.detail.extraction.formula).toBe('1150 / 1200 × 100');
    expect(result.detail.derivedFrom.map((q) => q.extraction.quote)).toEqual(['成功调处1150件', '受理矛盾纠纷1200件']);
  });

  it('says when the detail file lacks the extraction', () => {
    expect(resolveSourceDetail(dataset, header('370829-2023/e999'), fixtureDetail('reports/370829/2023.json'))).toEqual({
      kind: 'unknown-extraction',
      extractionId: 'e999',
    });
  });
});
