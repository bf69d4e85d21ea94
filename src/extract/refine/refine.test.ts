import { describe, expect, it } from 'vitest';

import type { IndicatorId } from '../catalogue';
import { extractReport } from '../pipeline';
import type { Extraction, SectionKind } from '../types';
import { deriveRates, type Located, refineDerivedRates } from './derive';
import { warnOnMetadata } from './metadata-warnings';
import type { Refinement } from './refiner';
import { checkConsistency, refinePrimaryValues, selectPrimaryValues } from './select';

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
    span: { start: 0, end: 1, text: 'x' },
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
        span: null,
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
    const { derived } = deriveRates(
      [at(extraction('mediation.cases', 200, { qualifier: 'approx' })), at(extraction('mediation.succeeded', 190))],
      ids(),
    );
    expect(derived).toEqual([]);
  });

  it('checks a stated rate against its counts instead of adding a computed one', () => {
    const counts = [at(extraction('mediation.cases', 208)), at(extraction('mediation.succeeded', 194))];
    expect(deriveRates([...counts, at(extraction('mediation.success_rate', 93, { unit: '%' }))], ids())).toEqual({
      derived: [],
      warnings: [],
    });
    const off = deriveRates([...counts, at(extraction('mediation.success_rate', 99, { unit: '%' }))], ids());
    expect(off.derived).toEqual([]);
    expect(off.warnings).toEqual([expect.objectContaining({ code: 'rate_disagrees_with_counts', paragraphId: 'p1' })]);
  });

  it('ignores counts outside results sections', () => {
    const { derived } = deriveRates(
      [
        at(extraction('mediation.cases', 200, { sectionKind: 'plans' })),
        at(extraction('mediation.succeeded', 190, { sectionKind: 'plans' })),
      ],
      ids(),
    );
    expect(derived).toEqual([]);
  });
});

