/**
 * Golden tests on the five bundled real reports: every catalogue value their results sections
 * state (value, qualifier, the sentence that states it), their metadata, and values that must not
 * appear. The expectations are `corpus/<report>.gold.json`, beside each report, in the one format
 * of hand-checked labels (docs/eval-format.md; `npm run eval -- corpus` scores them too); they were
 * written by reading the reports, not by copying the extractor's output.
 */

import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { type GoldFile, isRight, labelProblems, parseGoldFile } from '../src/cli/eval-score';
import { type ExtractedReport, extractReport, type IndicatorId } from '../src/extract';

const CORPUS = new URL('../corpus/', import.meta.url);

interface Golden {
  readonly file: string;
  readonly text: string;
  readonly gold: GoldFile;
}

const GOLDEN: readonly Golden[] = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.gold.json'))
  .sort()
  .map((name) => {
    const file = name.replace(/\.gold\.json$/, '.txt');
    const parsed = parseGoldFile(readFileSync(new URL(name, CORPUS), 'utf8'));
    if ('error' in parsed) throw new Error(`corpus/${name}: ${parsed.error}`);
    return { file, text: readFileSync(new URL(file, CORPUS), 'utf8'), gold: parsed.gold };
  });

const reports = new Map<string, ExtractedReport>(GOLDEN.map((golden) => [golden.file, extractReport(golden.text)]));

describe('the golden labels', () => {
  it('label every bundled report, completely, with sentences verbatim from its text', () => {
    expect(GOLDEN.map((golden) => golden.file)).toEqual(
      readdirSync(CORPUS)
        .filter((name) => name.endsWith('.txt'))
        .sort(),
    );
    expect(GOLDEN).toHaveLength(5);
    for (const { file, text, gold } of GOLDEN) {
      expect(labelProblems(gold, text), file).toEqual([]);
      expect(gold.complete, file).toBe(true);
      expect(Object.keys(gold.metadata ?? {}).sort(), file).toEqual([
        'bodyKind',
        'city',
        'code',
        'jurisdiction',
        'level',
        'province',
        'published',
        'year',
      ]);
      expect(Object.keys(gold.values ?? {}).length, file).toBeGreaterThan(0);
    }
  });
});

describe.each(GOLDEN)('golden report $file', (golden) => {
  const report = reports.get(golden.file)!;

  const metadata = golden.gold.metadata!;
  const values = golden.gold.values ?? {};

  it('finds the metadata', () => {
    const found = report.metadata;
    expect(found.jurisdiction?.value).toBe(metadata.jurisdiction);
    expect(found.level?.value).toBe(metadata.level);
    expect(found.province?.value).toBe(metadata.province);
    expect(found.city?.value).toBe(metadata.city);
    expect(found.code?.value ?? null).toBe(metadata.code);
    expect(found.year?.value).toBe(metadata.year);
    expect(found.bodyKind).toBe(metadata.bodyKind);
    expect(found.published?.value ?? null).toBe(metadata.published);
  });

  it.each(Object.entries(values))('states %s', (indicator, expected) => {
    const primary = report.values[indicator as IndicatorId];
    expect(primary, `no value for ${indicator}`).toBeDefined();
    expect(primary!.value).toBe(expected.value);
    expect(primary!.qualifier).toBe(expected.qualifier ?? 'exact');
    expect(primary!.derived).toBe(false);
    const extraction = report.extractions.find((item) => item.id === primary!.extractionId)!;
    expect(extraction.sectionKind).toBe('results');
    // The quote lies in the labelled sentence (as `npm run eval` scores it).
    expect(isRight(report, indicator as IndicatorId, expected), `「${extraction.span?.text}」 in 「${expected.sentence}」`).toBe(true);
  });

  it('states nothing else as a value', () => {
    const expectedIds = Object.keys(values).sort();
    expect(Object.keys(report.values).sort()).toEqual(expectedIds);
    for (const indicator of golden.gold.absent ?? []) expect(report.values[indicator as IndicatorId]).toBeUndefined();
  });

  it('takes every value from a results section', () => {
    for (const primary of Object.values(report.values)) {
      const extraction = report.extractions.find((item) => item.id === primary!.extractionId)!;
      expect(extraction.sectionKind).toBe('results');
    }
  });
});

describe('targets and shortcomings', () => {
  it('reads "保持行政机关负责人出庭应诉率100%" in next year\'s plan as a plan, not a result', () => {
    const report = reports.get('000_c25541d65344bf67.txt')!;
    const planned = report.extractions.filter((item) => item.span?.text.includes('保持'));
    expect(planned.length).toBeGreaterThan(0);
    for (const item of planned) expect(item.sectionKind).toBe('plans');
    const chosen = report.extractions.find((item) => item.id === report.values['litigation.head_appearance_rate']!.extractionId)!;
    expect(chosen.span?.text).not.toContain('保持');
  });

  it("keeps the higher level's figures of 高陵区 (市人大常委会建议3件) out of its values", () => {
    const report = reports.get('002_12849fcba5aa186c.txt')!;
    const cityLevel = report.extractions.find((item) => item.indicator === 'oversight.npc_proposals' && item.value === 3);
    expect(cityLevel).toBeDefined();
    expect(cityLevel!.confidence).toBeLessThan(report.extractions.find((item) => item.value === 91)!.confidence);
  });

  it('checks the reported 93% of 桃林镇 against its counts 194/208 and finds them consistent', () => {
    const report = reports.get('004_497932fb36e948c2.txt')!;
    expect(report.warnings.filter((warning) => warning.code === 'rate_disagrees_with_counts')).toEqual([]);
    expect(report.extractions.some((item) => item.derived)).toBe(false);
  });

  it('warns that 芙蓉区 concluded more reconsiderations (49) than its ordinary cases received (46)', () => {
    const report = reports.get('001_3803b543c87d1562.txt')!;
    expect(report.warnings.map((warning) => warning.code)).toContain('concluded_exceeds_received');
  });
});
