import { describe, expect, it } from 'vitest';

import { extractReport } from '../extract';
import { type GoldFile, labelProblems, parseGoldFile, scoreFile, totals } from './eval-score';

const TEXT = [
  '某县人民政府关于2022年法治政府建设情况的报告',
  '一、主要成效',
  '全年受理行政复议案件40件,审结36件。办理法律援助案件约300件。',
  '全县人民调解组织受理矛盾纠纷500件,调解成功490件。',
  '二、下一步打算',
  '力争法律援助案件达到400件。',
].join('\n');
const report = extractReport(TEXT);
const RECEIVED_SENTENCE = '全年受理行政复议案件40件,审结36件。';

function gold(partial: Partial<GoldFile>): GoldFile {
  return { goldVersion: 1, ...partial };
}

describe('scoreFile', () => {
  it('counts a value right when number, qualifier and sentence match', () => {
    const score = scoreFile(gold({ values: { 'review.received': { value: 40, sentence: RECEIVED_SENTENCE } }, complete: false }), {
      recognised: true,
      report,
    });
    expect(score).toMatchObject({ labelled: 1, right: 1, scoredPrimary: 1, misses: [] });
  });

  it('counts the right number quoted outside the labelled sentence as wrong', () => {
    const score = scoreFile(
      gold({ values: { 'review.received': { value: 40, sentence: '办理法律援助案件约300件。' } }, complete: false }),
      { recognised: true, report },
    );
    expect(score.right).toBe(0);
    expect(score.misses).toEqual([expect.objectContaining({ kind: 'wrong', what: 'review.received' })]);
  });

  it('counts a wrong qualifier as wrong', () => {
    const exact = scoreFile(
      gold({ values: { 'legal_aid.cases': { value: 300, sentence: '办理法律援助案件约300件。' } }, complete: false }),
      { recognised: true, report },
    );
    expect(exact.right).toBe(0);
    const approx = scoreFile(
      gold({ values: { 'legal_aid.cases': { value: 300, qualifier: 'approx', sentence: '办理法律援助案件约300件。' } }, complete: false }),
      { recognised: true, report },
    );
    expect(approx.right).toBe(1);
  });

  it('on a complete file, counts every unlabelled primary value as a false positive, except optional ones', () => {
    expect(Object.keys(report.values).sort()).toEqual([
      'legal_aid.cases',
      'mediation.cases',
      'mediation.succeeded',
      'mediation.success_rate',
      'review.concluded',
      'review.received',
    ]);
    const labels = { 'review.received': { value: 40, sentence: RECEIVED_SENTENCE } };
    const complete = scoreFile(gold({ values: labels }), { recognised: true, report });
    expect(complete.scoredPrimary).toBe(6);
    expect(
      complete.misses
        .filter((miss) => miss.kind === 'false_positive')
        .map((miss) => miss.what)
        .sort(),
    ).toEqual(['legal_aid.cases', 'mediation.cases', 'mediation.succeeded', 'mediation.success_rate', 'review.concluded']);
    const withOptional = scoreFile(
      gold({
        values: labels,
        optional: ['legal_aid.cases', 'mediation.cases', 'mediation.succeeded', 'mediation.success_rate', 'review.concluded'],
      }),
      { recognised: true, report },
    );
    expect(withOptional).toMatchObject({ scoredPrimary: 1, right: 1, misses: [] });
  });

  it('on an incomplete file, scores only labelled and absent indicators', () => {
    const score = scoreFile(
      gold({ values: { 'review.received': { value: 40, sentence: RECEIVED_SENTENCE } }, absent: ['review.concluded'], complete: false }),
      { recognised: true, report },
    );
    expect(score.scoredPrimary).toBe(2);
    expect(score.misses).toEqual([
      expect.objectContaining({ kind: 'false_positive', what: 'review.concluded', expected: '(must be absent)' }),
    ]);
  });

  it('wants a derived value for a derived label, and a reported one otherwise', () => {
    const derived = report.values['mediation.success_rate']!;
    expect(derived).toMatchObject({ value: 98, derived: true });
    expect(
      scoreFile(gold({ values: { 'mediation.success_rate': { value: 98, derived: true } }, complete: false }), { recognised: true, report })
        .right,
    ).toBe(1);
    const asReported = scoreFile(
      gold({
        values: { 'mediation.success_rate': { value: 98, sentence: '全县人民调解组织受理矛盾纠纷500件,调解成功490件。' } },
        complete: false,
      }),
      { recognised: true, report },
    );
    expect(asReported.right).toBe(0);
  });

  it('checks a labelled variant', () => {
    const score = scoreFile(
      gold({ values: { 'review.received': { value: 40, sentence: RECEIVED_SENTENCE, variant: '化解率' } }, complete: false }),
      { recognised: true, report },
    );
    expect(score.right).toBe(0);
  });

  it('counts missed values and a wrong recognition', () => {
    const refused = scoreFile(
      gold({ metadata: { year: 2022 }, values: { 'review.received': { value: 40, sentence: RECEIVED_SENTENCE } } }),
      { recognised: false, reason: 'too short' },
    );
    expect(refused).toMatchObject({ recognitionRight: false, labelled: 1, right: 0, metadataScored: 1, metadataRight: 0 });
    expect(refused.misses.map((miss) => miss.kind)).toEqual(['recognition', 'metadata', 'missed']);
    const accepted = scoreFile(gold({ recognised: false }), { recognised: true, report });
    expect(accepted).toMatchObject({ recognitionRight: false, labelled: 0, scoredPrimary: 0 });
  });

  it('wants a text labelled with a refusal kind refused as that kind', () => {
    const asNews = scoreFile(gold({ recognised: false, refusedAs: 'news' }), { recognised: false, reason: 'a news item', kind: 'news' });
    expect(asNews.recognitionRight).toBe(true);
    const asNotice = scoreFile(gold({ recognised: false, refusedAs: 'yearbook' }), {
      recognised: false,
      reason: 'a notice',
      kind: 'notice',
    });
    expect(asNotice.recognitionRight).toBe(false);
    expect(asNotice.misses).toEqual([expect.objectContaining({ kind: 'recognition', expected: 'not a report (yearbook)' })]);
  });

  it('scores the document kind', () => {
    expect(report.metadata.documentKind).toBe('rule_of_law_report');
    const right = scoreFile(gold({ metadata: { documentKind: 'rule_of_law_report' }, complete: false }), { recognised: true, report });
    expect(right).toMatchObject({ metadataScored: 1, metadataRight: 1 });
    const wrong = scoreFile(gold({ metadata: { documentKind: 'justice_bureau_summary' }, complete: false }), { recognised: true, report });
    expect(wrong.misses).toEqual([
      expect.objectContaining({ kind: 'metadata', what: 'documentKind', expected: 'justice_bureau_summary', found: 'rule_of_law_report' }),
    ]);
  });

  it('scores metadata fields, null as "must not be found", and each listed flag', () => {
    // 某县 (a county) is a county: a label of 市 is a miss.
    expect(report.metadata.level?.value).toBe('县');
    const score = scoreFile(
      gold({
        metadata: { year: 2022, province: null, level: '市', flags: ['no_publication_date', 'ambiguous_division'] },
        complete: false,
      }),
      { recognised: true, report },
    );
    expect(score.metadataScored).toBe(5);
    expect(score.misses.map((miss) => miss.what).sort()).toEqual(['flag ambiguous_division', 'level']);
  });
});

