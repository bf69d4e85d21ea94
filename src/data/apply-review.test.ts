import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { extractReport } from '../extract';
import {
  applyReview,
  DATASET_SOURCE,
  type DecisionOutcome,
  locateAnchor,
  sameValueDecisions,
  type SourcedDecision,
  stripReview,
} from './apply-review';
import { prepareReport } from './build-dataset';
import { decisionAddingValue, decisionOnExtraction, type DecisionSignature } from './corrections-file';
import { type DetailFile, type ExtractionEntry, parseDetailFile, type ReviewDecisionRecord } from './schema';
import { sha256Hex } from './sha256';

const FURONG_TEXT = readFileSync('corpus/001_3803b543c87d1562.txt', 'utf8');

/** A short report of our own with counts from which the extractor derives a rate. */
const DERIVED_TEXT = [
  '某某县2023年法治政府建设年度报告',
  '一、主要工作成效',
  '全年共受理人民调解案件200件,调解成功190件。全县受理法律援助案件88件。',
  '二、存在的问题',
  '法治宣传还不够深入。',
].join('\n');

async function prepared(text: string, sourceFile = 'a.txt'): Promise<DetailFile> {
  const textSha256 = await sha256Hex(text);
  return prepareReport({ sourceFile, report: extractReport(text), textSha256 }).detail;
}

let furong: DetailFile;
let derivedReport: DetailFile;
beforeAll(async () => {
  furong = await prepared(FURONG_TEXT);
  derivedReport = await prepared(DERIVED_TEXT);
});

let clock = 0;
/** Signatures with increasing times, so that "later" is well defined in each test. */
function signed(reviewer = '王审核', note: string | null = null): DecisionSignature {
  clock += 1;
  return { reviewer, note, decidedAt: new Date(Date.UTC(2025, 2, 1, 9, 0, clock)).toISOString(), id: `d-test-${clock}` };
}

const find = (detail: DetailFile, indicator: string, value: number) => {
  const found = detail.extractions.find((extraction) => extraction.indicator === indicator && extraction.value === value);
  if (!found) throw new Error(`no ${indicator} = ${value}`);
  return found;
};
const reportOf = (detail: DetailFile) => ({ ...detail, textSha256: detail.textSha256 as string });
const fromBrowser = (decisions: readonly ReviewDecisionRecord[]): SourcedDecision[] =>
  decisions.map((decision) => ({ decision, source: 'browser' }));
const kinds = (outcomes: readonly DecisionOutcome[]) => outcomes.map((outcome) => outcome.kind).sort();

/** Confirm 46 received, correct 49 concluded to 45, reject "24" as received (a subset), add 复议纠错 3件. */
function fourDecisions(detail: DetailFile): ReviewDecisionRecord[] {
  const report = reportOf(detail);
  const received = find(detail, 'review.received', 46);
  const subset = find(detail, 'review.received', 24);
  const concluded = find(detail, 'review.concluded', 49);
  const paragraph = detail.paragraphs.find((candidate) => candidate.id === concluded.paragraphId)!;
  const words = '年内办结49件';
  const at = paragraph.text.indexOf(words);
  return [
    decisionOnExtraction(report, received, 'confirm', null, signed()),
    decisionOnExtraction(
      report,
      concluded,
      'correct',
      { indicator: 'review.concluded', value: 45, qualifier: 'exact', scope: 'own' },
      signed('李核对', '含上年结转4件'),
    ),
    decisionOnExtraction(report, subset, 'reject', null, signed()),
    decisionAddingValue(
      report,
      paragraph,
      at,
      at + words.length,
      { indicator: 'review.corrected', value: 49, qualifier: 'approx', scope: 'own' },
      signed(),
    ),
  ];
}

