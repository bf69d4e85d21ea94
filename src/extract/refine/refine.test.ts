import { describe, expect, it } from 'vitest';
import type { IndicatorId } from '../catalogue';
import { extractReport } from '../pipeline';
import type { Extraction, SectionKind } from '../types';
import { deriveRates, type Located } from './derive';
import { checkConsistency, selectPrimaryValues } from './select';

let counter = 0;
function extraction(indicator: IndicatorId, value: number, overrides: Partial<Extraction> = {}): Extraction {
  counter += 1;
  return {
    id: `e${counter}`,
    indicator,
    value,
    unit: '件',
    qualifier: 'exact',
    derived: false,
    paragraphId: 'p1',
    start: 0,
    end: 1,
    quote: 'x',
    sectionKind: 'results' as SectionKind,
    derivedFrom: [],
    confidence: 0.9,
    scope: 'own',
    wording: null,
    variant: null,
    ...overrides,
  };
}

function at(item: Extraction, sentence = 0): Located {
  return { extraction: item, sentence };
}

describe('deriveRates', () => {
  const ids = () => {
    let n = 0;
    return () => `d${(n += 1)}`;
  };

  it('computes a success rate from two counts of one sentence, marked derived with its sources', () => {
    const cases = extraction('mediation.cases', 200);
    const succeeded = extraction('mediation.succeeded', 190);
    const { derived, warnings } = deriveRates([at(cases), at(succeeded)], ids());
    expect(warnings).toEqual([]);
    expect(derived).toEqual([
      expect.objectContaining({
        indicator: 'mediation.success_rate',
        value: 95,
        derived: true,
        quote: null,
        start: null,
        derivedFrom: [succeeded.id, cases.id],
        formula: '190 / 200 × 100',
      }),
    ]);
  });

  it('never combines counts of different sentences (different scopes)', () => {
    const { derived } = deriveRates([at(extraction('mediation.cases', 4033), 0), at(extraction('mediation.succeeded', 174), 1)], ids());
    expect(derived).toEqual([]);
  });

  it('never combines approximate counts', () => {
    const { derived } = deriveRates([at(extraction('mediation.cases', 200, { qualifier: 'approx' })), at(extraction('mediation.succeeded', 190))], ids());
    expect(derived).toEqual([]);
  });

  it('checks a stated rate against its counts instead of adding a computed one', () => {
    const counts = [at(extraction('mediation.cases', 208)), at(extraction('mediation.succeeded', 194))];
    expect(deriveRates([...counts, at(extraction('mediation.success_rate', 93, { unit: '%' }))], ids())).toEqual({ derived: [], warnings: [] });
    const off = deriveRates([...counts, at(extraction('mediation.success_rate', 99, { unit: '%' }))], ids());
    expect(off.derived).toEqual([]);
    expect(off.warnings).toEqual([expect.objectContaining({ code: 'rate_disagrees_with_counts', paragraphId: 'p1' })]);
  });

  it('ignores counts outside results sections', () => {
    const { derived } = deriveRates([at(extraction('mediation.cases', 200, { sectionKind: 'plans' })), at(extraction('mediation.succeeded', 190, { sectionKind: 'plans' }))], ids());
    expect(derived).toEqual([]);
  });
});

describe('selectPrimaryValues', () => {
  it('takes the surest results candidate, reported before derived, and nothing from plans', () => {
    const sure = extraction('legal_aid.cases', 323, { confidence: 0.95 });
    const unsure = extraction('legal_aid.cases', 24, { confidence: 0.6 });
    const planned = extraction('litigation.head_appearance_rate', 100, { sectionKind: 'plans', unit: '%' });
    const derivedRate = extraction('mediation.success_rate', 95, { derived: true, confidence: 0.99, quote: null });
    const statedRate = extraction('mediation.success_rate', 93, { confidence: 0.9, unit: '%' });
    const values = selectPrimaryValues([unsure, sure, planned, derivedRate, statedRate]);
    expect(values['legal_aid.cases']).toEqual({ value: 323, qualifier: 'exact', derived: false, extractionId: sure.id });
    expect(values['litigation.head_appearance_rate']).toBeUndefined();
    expect(values['mediation.success_rate']?.extractionId).toBe(statedRate.id);
  });

  it('never takes a rate over 100 or a low-confidence guess', () => {
    const values = selectPrimaryValues([
      extraction('service.online_rate', 180, { unit: '%' }),
      extraction('notary.cases', 5, { confidence: 0.3 }),
    ]);
    expect(values).toEqual({});
  });
});

describe('checkConsistency', () => {
  it('warns of rates over 100, concluded above received and different values of one indicator', () => {
    const extractions = [
      extraction('service.online_rate', 180, { unit: '%' }),
      extraction('review.received', 46),
      extraction('review.concluded', 49),
      extraction('legal_aid.cases', 300),
      extraction('legal_aid.cases', 310, { paragraphId: 'p7' }),
    ];
    const codes = checkConsistency(extractions, selectPrimaryValues(extractions)).map((warning) => [warning.code, warning.paragraphId]);
    expect(codes).toEqual([
      ['rate_over_100', 'p1'],
      ['concluded_exceeds_received', 'p1'],
      ['conflicting_values', 'p7'],
    ]);
  });

  it('is quiet on a consistent report', () => {
    const extractions = [extraction('review.received', 50), extraction('review.concluded', 49)];
    expect(checkConsistency(extractions, selectPrimaryValues(extractions))).toEqual([]);
  });
});

describe('extractReport on a short report', () => {
  it('derives a rate the report implies and flags what it cannot find', () => {
    const report = extractReport('一、主要成效\n今年共受理调处矛盾纠纷200起,调处成功190起。\n二、下一步打算\n力争调解成功率达到99%。');
    expect(report.values['mediation.success_rate']).toMatchObject({ value: 95, derived: true });
    expect(report.values['mediation.cases']).toMatchObject({ value: 200, derived: false });
    expect(report.metadata.flags).toContain('no_year');
    expect(report.warnings.map((warning) => warning.code)).toContain('no_year');
  });

  it('returns no values and no crash on text that is not a report', () => {
    const report = extractReport('Hello, world. 1 2 3.');
    expect(report.values).toEqual({});
    expect(report.extractions).toEqual([]);
  });
});
