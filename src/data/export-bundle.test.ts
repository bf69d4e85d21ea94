import { strFromU8, strToU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { fixtureDataset, fixtureDetail } from '../../tests/fixtures/dataset/fixture';
import { BOM } from './csv';
import { buildReadme, buildZip, exportFileNames, type ExportMeta, tidyCsv, tidyJson } from './export-bundle';
import type { DetailFile } from './schema';
import { allValueRefs, buildTidyRows, TIDY_COLUMNS, type TidyRow } from './tidy-rows';

const dataset = fixtureDataset();
const details = new Map<string, DetailFile | null>(
  dataset.index.reports.map((report) => [report.detailPath, fixtureDetail(report.detailPath)]),
);
const rows = buildTidyRows(dataset, allValueRefs(dataset), details);
const meta: ExportMeta = {
  scope: 'all',
  fileBase: 'fazhi-atlas_all',
  generatedAt: new Date('2025-03-01T08:00:00Z'),
  url: 'http://example.test/?indicator=legal_aid.cases',
  description: '横向比较 · 法律援助案件',
  failed: [],
};

/** What a spreadsheet or pandas reads back: every field as text. */
const asText = (row: TidyRow) =>
  Object.fromEntries(TIDY_COLUMNS.map((column) => [column, row[column] === null ? '' : String(row[column])]));

describe('tidyCsv', () => {
  it('parses back to exactly the rows (BOM first, quotes and commas in quotes survive)', () => {
    // A quote with a comma, ASCII double quotes and a line break, as report text may have.
    const hostile: TidyRow = { ...rows[0]!, quote: '他说:"办结,率"达到\r\n100%', section: 'a,"b"' };
    const csv = tidyCsv([...rows, hostile]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('"他说:""办结,率""达到\r\n100%"');
    const parsed = Papa.parse<Record<string, string>>(csv.slice(BOM.length), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...TIDY_COLUMNS]);
    expect(parsed.data).toEqual([...rows, hostile].map(asText));
  });
});

describe('tidyJson', () => {
  it('is the rows, numbers as numbers', () => {
    const parsed = JSON.parse(tidyJson(rows)) as TidyRow[];
    expect(parsed).toEqual(rows);
    expect(typeof parsed[0]!.value).toBe('number');
  });
});

describe('buildReadme', () => {
  it('says when it was generated, what each column means, the definitions and how to cite', () => {
    const readme = buildReadme(dataset, rows, meta);
    expect(readme).toContain('2025-03-01T08:00:00.000Z');
    for (const column of TIDY_COLUMNS) expect(readme).toContain(`| \`${column}\` |`);
    expect(readme).toContain('`legal_aid.cases` | 法律援助案件 / Legal-aid cases');
    expect(readme).toContain(dataset.indicatorById.get('legal_aid.cases')!.definition.zh);
    expect(readme).toContain('How to cite');
    expect(readme).toContain(meta.url);
    expect(readme).not.toContain('Quotes that could not be loaded');
    expect(readme).not.toContain('Synthetic demo data');
  });

  it('says at the top how many values come from generated (synthetic) reports', () => {
    expect(rows.length).toBeGreaterThan(3);
    const marked = rows.map((row, i) => (i < 3 ? { ...row, synthetic: true } : row));
    const readme = buildReadme(dataset, marked, meta);
    expect(readme).toContain('**合成演示数据 / Synthetic demo data**: 3 个数值摘自程序生成的合成报告');
    expect(readme.indexOf('Synthetic demo data')).toBeLessThan(readme.indexOf('## 文件 / Files'));
  });

  it('writes names, titles and file names as text: no markup, link or table break gets through', () => {
    const hostile = {
      ...dataset.index.reports[0]!,
      title: '<script>alert(1)</script> [点此](javascript:alert(1)) | x',
      sourceFile: '=cmd|x.txt',
    };
    const index = { ...dataset.index, reports: [hostile, ...dataset.index.reports.slice(1)] };
    const readme = buildReadme({ ...dataset, index }, rows, meta);
    expect(readme).not.toContain('<script>');
    // Only an unescaped "](" makes a link.
    expect(readme).not.toMatch(/[^\\]\]\(javascript:/);
    expect(readme).toContain('\\<script\\>alert(1)\\</script\\> \\[点此\\](javascript:alert(1)) \\| x');
  });

  it('names the reports whose quotes could not be loaded', () => {
    const failed = [dataset.reportById.get('430102-2022')!];
    const readme = buildReadme(dataset, rows, { ...meta, failed });
    expect(readme).toContain('Quotes that could not be loaded');
    expect(readme).toContain('`430102-2022` (reports/430102/2022.json)');
  });

  it('does not change the rows: the data is the same whenever it is generated', () => {
    const later = { ...meta, generatedAt: new Date('2026-01-01T00:00:00Z') };
    const a = unzipSync(buildZip(dataset, rows, meta));
    const b = unzipSync(buildZip(dataset, rows, later));
    const names = exportFileNames('fazhi-atlas_all');
    expect(strFromU8(a[names.csv]!)).toBe(strFromU8(b[names.csv]!));
    expect(strFromU8(a[names.json]!)).toBe(strFromU8(b[names.json]!));
    expect(strFromU8(a[names.readme]!)).not.toBe(strFromU8(b[names.readme]!));
  });
});

describe('buildZip', () => {
  it('holds the README, the CSV and the JSON', () => {
    const files = unzipSync(buildZip(dataset, rows, meta));
    expect(Object.keys(files).sort()).toEqual(['README.md', 'fazhi-atlas_all.csv', 'fazhi-atlas_all.json']);
    // Byte for byte, BOM included (strFromU8, like TextDecoder, would drop the BOM).
    expect(files['fazhi-atlas_all.csv']).toEqual(strToU8(tidyCsv(rows)));
    expect([...files['fazhi-atlas_all.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(strFromU8(files['README.md']!)).toContain('# fazhi-atlas');
  });
});