describe('applyReview', () => {
  it('confirms, corrects, rejects and adds, keeping the provenance invariant and the original', () => {
    const decisions = fourDecisions(furong);
    const { detail, values, outcomes } = applyReview(furong, fromBrowser(decisions));
    expect(kinds(outcomes)).toEqual(['applied', 'applied', 'applied', 'applied']);
    // The reviewed detail file is valid under the contract, the quote invariant included.
    expect(() => parseDetailFile(JSON.parse(JSON.stringify(detail)))).not.toThrow();

    expect(values['review.received']).toMatchObject({ value: 46, review: { status: 'confirmed', reviewer: '王审核', original: null } });
    expect(values['review.concluded']).toMatchObject({
      value: 45,
      review: {
        status: 'corrected',
        reviewer: '李核对',
        note: '含上年结转4件',
        original: { indicator: 'review.concluded', value: 49, qualifier: 'exact', scope: 'own' },
      },
    });
    const rejected = detail.extractions.find((extraction) => extraction.indicator === 'review.received' && extraction.value === 24);
    expect(rejected?.review?.status).toBe('rejected');
    const added = detail.extractions.find((extraction) => extraction.review?.status === 'added');
    expect(added).toMatchObject({ indicator: 'review.corrected', value: 49, qualifier: 'approx', quote: '年内办结49件', confidence: 1 });
    expect(values['review.corrected']).toMatchObject({ value: 49, extractionId: added?.id, review: { status: 'added' } });
    // Values nobody reviewed are the extractor's.
    expect(values['legal_aid.cases']).toMatchObject({ value: 323, extractionId: find(furong, 'legal_aid.cases', 323).id });
    expect(values['legal_aid.cases']?.review).toBeUndefined();
  });

  it("without decisions gives the extractor's own values and the detail file unchanged", () => {
    const { detail, values, outcomes } = applyReview(furong, []);
    expect(detail).toBe(furong);
    expect(outcomes).toEqual([]);
    const extracted = extractReport(FURONG_TEXT).values;
    expect(Object.keys(values).sort()).toEqual(Object.keys(extracted).sort());
    expect(Object.keys(extracted).length).toBeGreaterThan(3);
    for (const [indicator, value] of Object.entries(extracted))
      expect(values[indicator]).toMatchObject({ value: value!.value, extractionId: value!.extractionId });
  });

  it('a rejected primary value is no longer the value: the next candidate of the extractor takes its place, or none', () => {
    const received = find(furong, 'review.received', 46);
    const { values } = applyReview(furong, fromBrowser([decisionOnExtraction(reportOf(furong), received, 'reject', null, signed())]));
    expect(values['review.received']).toMatchObject({ value: 24 });
    const both = fromBrowser([
      decisionOnExtraction(reportOf(furong), received, 'reject', null, signed()),
      decisionOnExtraction(reportOf(furong), find(furong, 'review.received', 24), 'reject', null, signed()),
    ]);
    expect(applyReview(furong, both).values['review.received']).toBeUndefined();
  });

  it("a value confirmed by a person wins over the extractor's choice of the same indicator", () => {
    const subset = find(furong, 'review.received', 24);
    const { values } = applyReview(furong, fromBrowser([decisionOnExtraction(reportOf(furong), subset, 'confirm', null, signed())]));
    expect(values['review.received']).toMatchObject({ value: 24, extractionId: subset.id, review: { status: 'confirmed' } });
  });

  it('applies decisions again from a reviewed detail file (the data folder), and a later decision in the browser wins, reported', () => {
    const first = applyReview(furong, fromBrowser(fourDecisions(furong)));
    const again = applyReview(first.detail, []);
    expect(again.values).toEqual(first.values);
    expect(again.outcomes.every((outcome) => outcome.kind === 'applied' && outcome.decision.source === DATASET_SOURCE)).toBe(true);

    const concluded = first.detail.extractions.find((extraction) => extraction.review?.status === 'corrected')!;
    const newer = decisionOnExtraction(
      reportOf(first.detail),
      concluded,
      'correct',
      { indicator: 'review.concluded', value: 44, qualifier: 'exact', scope: 'own' },
      signed('赵复核'),
    );
    const overridden = applyReview(first.detail, fromBrowser([newer]));
    expect(overridden.values['review.concluded']).toMatchObject({ value: 44, review: { reviewer: '赵复核', original: { value: 49 } } });
    const superseded = overridden.outcomes.filter((outcome) => outcome.kind === 'superseded');
    expect(superseded).toHaveLength(1);
    expect(superseded[0]).toMatchObject({
      decision: { source: DATASET_SOURCE, decision: { reviewer: '李核对' } },
      by: { source: 'browser' },
    });
  });

  it('latest wins among conflicting decisions on one value, whatever order they come in, and each loser is reported', () => {
    const received = find(furong, 'review.received', 46);
    const report = reportOf(furong);
    const competing: SourcedDecision[] = [
      { source: 'a.json', decision: decisionOnExtraction(report, received, 'confirm', null, signed('甲')) },
      {
        source: 'b.json',
        decision: decisionOnExtraction(
          report,
          received,
          'correct',
          { indicator: 'review.received', value: 47, qualifier: 'exact', scope: 'own' },
          signed('乙'),
        ),
      },
      { source: 'c.json', decision: decisionOnExtraction(report, received, 'reject', null, signed('丙')) },
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(competing, { minLength: competing.length }), (shuffled) => {
        const { values, outcomes } = applyReview(furong, shuffled);
        // 丙's rejection is the latest: 46 is no value; 24 (the next candidate) is.
        expect(values['review.received']?.value).toBe(24);
        expect(
          outcomes
            .filter((outcome) => outcome.kind === 'superseded')
            .map((outcome) => outcome.decision.source)
            .sort(),
        ).toEqual(['a.json', 'b.json']);
      }),
    );
  });

  it('never applies a decision made on another text, and says why', async () => {
    const other = await prepared(`${FURONG_TEXT}\n(本文有修订)`);
    const { values, outcomes } = applyReview(other, fromBrowser(fourDecisions(furong)));
    expect(kinds(outcomes)).toEqual(['unanchored', 'unanchored', 'unanchored', 'unanchored']);
    expect(outcomes[0]).toMatchObject({ reason: expect.stringMatching(/source text is not the one it was made on/) });
    expect(Object.values(values).some((value) => value.review)).toBe(false);
  });

  it('reports a decision whose words are no longer in the report, and applies it nowhere else', () => {
    const decisions = fourDecisions(furong);
    const concluded = find(furong, 'review.concluded', 49);
    // The extractor now drops the paragraph (the same text, segmented differently): with offsets, and without.
    const dropped = {
      ...furong,
      paragraphs: furong.paragraphs.filter((paragraph) => paragraph.id !== concluded.paragraphId),
      extractions: furong.extractions.filter((extraction) => extraction.paragraphId !== concluded.paragraphId),
    };
    const withoutOffsets = { ...dropped, paragraphs: dropped.paragraphs.map(({ offset: _offset, ...rest }) => rest) };
    for (const detail of [dropped, withoutOffsets]) {
      const { values, outcomes } = applyReview(detail, fromBrowser(decisions));
      expect(kinds(outcomes)).toEqual(['unanchored', 'unanchored', 'unanchored', 'unanchored']);
      expect(Object.values(values).some((value) => value.review)).toBe(false);
      expect(values['review.received']).toBeUndefined();
    }
  });

  it('does not guess between two places with the same quote and context', () => {
    const received = find(furong, 'review.received', 46);
    const decision = decisionOnExtraction(reportOf(furong), received, 'confirm', null, signed());
    const paragraph = furong.paragraphs.find((candidate) => candidate.id === received.paragraphId)!;
    const twin = { ...paragraph, id: 'p-twin' };
    // Older data without offsets, the paragraph repeated (a page printing its text twice), the decision's paragraph id unknown.
    const noOffsets = (p: typeof paragraph) => ({ ...p, offset: undefined });
    const doubled = { ...furong, paragraphs: [...furong.paragraphs.map(noOffsets), noOffsets(twin)] };
    const located = locateAnchor({ ...decision.anchor, paragraphId: 'p-gone', textStart: null }, doubled.paragraphs);
    expect(located).toEqual({ error: expect.stringMatching(/stands in 2 places/) });
  });

  it('a correction the extractor now agrees with becomes 已核实; one it still disagrees with stays 已更正 with the current reading as the original', () => {
    const concluded = find(furong, 'review.concluded', 49);
    const correction = decisionOnExtraction(
      reportOf(furong),
      concluded,
      'correct',
      { indicator: 'review.concluded', value: 45, qualifier: 'exact', scope: 'own' },
      signed(),
    );
    // A later extractor reads 45 at those words itself (its ids renamed too).
    const improved: DetailFile = {
      ...furong,
      extractions: furong.extractions.map((extraction) => ({
        ...extraction,
        id: `n${extraction.id}`,
        ...(extraction.id === concluded.id ? { value: 45 } : {}),
      })),
    };
    const agreed = applyReview(improved, fromBrowser([correction]));
    expect(agreed.values['review.concluded']).toMatchObject({
      value: 45,
      extractionId: `n${concluded.id}`,
      review: { status: 'confirmed', decision: 'correct', original: null },
    });
    // One that still reads 49 (or now 48): corrected, the original being what the extractor says now.
    const still = applyReview(furong, fromBrowser([correction]));
    expect(still.values['review.concluded']).toMatchObject({ value: 45, review: { status: 'corrected', original: { value: 49 } } });
    const differently = applyReview(
      {
        ...furong,
        extractions: furong.extractions.map((extraction) => (extraction.id === concluded.id ? { ...extraction, value: 48 } : extraction)),
      },
      fromBrowser([correction]),
    );
    expect(differently.values['review.concluded']).toMatchObject({ value: 45, review: { status: 'corrected', original: { value: 48 } } });
  });

  it('a confirmation of a reading the extractor no longer gives is stale and not applied; a rejection of nothing is obsolete', () => {
    const received = find(furong, 'review.received', 46);
    const confirmation = decisionOnExtraction(reportOf(furong), received, 'confirm', null, signed());
    const rejection = decisionOnExtraction(reportOf(furong), find(furong, 'review.received', 24), 'reject', null, signed());
    const changed: DetailFile = {
      ...furong,
      extractions: furong.extractions.flatMap((extraction) =>
        extraction.value === 24 ? [] : extraction.id === received.id ? [{ ...extraction, value: 47 }] : [extraction],
      ),
    };
    const { values, outcomes } = applyReview(changed, fromBrowser([confirmation, rejection]));
    expect(kinds(outcomes)).toEqual(['obsolete', 'stale']);
    expect(values['review.received']).toMatchObject({ value: 47 });
    expect(values['review.received']?.review).toBeUndefined();
  });

  it("a confirmed value the extractor no longer finds stays as the person's word, 人工添加", () => {
    const received = find(furong, 'review.received', 46);
    const confirmation = decisionOnExtraction(reportOf(furong), received, 'confirm', null, signed());
    const lost: DetailFile = { ...furong, extractions: furong.extractions.filter((extraction) => extraction.id !== received.id) };
    const { values } = applyReview(lost, fromBrowser([confirmation]));
    expect(values['review.received']).toMatchObject({ value: 46, review: { status: 'added', decision: 'confirm' } });
  });

  it('anchors a derived rate by the counts it comes from, and a rejected count takes the derived rate with it', () => {
    const rate = derivedReport.extractions.find((extraction) => extraction.derived)!;
    expect(rate).toMatchObject({ indicator: 'mediation.success_rate', value: 95 });
    const report = reportOf(derivedReport);
    const confirmation = decisionOnExtraction(report, rate, 'confirm', null, signed());
    expect(confirmation.anchor.quote).toMatch(/200件.*190件/);
    const confirmed = applyReview(derivedReport, fromBrowser([confirmation]));
    expect(confirmed.values['mediation.success_rate']).toMatchObject({ value: 95, derived: true, review: { status: 'confirmed' } });

    const count = derivedReport.extractions.find((extraction) => extraction.indicator === 'mediation.succeeded')!;
    const rejected = applyReview(derivedReport, fromBrowser([decisionOnExtraction(report, count, 'reject', null, signed())]));
    expect(rejected.values['mediation.success_rate']).toBeUndefined();
    expect(rejected.values['mediation.succeeded']).toBeUndefined();
  });

  it("replaces a person's own earlier decision on the same value (sameValueDecisions), not others", () => {
    const [confirm, correct, reject, add] = fourDecisions(furong) as [
      ReviewDecisionRecord,
      ReviewDecisionRecord,
      ReviewDecisionRecord,
      ReviewDecisionRecord,
    ];
    const again = decisionOnExtraction(reportOf(furong), find(furong, 'review.received', 46), 'reject', null, signed());
    expect(sameValueDecisions(furong, [confirm, correct, reject, add], again)).toEqual([confirm.id]);
  });

  it("strips a review back to the extractor's file", () => {
    const { detail } = applyReview(furong, fromBrowser(fourDecisions(furong)));
    expect(stripReview(detail)).toEqual(furong);
  });
});

