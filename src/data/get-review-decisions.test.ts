import { readFileSync } from 'node:fs';

import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { freshIndexedDbPerTest } from '../../tests/fixtures/indexed-db';
import { extractReport } from '../extract';
import { applyReview } from './apply-review';
import { prepareReport } from './build-dataset';
import { correctionsJson, decisionAddingValue, decisionOnExtraction } from './corrections-file';
import { decisionsQueryOptions } from './get-review-decisions';
import { importCorrections, recordDecision } from './review-mutations';
import { BROWSER_SOURCE, listDecisions } from './review-store';
import type { DetailFile } from './schema';
import { sha256Hex } from './sha256';

let furong: DetailFile;
beforeAll(async () => {
  const text = readFileSync('corpus/001_3803b543c87d1562.txt', 'utf8');
  furong = prepareReport({ sourceFile: 'a.txt', report: extractReport(text), textSha256: await sha256Hex(text) }).detail;
});

freshIndexedDbPerTest();
let client: QueryClient;
beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});
afterEach(() => client.clear());

let minute = 0;
const signed = (reviewer = '王审核') => ({
  reviewer,
  note: null,
  decidedAt: new Date(Date.UTC(2025, 2, 1, 9, (minute += 1))).toISOString(),
});
const report = () => ({ ...furong, textSha256: furong.textSha256 as string });
const received = () => furong.extractions.find((extraction) => extraction.indicator === 'review.received' && extraction.value === 46)!;

describe('recording decisions in this browser', () => {
  it("keeps one decision per value: deciding again replaces one's own earlier decision", async () => {
    await recordDecision(client, decisionOnExtraction(report(), received(), 'confirm', null, signed()), furong);
    const later = decisionOnExtraction(report(), received(), 'reject', null, signed());
    await recordDecision(client, later, furong);
    const stored = await listDecisions();
    expect(stored.records.map((record) => [record.decision.id, record.source])).toEqual([[later.id, BROWSER_SOURCE]]);
    // The query was refreshed: what the views read is what is stored.
    expect((await client.fetchQuery(decisionsQueryOptions)).records.map((record) => record.decision.id)).toEqual([later.id]);
  });

  it('rejecting a value this browser added takes the addition back', async () => {
    const paragraph = furong.paragraphs.find((candidate) => candidate.text.includes('撤销原行政行为5件'))!;
    const at = paragraph.text.indexOf('撤销原行政行为5件');
    const addition = decisionAddingValue(
      report(),
      paragraph,
      at,
      at + 9,
      { indicator: 'review.corrected', value: 5, qualifier: 'exact', scope: 'own' },
      signed(),
    );
    await recordDecision(client, addition, furong);
    const reviewed = applyReview(furong, [{ decision: addition, source: BROWSER_SOURCE }]).detail;
    const added = reviewed.extractions.find((extraction) => extraction.review?.status === 'added')!;
    await recordDecision(
      client,
      decisionOnExtraction({ ...reviewed, textSha256: reviewed.textSha256 as string }, added, 'reject', null, signed()),
      reviewed,
    );
    expect((await listDecisions()).records).toEqual([]);
  });

  it('imports a corrections file whole, keeping where its decisions came from, and refuses a malformed one', async () => {
    const decision = decisionOnExtraction(report(), received(), 'confirm', null, signed('李核对'));
    expect(await importCorrections(client, 'li.json', correctionsJson([decision]))).toEqual({
      fileName: 'li.json',
      decisions: 1,
      alreadyStored: false,
      unmatched: { decisions: 0, reports: 0 },
    });
    expect((await listDecisions()).records.map((record) => [record.decision.reviewer, record.source])).toEqual([['李核对', 'li.json']]);
    await expect(
      importCorrections(client, 'bad.json', '{"format":"fazhi-atlas-corrections","version":1,"decisions":[{}]}'),
    ).rejects.toThrow(/^decision 1, /);
    expect((await listDecisions()).records).toHaveLength(1);
  });

  it('says what it is doing, which decisions name reports not shown, and that a file imported again changes nothing', async () => {
    const here = decisionOnExtraction(report(), received(), 'confirm', null, signed('李核对'));
    const elsewhere = [1, 2, 3].map((n) => ({
      ...decisionOnExtraction(report(), received(), 'reject', null, signed('李核对')),
      reportId: n === 3 ? '999999-2020' : '888888-2021',
    }));
    const text = correctionsJson([here, ...elsewhere]);
    const stages: string[] = [];
    const options = {
      hasReport: (id: string) => id === furong.reportId,
      onStage: (stage: { step: string }) => void stages.push(stage.step),
    };
    const result = await importCorrections(client, 'li.json', text, options);
    expect(stages).toEqual(['checking', 'storing', 'applying']);
    expect(result).toEqual({ fileName: 'li.json', decisions: 4, alreadyStored: false, unmatched: { decisions: 3, reports: 2 } });
    expect((await client.fetchQuery(decisionsQueryOptions)).records).toHaveLength(4);
    // The same file again, under another name: stored once, nothing changes.
    expect((await importCorrections(client, 'li (1).json', text, options)).alreadyStored).toBe(true);
    expect((await listDecisions()).records.map((record) => record.source)).toEqual(['li.json', 'li.json', 'li.json', 'li.json']);
  });

  it('reads a decision held by two imported files once, the copy imported last', async () => {
    const decision = decisionOnExtraction(report(), received(), 'confirm', null, signed('李核对'));
    await importCorrections(client, 'li.json', correctionsJson([decision]));
    // "Last" is by the time stored, to the millisecond: a person never imports two files within one.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const other = decisionOnExtraction(report(), received(), 'reject', null, signed('张复核'));
    await importCorrections(client, 'zhang.json', correctionsJson([decision, other]));
    const stored = (await listDecisions()).records;
    expect(stored.map((record) => [record.decision.id, record.source])).toEqual([
      [decision.id, 'zhang.json'],
      [other.id, 'zhang.json'],
    ]);
  });
});