describe('selectPrimaryValues', () => {
  it('takes the surest results candidate, reported before derived, and nothing from plans', () => {
    const sure = extraction('legal_aid.cases', 323, { confidence: 0.95 });
    const unsure = extraction('legal_aid.cases', 24, { confidence: 0.6 });
    const planned = extraction('litigation.head_appearance_rate', 100, { sectionKind: 'plans', unit: '%' });
    const derivedRate = extraction('mediation.success_rate', 95, { derived: true, confidence: 0.99, span: null });
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

  it('quotes a figure stated twice where it is first stated, when that reading is sure enough', () => {
    const first = extraction('review.corrected', 58, { confidence: 0.72 });
    const restated = extraction('review.corrected', 58, { confidence: 0.85 });
    const guess = extraction('enforcement.penalty_cases', 4, { confidence: 0.55 });
    const stated = extraction('enforcement.penalty_cases', 4, { confidence: 0.8 });
    const other = extraction('litigation.cases', 12, { confidence: 0.75 });
    const surer = extraction('litigation.cases', 14, { confidence: 0.85 });
    const values = selectPrimaryValues([first, restated, guess, stated, other, surer]);
    expect(values['review.corrected']).toEqual({ value: 58, qualifier: 'exact', derived: false, extractionId: first.id });
    // A reading too unsure to be a conflict's party lends no quote; another value is no statement of it.
    expect(values['enforcement.penalty_cases']?.extractionId).toBe(stated.id);
    expect(values['litigation.cases']?.extractionId).toBe(surer.id);
  });

  it('takes a restatement as the same figure only when its value, qualifier, variant and derivation are the same', () => {
    // A rate's fraction, a variant left out or written as null: the first statement is quoted.
    const rate = extraction('litigation.head_appearance_rate', 95.35, { unit: '%', confidence: 0.72 });
    const rateAgain = extraction('litigation.head_appearance_rate', 95.35, { unit: '%', confidence: 0.85, variant: undefined });
    // A rounded statement before the exact one, or the same figure of another variant, is another statement.
    const rounded = extraction('litigation.loss_rate', 3.2, { unit: '%', qualifier: 'approx', confidence: 0.72 });
    const exact = extraction('litigation.loss_rate', 3.2, { unit: '%', confidence: 0.85 });
    const lectures = extraction('review.corrected', 7, { confidence: 0.72, variant: 'lectures' });
    const plain = extraction('review.corrected', 7, { confidence: 0.85 });
    const values = selectPrimaryValues([rate, rateAgain, rounded, exact, lectures, plain]);
    expect(values['litigation.head_appearance_rate']?.extractionId).toBe(rate.id);
    expect(values['litigation.loss_rate']?.extractionId).toBe(exact.id);
    expect(values['review.corrected']?.extractionId).toBe(plain.id);
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

describe('scope in derivation and choice (catalogue v2)', () => {
  const ids = () => {
    let n = 0;
    return () => `d${(n += 1)}`;
  };

  it("never computes a rate from counts that are not the place's own", () => {
    const { derived } = deriveRates(
      [
        at(extraction('mediation.cases', 200, { scope: 'higher_level' })),
        at(extraction('mediation.succeeded', 190, { scope: 'higher_level' })),
      ],
      ids(),
    );
    expect(derived).toEqual([]);
    const cumulative = deriveRates(
      [at(extraction('mediation.cases', 200)), at(extraction('mediation.succeeded', 190, { scope: 'cumulative' }))],
      ids(),
    );
    expect(cumulative.derived).toEqual([]);
  });

  it('lets a stated own rate win over the computed one, and a 全市 rate not stand in its way', () => {
    const counts = [at(extraction('mediation.cases', 400), 0), at(extraction('mediation.succeeded', 390), 0)];
    const stated = deriveRates([...counts, at(extraction('mediation.success_rate', 97.8, { unit: '%' }), 1)], ids());
    expect(stated.derived).toEqual([]);
    const cityRate = deriveRates([...counts, at(extraction('mediation.success_rate', 99, { unit: '%', scope: 'higher_level' }), 1)], ids());
    expect(cityRate.derived).toEqual([expect.objectContaining({ indicator: 'mediation.success_rate', value: 97.5 })]);
  });

  it('never makes a value of another scope primary, however sure', () => {
    const values = selectPrimaryValues([
      extraction('review.received', 900, { scope: 'cumulative', confidence: 0.99 }),
      extraction('review.received', 40, { confidence: 0.6 }),
    ]);
    expect(values['review.received']).toMatchObject({ value: 40 });
    expect(selectPrimaryValues([extraction('review.received', 900, { scope: 'other_year' })])).toEqual({});
  });
});

describe('refiners share one signature', () => {
  const metadata = extractReport('某县2022年法治政府建设情况报告').metadata;
  const empty: Refinement = { metadata, extractions: [], sentenceOf: new Map(), values: {}, warnings: [] };

  it('adds metadata warnings to what came before', () => {
    const before = { ...empty, warnings: [{ code: 'rate_over_100' as const, message: 'x', paragraphId: null, indicators: [] }] };
    const after = warnOnMetadata({ ...before, metadata: { ...metadata, flags: ['no_year'] } });
    expect(after.warnings.map((warning) => warning.code)).toEqual(['rate_over_100', 'no_year']);
  });

  it('derives with the sentences the pipeline recorded, then chooses', () => {
    const cases = extraction('mediation.cases', 200);
    const succeeded = extraction('mediation.succeeded', 190);
    const state = {
      ...empty,
      extractions: [cases, succeeded],
      sentenceOf: new Map([
        [cases.id, 0],
        [succeeded.id, 0],
      ]),
    };
    const refined = refinePrimaryValues(refineDerivedRates(state));
    expect(refined.extractions).toHaveLength(3);
    expect(refined.values['mediation.success_rate']).toMatchObject({ value: 95, derived: true });
    const apart = refineDerivedRates({
      ...state,
      sentenceOf: new Map([
        [cases.id, 0],
        [succeeded.id, 1],
      ]),
    });
    expect(apart.extractions).toHaveLength(2);
  });
});