/** The same report as a later extractor might write it: paragraphs in another order with new ids, extractions renumbered. */
function rearranged(
  detail: DetailFile,
  paragraphOrder: readonly number[],
  extractionOrder: readonly number[],
  keepOffsets: boolean,
): DetailFile {
  const paragraphIds = new Map(paragraphOrder.map((from, to) => [detail.paragraphs[from]!.id, `q${to + 1}`]));
  const extractionIds = new Map(extractionOrder.map((from, to) => [detail.extractions[from]!.id, `x${to + 1}`]));
  const paragraphs = paragraphOrder.map((from) => {
    const { offset, ...paragraph } = detail.paragraphs[from]!;
    return { ...paragraph, id: paragraphIds.get(paragraph.id)!, ...(keepOffsets && offset !== undefined ? { offset } : {}) };
  });
  const extractions = extractionOrder.map((from): ExtractionEntry => {
    const extraction = detail.extractions[from]!;
    return {
      ...extraction,
      id: extractionIds.get(extraction.id)!,
      paragraphId: paragraphIds.get(extraction.paragraphId)!,
      derivedFrom: extraction.derivedFrom.map((id) => extractionIds.get(id)!),
    };
  });
  return { ...detail, paragraphs, extractions };
}

/** What a review amounts to, independent of ids: each reviewed extraction by its words and figures. */
function reviewSummary(detail: DetailFile): string[] {
  return detail.extractions
    .filter((extraction) => extraction.review)
    .map(
      (extraction) =>
        `${extraction.quote ?? extraction.formula}|${extraction.indicator}|${extraction.value}|${extraction.review?.status}|${extraction.review?.decisionId}`,
    )
    .sort();
}

