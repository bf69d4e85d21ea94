/**
 * Review decisions are applied where a report is made (src/cli/extract/process-file.ts, in the worker):
 * the detail shipped to the main thread is already the reviewed one, byte for byte what the main
 * thread used to make by parsing the shipped detail, reviewing, validating and serialising it again.
 */
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { decisionsOn } from '../../../tests/fixtures/review/furong-decisions';
import { applyReview, type SourcedDecision } from '../../data/apply-review';
import { parseDetailFile, reportEntrySchema } from '../../data/schema';
import { reportProvenance } from '../../data/tidy-rows';
import { type FileOutcome, processFile, transferablesOf } from './process-file';

const FURONG = path.resolve('corpus/001_3803b543c87d1562.txt');

const task = (packDetail: boolean) => ({ file: FURONG, sourceFile: 'corpus/furong.txt', keepUnrecognised: false, packDetail });

/** The entry as index.json will hold it: the worker ships its text. */
const entryOf = (outcome: ReturnType<typeof kept>) => reportEntrySchema.parse(JSON.parse(outcome.prepared.entryJson.json));

function kept(outcome: FileOutcome) {
  if (!('prepared' in outcome)) throw new Error(`not kept: ${outcome.line}`);
  return outcome;
}

describe('review decisions applied in the worker', () => {
  it('ships the reviewed detail, values and provenance, byte for byte what the main thread made of the plain one', async () => {
    const plain = kept(await processFile(task(false)));
    expect(plain.review).toBeUndefined();
    const detail = parseDetailFile(JSON.parse(plain.prepared.detailJson!));
    const sourced: SourcedDecision[] = decisionsOn(detail).map((decision) => ({ decision, source: 'corrections/a.json' }));
    const byText = new Map([[detail.textSha256!, sourced]]);

    const reviewed = kept(await processFile(task(false), undefined, byText));
    // What the main thread did before: parse the shipped detail, review it, validate and serialise it again.
    const before = applyReview(parseDetailFile(JSON.parse(plain.prepared.detailJson!)), sourced);
    const beforeDetail = parseDetailFile(before.detail);
    expect(reviewed.prepared.detailJson).toBe(JSON.stringify(beforeDetail));
    expect(entryOf(reviewed).values).toEqual(before.values);
    expect(reviewed.prepared.valueCount).toBe(Object.keys(before.values).length);
    expect(reviewed.prepared.provenanceJson).toBe(JSON.stringify(reportProvenance(before.values, beforeDetail)));
    expect(entryOf(reviewed).values['review.concluded']).toMatchObject({ value: 45, review: { status: 'corrected' } });
    expect(entryOf(reviewed).values['review.corrected']).toMatchObject({ value: 49 });
    // The outcomes go back to the main thread to be reported; the line is the extractor's reading, as before.
    expect(reviewed.review?.textSha256).toBe(detail.textSha256);
    expect(reviewed.review?.outcomes.map((outcome) => outcome.kind)).toEqual(['applied', 'applied', 'applied', 'applied']);
    expect(reviewed.line).toBe(plain.line);
    // Everything else of the entry is the plain one's.
    const { values: _reviewedValues, ...reviewedRest } = entryOf(reviewed);
    const { values: _plainValues, ...plainRest } = entryOf(plain);
    expect(reviewed.prepared.entry).toEqual(plain.prepared.entry);
    expect(reviewedRest).toEqual(plainRest);
  });

  it('packs the reviewed detail when the run writes packs', async () => {
    const plain = kept(await processFile(task(false)));
    const detail = parseDetailFile(JSON.parse(plain.prepared.detailJson!));
    const byText = new Map([[detail.textSha256!, decisionsOn(detail).map((decision) => ({ decision, source: 'a.json' }))]]);
    const loose = kept(await processFile(task(false), undefined, byText));
    const packed = kept(await processFile(task(true), undefined, byText));
    expect(packed.prepared.detailJson).toBeUndefined();
    expect(gunzipSync(packed.prepared.detailMember!).toString('utf8')).toBe(`${loose.prepared.detailJson}\n`);
  });

  it('ships a pack member in a buffer of its own, moved to the main thread rather than copied with the rest of its buffer', async () => {
    const member = kept(await processFile(task(true))).prepared.detailMember!;
    expect(member.byteLength).toBeGreaterThan(100);
    expect(member.buffer.byteLength).toBe(member.byteLength);
    expect(transferablesOf(kept(await processFile(task(true))))).toHaveLength(1);
  });

  it('leaves a report no decision is about as it is', async () => {
    const plain = kept(await processFile(task(false)));
    const other = kept(await processFile(task(false), undefined, new Map([['0'.repeat(64), []]])));
    expect(other.review).toBeUndefined();
    expect(other.prepared).toEqual(plain.prepared);
  });
});
