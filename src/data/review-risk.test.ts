import { describe, expect, it } from 'vitest';

import { fixtureIndex, manyPlaces } from '../../tests/fixtures/dataset/fixture';
import { compareReports } from './build-dataset';
import { buildCompactValues } from './compact';
import { buildCompact } from './review-risk';
import { assessmentLinksOf, assessValues, IndicatorAssessment, risksOf } from './review-risk';
import { type IndexFile, parseCompactReviewQueue, type PrimaryValueEntry, type ReportEntry, type ReviewMark } from './schema';

function withValue(index: IndexFile, reportId: string, indicator: string, change: Partial<PrimaryValueEntry>): IndexFile {
  return {
    ...index,
    reports: index.reports.map((report): ReportEntry =>
      report.id === reportId
        ? { ...report, values: { ...report.values, [indicator]: { ...report.values[indicator]!, ...change } } }
        : report,
    ),
  };
}

/** The assessment as `reportId|indicator → risks`, riskiest first. */
function ranked(index: IndexFile): [string, string[]][] {
  return assessValues(index).risky.map((value) => [
    `${index.reports[value.report]!.id}|${index.indicators[value.indicator]!.id}`,
    risksOf(value.risk),
  ]);
}

/** The fixture's values measured in a variant wording (化解率 and the like): risky as they are. */
const FIXTURE_VARIANTS: [string, string[]][] = [
  ['430102-2020|mediation.succeeded', ['variant']],
  ['610117-2022|mediation.success_rate', ['variant']],
  ['x-520330-taolin-2022|mediation.cases', ['variant']],
  ['x-520330-taolin-2022|mediation.succeeded', ['variant']],
  ['x-520330-taolin-2022|mediation.success_rate', ['variant']],
];

/** The fixture without its variant wordings: then no value of it is risky, and each test adds its own risk. */
function plainIndex(): IndexFile {
  const index = fixtureIndex();
  return {
    ...index,
    reports: index.reports.map((report) => ({
      ...report,
      values: Object.fromEntries(Object.entries(report.values).map(([indicator, value]) => [indicator, { ...value, variant: undefined }])),
    })),
  };
}

const REVIEW: ReviewMark = {
  status: 'confirmed',
  decision: 'confirm',
  decisionId: 'd-1',
  reviewer: '王审核',
  reviewedAt: '2025-03-01T09:30:00.000Z',
  note: null,
  original: null,
};

describe('assessValues', () => {
  it('ranks warnings, then low confidence, then variant wordings; values without risk are not listed', () => {
    expect(ranked(fixtureIndex())).toEqual(FIXTURE_VARIANTS);
    expect(ranked(plainIndex())).toEqual([]);
    let index = plainIndex();
    index = withValue(index, '610117-2024', 'review.concluded', { checks: ['concluded_exceeds_received'] });
    index = withValue(index, '370829-2023', 'publicity.events', { confidence: 0.55 });
    index = withValue(index, 'x-520330-taolin-2022', 'mediation.success_rate', { variant: '化解率' });
    expect(ranked(index)).toEqual([
      ['610117-2024|review.concluded', ['concluded_exceeds_received']],
      ['370829-2023|publicity.events', ['low_confidence']],
      ['x-520330-taolin-2022|mediation.success_rate', ['variant']],
    ]);
  });

  it("flags ten times (or a tenth of) the same place's value of the year before, not across a gap, not nine times", () => {
    // The fixture's 芙蓉区 reports are of 2020 and 2022: make the earlier one 2021's.
    const consecutive = {
      ...plainIndex(),
      reports: plainIndex().reports.map((report) => (report.id === '430102-2020' ? { ...report, year: 2021 } : report)),
    };
    const before = consecutive.reports.find((report) => report.id === '430102-2020')!.values['legal_aid.cases']!.value;
    for (const factor of [10, 0.1, 25]) {
      expect(ranked(withValue(consecutive, '430102-2022', 'legal_aid.cases', { value: before * factor }))).toEqual([
        ['430102-2022|legal_aid.cases', ['previous_year_jump']],
      ]);
    }
    expect(ranked(withValue(consecutive, '430102-2022', 'legal_aid.cases', { value: before * 9 }))).toEqual([]);
    expect(ranked(withValue(plainIndex(), '430102-2022', 'legal_aid.cases', { value: before * 25 }))).toEqual([]);
  });

  it('flags a value far outside its peers, only with enough of them', () => {
    const index = manyPlaces(12);
    const outlier = index.reports[0]!.id;
    expect(ranked(withValue(index, outlier, 'legal_aid.cases', { value: 900_000 }))).toEqual([
      [`${outlier}|legal_aid.cases`, ['peer_outlier']],
    ]);
    const few = manyPlaces(4);
    expect(ranked(withValue(few, few.reports[0]!.id, 'legal_aid.cases', { value: 900_000 }))).toEqual([]);
  });

  it('lists the values the data folder has reviewed, and writes all of it as the queue file the schema reads', () => {
    const index = withValue(plainIndex(), '370829-2023', 'legal_aid.cases', { review: REVIEW, confidence: 0.6 });
    const { reviewed } = assessValues(index);
    expect(reviewed.map(([r, i]) => `${index.reports[r]!.id}|${index.indicators[i]!.id}`)).toEqual(['370829-2023|legal_aid.cases']);
    const file = parseCompactReviewQueue(JSON.parse(JSON.stringify(buildCompact(index).reviewQueue)));
    expect(file).toMatchObject({
      reportCount: index.reports.length,
      indicatorCount: index.indicators.length,
      reviewedReport: [reviewed[0]![0]],
      reviewedIndicator: [reviewed[0]![1]],
    });
    expect(file.report).toHaveLength(1);
    expect(() => parseCompactReviewQueue({ ...file, report: [index.reports.length] })).toThrow(/out of range/);
    expect(() => parseCompactReviewQueue({ ...file, score: [] })).toThrow(/column score/);
  });
});