describe('applyReview re-anchors', () => {
  const permutation = (length: number) => fc.shuffledSubarray([...Array(length).keys()], { minLength: length, maxLength: length });

  it('after paragraphs are reordered and renamed and extraction ids change, with and without paragraph offsets', () => {
    const decisions = fromBrowser(fourDecisions(furong));
    const expected = applyReview(furong, decisions);
    expect(reviewSummary(expected.detail)).toHaveLength(4);
    expect(Object.keys(expected.values).length).toBeGreaterThan(3);
    fc.assert(
      fc.property(
        permutation(furong.paragraphs.length),
        permutation(furong.extractions.length),
        fc.boolean(),
        (paragraphOrder, extractionOrder, keepOffsets) => {
          const moved = rearranged(furong, paragraphOrder, extractionOrder, keepOffsets);
          const { detail, values, outcomes } = applyReview(moved, decisions);
          expect(kinds(outcomes)).toEqual(['applied', 'applied', 'applied', 'applied']);
          expect(reviewSummary(detail)).toEqual(reviewSummary(expected.detail));
          for (const [indicator, value] of Object.entries(expected.values)) {
            expect(values[indicator]).toMatchObject({ value: value.value, qualifier: value.qualifier });
            expect(values[indicator]?.review).toEqual(value.review);
          }
          expect(() => parseDetailFile(JSON.parse(JSON.stringify(detail)))).not.toThrow();
        },
      ),
      { numRuns: 40 },
    );
  });

  it("a derived rate's decision after its counts are renumbered", () => {
    const rate = derivedReport.extractions.find((extraction) => extraction.derived)!;
    const decisions = fromBrowser([decisionOnExtraction(reportOf(derivedReport), rate, 'confirm', null, signed())]);
    fc.assert(
      fc.property(
        permutation(derivedReport.paragraphs.length),
        permutation(derivedReport.extractions.length),
        fc.boolean(),
        (paragraphOrder, extractionOrder, keepOffsets) => {
          const { values, outcomes } = applyReview(rearranged(derivedReport, paragraphOrder, extractionOrder, keepOffsets), decisions);
          expect(kinds(outcomes)).toEqual(['applied']);
          expect(values['mediation.success_rate']).toMatchObject({ value: 95, derived: true, review: { status: 'confirmed' } });
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('decisions on values a person already decided', () => {
  it("confirming a corrected value confirms the person's figures, not the extractor's", () => {
    const concluded = find(furong, 'review.concluded', 49);
    const first = applyReview(
      furong,
      fromBrowser([
        decisionOnExtraction(
          reportOf(furong),
          concluded,
          'correct',
          { indicator: 'review.concluded', value: 45, qualifier: 'exact', scope: 'own' },
          signed('甲'),
        ),
      ]),
    );
    const corrected = first.detail.extractions.find((extraction) => extraction.review?.status === 'corrected')!;
    const confirmation = decisionOnExtraction(reportOf(first.detail), corrected, 'confirm', null, signed('乙'));
    expect(confirmation).toMatchObject({ decision: 'correct', fields: { value: 45 }, judged: { value: 49 } });
    expect(applyReview(first.detail, fromBrowser([confirmation])).values['review.concluded']).toMatchObject({
      value: 45,
      review: { status: 'corrected', reviewer: '乙' },
    });
  });

  it('confirming an added value adds it again under the new name; rejecting a published one removes it, reported as applied', () => {
    const paragraph = furong.paragraphs.find((candidate) => candidate.text.includes('撤销原行政行为5件'))!;
    const at = paragraph.text.indexOf('撤销原行政行为5件');
    const addition = decisionAddingValue(
      reportOf(furong),
      paragraph,
      at,
      at + 9,
      { indicator: 'review.corrected', value: 5, qualifier: 'exact', scope: 'own' },
      signed('甲'),
    );
    const published = applyReview(furong, fromBrowser([addition]));
    const added = published.detail.extractions.find((extraction) => extraction.review?.status === 'added')!;
    expect(decisionOnExtraction(reportOf(published.detail), added, 'confirm', null, signed('乙'))).toMatchObject({
      decision: 'add',
      judged: null,
      fields: { value: 5 },
    });
    const rejection = decisionOnExtraction(reportOf(published.detail), added, 'reject', null, signed('乙'));
    const removed = applyReview(published.detail, fromBrowser([rejection]));
    expect(removed.values['review.corrected']).toBeUndefined();
    expect(removed.outcomes.find((outcome) => outcome.decision.decision.id === rejection.id)).toMatchObject({
      kind: 'applied',
      status: 'rejected',
      extractionId: null,
    });
  });
});
