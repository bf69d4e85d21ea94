import { describe, expect, it } from 'vitest';

import { citationBibtex, citationFacts, citationText } from './citation';

const about = { schemaVersion: 1, catalogueVersion: 2, newestReportDate: '2024-02-28', dataVersion: '3d7fd6a775a6' } as const;
const input = { about, url: 'https://example.org/atlas/', accessed: '2026-12-06' };

describe('citation', () => {
  it('names the data’s version, date and catalogue, from about.json', () => {
    expect(citationText(input, 'en')).toBe(
      'fazhi-atlas (2024). Indicators of Chinese local governments’ annual rule-of-law reports (法治政府建设年度报告), data version 3d7fd6a775a6; reports up to 2024-02-28; indicator catalogue v2. https://example.org/atlas/. Accessed 2026-12-06.',
    );
    expect(citationText(input, 'zh')).toContain('数据版本 3d7fd6a775a6,报告截至 2024-02-28,指标目录第 2 版');
  });

  it('writes a BibTeX entry keyed by the version', () => {
    const bibtex = citationBibtex(input);
    expect(bibtex.split('\n')[0]).toBe('@misc{fazhi-atlas-3d7fd6a775a6,');
    expect(bibtex).toContain('  version = {3d7fd6a775a6},');
    expect(bibtex).toContain('  date = {2024-02-28},');
    expect(bibtex).toContain('  year = {2024},');
    expect(bibtex).toContain('  urldate = {2026-12-06},');
    expect(bibtex.endsWith('\n}')).toBe(true);
  });

  it('cites one indicator within the data', () => {
    const one = {
      ...input,
      indicator: { id: 'review.received', label: { zh: '行政复议案件受理数', en: 'Reconsideration cases received' } },
    };
    expect(citationText(one, 'en')).toContain('“Reconsideration cases received” (review.received). In: Indicators');
    expect(citationText(one, 'zh')).toContain('“行政复议案件受理数”(review.received),载于:');
    expect(citationBibtex(one).split('\n')[0]).toBe('@misc{fazhi-atlas-review-received-3d7fd6a775a6,');
  });

  it('says what an older folder did not record, and uses its time of extraction', () => {
    expect(citationFacts(null)).toEqual({ version: null, date: null, dateKind: null, catalogueVersion: null });
    expect(citationText({ ...input, about: null }, 'en')).toContain('data version not recorded');
    const older = { schemaVersion: 1, catalogueVersion: 1, generatedAt: '2023-05-01T10:00:00Z' } as const;
    expect(citationFacts(older)).toMatchObject({ date: '2023-05-01', dateKind: 'extracted' });
    expect(citationBibtex({ ...input, about: older })).not.toContain('version = {');
  });

  it('escapes what would end a BibTeX field', () => {
    expect(citationBibtex({ ...input, url: 'https://x/{a}' })).toContain('url = {https://x/\\{a\\}}');
  });
});