/** {@link IndicatorAssessment} over an index, one indicator's compact value file at a time, as the extract command ranks. */
function assessByIndicator(index: IndexFile) {
  const assessment = new IndicatorAssessment(index.indicators, assessmentLinksOf(index, index.reports));
  index.indicators.forEach((indicator, position) => assessment.add(position, buildCompactValues(index.reports, indicator.id)));
  return assessment.result();
}

describe('IndicatorAssessment', () => {
  it("gives assessValues's ranking, one indicator at a time: jumps, peers, own risks, reviews and ties alike", () => {
    // In index order (by place, then year), as the extract command writes it; two of 芙蓉区's years made consecutive.
    const sorted = (index: IndexFile): IndexFile => ({
      ...index,
      reports: index.reports.map((report) => (report.id === '430102-2020' ? { ...report, year: 2021 } : report)).sort(compareReports),
    });
    let index = sorted(fixtureIndex());
    const before = index.reports.find((report) => report.id === '430102-2020')!.values['legal_aid.cases']!.value;
    index = withValue(index, '430102-2022', 'legal_aid.cases', { value: before * 10 });
    index = withValue(index, '370829-2023', 'legal_aid.cases', { review: REVIEW, confidence: 0.6 });
    index = withValue(index, '370829-2023', 'publicity.events', { review: { ...REVIEW, status: 'rejected' }, confidence: 0.6 });
    index = withValue(index, '610117-2024', 'review.concluded', { checks: ['concluded_exceeds_received'] });
    const crowd = sorted(manyPlaces(12));
    const outliers = withValue(
      withValue(crowd, crowd.reports[0]!.id, 'legal_aid.cases', { value: 900_000 }),
      crowd.reports[3]!.id,
      'legal_aid.cases',
      { value: 0.001, confidence: 0.5 },
    );
    for (const each of [index, outliers, sorted(plainIndex())]) {
      const expected = assessValues(each);
      expect(assessByIndicator(each)).toEqual(expected);
    }
    const expected = assessValues(index);
    // What the comparison covers: a jump, a tie of scores across reports and indicators, a review kept and one rejected.
    expect(expected.risky.flatMap((value) => risksOf(value.risk))).toEqual(
      expect.arrayContaining(['previous_year_jump', 'variant', 'low_confidence']),
    );
    expect(new Set(expected.risky.map((value) => value.score)).size).toBeLessThan(expected.risky.length);
    expect(expected.reviewed).toHaveLength(1);
    expect(assessValues(outliers).risky.flatMap((value) => risksOf(value.risk))).toContain('peer_outlier');
  });
});
