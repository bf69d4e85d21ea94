import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureDetail } from '../../../tests/fixtures/dataset/fixture';
import {
  groupSections,
  markedExtractions,
  repeatsSectionTitle,
  reportValues,
  sectionLeaf,
  spansByParagraph,
  stepExtraction,
} from './report-state';

const dataset = fixtureDataset();
const detail = fixtureDetail('reports/x-520330-taolin/2022.json');

describe('report reader state', () => {
  it('groups consecutive paragraphs into sections with their kind', () => {
    const sections = groupSections(detail.paragraphs);
    expect(sections.map((s) => [s.title, s.kind, s.paragraphs.length])).toEqual([
      ['', 'other', 1],
      ['二、推进法治政府建设的主要举措和成效', 'results', 1],
      ['(六)依法化解社会矛盾纠纷情况', 'results', 2],
      ['三、推进法治政府建设存在的不足和原因', 'problems', 2],
      ['四、2023年推进法治政府建设的主要打算', 'plans', 2],
    ]);
  });

  it('knows when a heading paragraph only repeats its section path', () => {
    expect(sectionLeaf('二、党政主要负责人… / (一)学习贯彻习近平法治思想情况')).toBe('(一)学习贯彻习近平法治思想情况');
    const heading = { id: 'p1', section: '二、甲 / (一)乙', sectionKind: 'results' as const, text: '(一)乙', isHeading: true };
    const [section] = groupSections([heading]);
    expect(repeatsSectionTitle(heading, section!)).toBe(true);
    expect(repeatsSectionTitle({ ...heading, text: '(二)丙' }, section!)).toBe(false);
    expect(repeatsSectionTitle({ ...heading, isHeading: false }, section!)).toBe(false);
  });

  it('steps through quoted extractions in reading order, skipping derived ones', () => {
    const order = markedExtractions(detail);
    expect(order.map((e) => e.id)).toEqual(['e001', 'e002', 'e003']);
    expect(stepExtraction(order, null, 1)?.id).toBe('e001');
    expect(stepExtraction(order, null, -1)?.id).toBe('e003');
    expect(stepExtraction(order, 'e001', 1)?.id).toBe('e002');
    expect(stepExtraction(order, 'e001', -1)).toBeNull();
    expect(stepExtraction(order, 'e003', 1)).toBeNull();
    expect(stepExtraction(order, 'd001', 1)?.id).toBe('e001');
  });

  it('collects the spans to mark per paragraph', () => {
    expect(
      spansByParagraph(detail)
        .get('p004')
        ?.map((s) => s.id),
    ).toEqual(['e001', 'e002', 'e003']);
  });

  it('lists the report’s values in catalogue order with their extractions', () => {
    const report = dataset.reportById.get('x-520330-taolin-2022')!;
    expect(reportValues(dataset, report, detail).map((v) => [v.indicator.id, v.value.value, v.extraction?.id])).toEqual([
      ['mediation.cases', 208, 'e001'],
      ['mediation.succeeded', 194, 'e002'],
      ['mediation.success_rate', 93, 'e003'],
    ]);
  });
});
