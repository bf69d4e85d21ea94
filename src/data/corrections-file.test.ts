import { describe, expect, it } from 'vitest';

import { CorrectionsFileError, correctionsJson, parseCorrectionsFile, parseCorrectionsText } from './corrections-file';
import { CORRECTIONS_FORMAT, type ReviewDecisionRecord } from './schema';

const DECISION: ReviewDecisionRecord = {
  id: 'd-1',
  textSha256: 'a'.repeat(64),
  reportId: '430102-2020',
  anchor: { paragraphId: 'p7', start: 206, end: 219, quote: '受理普通行政复议案件46件', textStart: 1234, before: '全年', after: ',涉政府' },
  judged: { extractionId: 'e2', indicator: 'review.received', value: 46, qualifier: 'exact', scope: 'own', derived: false },
  decision: 'correct',
  fields: { indicator: 'review.received', value: 47, qualifier: 'exact', scope: 'own' },
  reviewer: '王审核',
  decidedAt: '2025-03-01T09:30:00.000Z',
  note: null,
};

const file = (...decisions: unknown[]) => ({ format: CORRECTIONS_FORMAT, version: 1, decisions });

function messageOf(json: unknown): string {
  try {
    parseCorrectionsFile(json);
  } catch (error) {
    expect(error).toBeInstanceOf(CorrectionsFileError);
    return (error as Error).message;
  }
  throw new Error('accepted a malformed file');
}

describe('corrections file', () => {
  it('round-trips through its text, decisions oldest first', () => {
    const later = { ...DECISION, id: 'd-2', decidedAt: '2025-03-02T08:00:00+08:00', decision: 'confirm' as const, fields: null };
    const parsed = parseCorrectionsText(correctionsJson([later, DECISION]));
    expect(parsed.decisions.map((decision) => decision.id)).toEqual(['d-1', 'd-2']);
    expect(parsed.decisions[0]).toEqual(DECISION);
  });

  it('rejects malformed decisions with one sentence naming the decision and the problem', () => {
    expect(messageOf(file({ ...DECISION, fields: null }))).toBe(
      'decision 1 (d-1), fields: a "correct" needs the new figures (indicator, value, qualifier, scope)',
    );
    expect(messageOf(file(DECISION, { ...DECISION, id: 'd-2', decision: 'confirm' }))).toBe(
      'decision 2 (d-2), fields: a "confirm" gives no new figures: fields must be null',
    );
    expect(messageOf(file({ ...DECISION, decision: 'add' }))).toBe(
      'decision 1 (d-1), judged: an "add" judges no extraction: judged must be null',
    );
    expect(messageOf(file({ ...DECISION, decision: 'reject', fields: null, judged: null }))).toBe(
      'decision 1 (d-1), judged: a "reject" needs the extraction it judged',
    );
    expect(messageOf(file({ ...DECISION, fields: { ...DECISION.fields, value: 46 } }))).toBe(
      'decision 1 (d-1), fields: a "correct" must change the value, qualifier, indicator or scope',
    );
    expect(messageOf(file({ ...DECISION, anchor: { ...DECISION.anchor, end: 220 } }))).toBe(
      'decision 1 (d-1), anchor.quote: the quote has 13 characters but end − start is 14',
    );
    expect(messageOf(file({ ...DECISION, textSha256: 'abc' }))).toBe(
      'decision 1 (d-1), textSha256: must be a SHA-256 digest: 64 lower-case hex digits',
    );
    expect(messageOf(file({ ...DECISION, decidedAt: 'yesterday' }))).toBe(
      'decision 1 (d-1), decidedAt: must be an ISO date-time such as 2025-03-01T09:30:00Z',
    );
    expect(messageOf(file({ ...DECISION, reviewer: '  ' }))).toBe('decision 1 (d-1), reviewer: must name the reviewer');
    expect(messageOf(file({ ...DECISION, decision: 'approve' }))).toMatch(/^decision 1 \(d-1\), decision: /);
    expect(messageOf(file({ ...DECISION, judged: { ...DECISION.judged, derived: true } }))).toMatch(
      /^decision 1 \(d-1\), judged: a derived value is computed/,
    );
    expect(messageOf(file(DECISION, DECISION))).toBe('decision 2 (d-1), id: decision id d-1 appears twice');
    expect(messageOf(file({ ...DECISION, fields: null }, { ...DECISION, id: 'd-2', reviewer: '' }))).toMatch(/\(and 1 more problem\)$/);
  });

  it('says when a file is not a corrections file at all', () => {
    expect(messageOf([])).toMatch(/is not a corrections file/);
    expect(messageOf({ format: 'something-else', version: 1, decisions: [] })).toBe(`format: must be "${CORRECTIONS_FORMAT}"`);
    expect(messageOf({ format: CORRECTIONS_FORMAT, version: 2, decisions: [] })).toBe('version: must be 1 (the only version so far)');
    expect(() => parseCorrectionsText('{"format":')).toThrow(/is not valid JSON/);
  });
});