describe('totals', () => {
  it('sums files into precision, recall, metadata and recognition', () => {
    const right = scoreFile(
      gold({ metadata: { year: 2022 }, values: { 'review.received': { value: 40, sentence: RECEIVED_SENTENCE } }, complete: false }),
      { recognised: true, report },
    );
    const wrong = scoreFile(
      gold({
        metadata: { year: 2021 },
        values: {
          'review.concluded': { value: 35, sentence: RECEIVED_SENTENCE },
          'notary.cases': { value: 5, sentence: RECEIVED_SENTENCE },
        },
        complete: false,
      }),
      { recognised: true, report },
    );
    const sum = totals([right, wrong]);
    expect(sum.values).toEqual({ right: 1, labelled: 3, scored: 2, precision: 0.5, recall: 1 / 3 });
    expect(sum.metadata).toEqual({ right: 1, scored: 2, accuracy: 0.5 });
    expect(sum.recognition).toEqual({ right: 2, files: 2, accuracy: 1 });
  });
});

describe('parseGoldFile', () => {
  it('explains in one line what is wrong with a gold file', () => {
    expect(parseGoldFile('{')).toEqual({ error: expect.stringMatching(/^is not JSON/) });
    expect(parseGoldFile('{"goldVersion":1,"values":{"no.such":{"value":1,"sentence":"x"}}}')).toEqual({
      error: expect.stringContaining('not an indicator id'),
    });
    expect(parseGoldFile('{"goldVersion":1,"values":{"review.received":{"value":1}}}')).toEqual({
      error: expect.stringContaining('needs the sentence'),
    });
    expect(parseGoldFile('{"goldVersion":1,"valeus":{}}')).toEqual({ error: expect.stringMatching(/valeus|Unrecognized/) });
    expect(parseGoldFile('{"goldVersion":1,"values":{"review.received":{"value":1,"sentence":"x"}}}')).toHaveProperty('gold');
  });
});

describe('labelProblems', () => {
  it('finds labels that cannot be scored against their own text, without extracting', () => {
    expect(labelProblems(gold({ values: { 'review.received': { value: 40, sentence: RECEIVED_SENTENCE } } }), TEXT)).toEqual([]);
    expect(
      labelProblems(
        gold({
          values: { 'review.received': { value: 40, sentence: '全年受理行政复议案件40件，审结36件。' } },
          optional: ['review.received', 'notary.cases'],
          absent: ['notary.cases'],
        }),
        TEXT,
      ),
    ).toEqual([
      'values.review.received: its sentence does not occur verbatim in the text',
      'optional: review.received is also labelled in values',
      'optional: notary.cases is also listed as absent',
    ]);
    expect(labelProblems(gold({ refusedAs: 'news' }), TEXT)).toEqual([
      'refusedAs: given for a text labelled a report (recognised is not false)',
    ]);
    expect(labelProblems(gold({ recognised: false, metadata: { year: 2022 } }), TEXT)).toEqual([
      'a text that must be refused has no metadata or values to score',
    ]);
  });

  it("accepts a real page's address and refuses one that is not http(s)", () => {
    expect(parseGoldFile('{"goldVersion":1,"url":"https://www.example.gov.cn/a.html"}')).toHaveProperty('gold');
    expect(parseGoldFile('{"goldVersion":1,"url":"ftp://example.gov.cn/a"}')).toEqual({ error: expect.stringMatching(/^url:/) });
  });
});
