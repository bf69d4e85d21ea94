/**
 * `npm run extract -- … --corrections DIR` on the bundled reports, in a scratch folder: reviewed
 * values land in the data folder with their status and original; decisions that cannot be applied,
 * conflicts and unreadable files each get their own line.
 */

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { parquetReadObjects } from 'hyparquet';
import { beforeEach, describe, expect, it } from 'vitest';

import { at, decisionsOn } from '../../../tests/fixtures/review/furong-decisions';
import { copyCorpus, tempFolderPerTest } from '../../../tests/fixtures/temp-folder';
import { CATALOG_PATH, valuesPath } from '../../data/compact';
import { correctionsJson, decisionOnExtraction } from '../../data/corrections-file';
import {
  type DetailFile,
  downloadPath,
  parseCompactValues,
  parseDetailFile,
  parseIndexFile,
  type ReviewDecisionRecord,
} from '../../data/schema';
import { runExtract } from './extract';
import { readDetail, readDetailText } from './read-detail';

const work = tempFolderPerTest('fazhi-corrections-', copyCorpus);
let lines: string[];

beforeEach(async () => {
  lines = [];
});

function run(out: string, corrections?: string) {
  lines = [];
  return runExtract({
    inputs: ['corpus'],
    out,
    cwd: work(),
    print: (line) => lines.push(line),
    progress: false,
    ...(corrections ? { corrections } : {}),
  });
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(path.join(work(), file), 'utf8'));
}

/** 芙蓉区 2020 as the extractor writes it, from an uncorrected run. */
async function furong(): Promise<DetailFile> {
  await run('plain');
  return parseDetailFile(await readJson('plain/reports/430102/2020.json'));
}

async function putCorrections(folder: string, name: string, decisions: readonly ReviewDecisionRecord[] | string) {
  await mkdir(path.join(work(), folder), { recursive: true });
  await writeFile(path.join(work(), folder, name), typeof decisions === 'string' ? decisions : correctionsJson(decisions));
}

// Every file is read in a worker thread (src/cli/worker-pool.ts), and each test runs the command
// twice or more: the budget of the extract command's own tests.
describe('extract --corrections', { timeout: 60_000 }, () => {
  it('writes reviewed values with status and original into the index, the compact files and the detail file', async () => {
    const decisions = decisionsOn(await furong());
    await putCorrections('reviewed', 'wang.json', decisions);
    const summary = await run('out', 'reviewed');
    expect(summary.exitCode).toBe(0);
    expect(lines).toContain(
      'corrections: 4 decisions in 1 file · 4 applied · 0 not applied · 0 superseded by a later decision on the same value',
    );
    expect(lines.filter((line) => line.startsWith('warn'))).toEqual([]);

    const index = parseIndexFile(await readJson('out/index.json'));
    const report = index.reports.find((entry) => entry.id === '430102-2020')!;
    expect(report.values['review.received']).toMatchObject({ value: 46, review: { status: 'confirmed', reviewer: '王审核' } });
    expect(report.values['review.concluded']).toMatchObject({
      value: 45,
      review: { status: 'corrected', note: '含上年结转', original: { value: 49 } },
    });
    expect(report.values['review.corrected']).toMatchObject({ value: 49, review: { status: 'added' } });
    const compact = parseCompactValues(await readJson(`out/${valuesPath('review.concluded')}`));
    const position = ((await readJson(`out/${CATALOG_PATH}`)) as { reports: { id: string[] } }).reports.id.indexOf('430102-2020');
    const i = compact.report.indexOf(position);
    expect(compact.value[i]).toBe(45);
    expect(compact.review?.[i]).toMatchObject({ status: 'corrected', original: { value: 49 } });

    const detail = parseDetailFile(await readJson(`out/${report.detailPath}`));
    expect(
      detail.extractions
        .filter((extraction) => extraction.review)
        .map((extraction) => extraction.review!.status)
        .sort(),
    ).toEqual(['added', 'confirmed', 'corrected', 'rejected']);
    // The downloads carry the reviewed values, an added one with the selected words as its quote.
    const bytes = await readFile(path.join(work(), 'out', downloadPath('county', 'parquet')));
    const rows = (await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) })).filter(
      (row) => row.report_id === '430102-2020',
    );
    const rowOf = (indicator: string) => rows.find((row) => row.indicator_id === indicator);
    expect(rowOf('review.concluded')).toMatchObject({
      value: 45,
      review_status: 'corrected',
      original_value: 49,
      review_note: '含上年结转',
      reviewer: '王审核',
    });
    expect(rowOf('review.corrected')).toMatchObject({
      value: 49,
      review_status: 'added',
      quote: '年内办结49件',
      quote_status: 'quoted',
      extraction_id: report.values['review.corrected']!.extractionId,
    });
    expect(rowOf('review.received')).toMatchObject({ value: 46, review_status: 'confirmed' });
    expect(rows).toHaveLength(Object.keys(report.values).length);
    // The other reports are untouched.
    const plain = parseIndexFile(await readJson('plain/index.json'));
    for (const other of index.reports.filter((entry) => entry.id !== '430102-2020')) {
      expect(other.values).toEqual(plain.reports.find((entry) => entry.id === other.id)?.values);
    }
  });

  it('writes the reviewed detail into its pack member when the run writes detail packs', async () => {
    await putCorrections('reviewed', 'wang.json', decisionsOn(await furong()));
    await run('loose', 'reviewed');
    lines = [];
    await runExtract({
      inputs: ['corpus'],
      out: 'packed',
      cwd: work(),
      print: (line) => lines.push(line),
      progress: false,
      corrections: 'reviewed',
      details: 'packed',
    });
    expect(lines).toContain(
      'corrections: 4 decisions in 1 file · 4 applied · 0 not applied · 0 superseded by a later decision on the same value',
    );
    const report = parseIndexFile(await readJson('packed/index.json')).reports.find((entry) => entry.id === '430102-2020')!;
    expect(report.detailPack).toBeDefined();
    const detail = await readDetail(path.join(work(), 'packed'), report);
    expect(
      detail.extractions
        .filter((extraction) => extraction.review)
        .map((extraction) => extraction.review!.status)
        .sort(),
    ).toEqual(['added', 'confirmed', 'corrected', 'rejected']);
    // The worker compressed the detail before review: the member is the reviewed one, as the loose file is.
    expect(await readDetailText(path.join(work(), 'packed'), report)).toBe(
      await readFile(path.join(work(), 'loose', report.detailPath), 'utf8'),
    );
  });

  it('uses corrections/ beside corpus/ by default, and applying the result again changes nothing', async () => {
    await putCorrections('corrections', 'a.json', decisionsOn(await furong()));
    await run('first');
    expect(lines).toContain(
      'corrections: 4 decisions in 1 file · 4 applied · 0 not applied · 0 superseded by a later decision on the same value',
    );
    await run('second');
    expect(await readJson('second/index.json')).toEqual(await readJson('first/index.json'));
  });

  it('gives each decision that finds no anchor its own warn line naming the file and the decision, and applies it nowhere', async () => {
    const decisions = decisionsOn(await furong());
    await putCorrections('reviewed', 'wang.json', decisions);
    // The source text changed: one character added to 芙蓉区's report.
    const file = path.join(work(), 'corpus', '001_3803b543c87d1562.txt');
    await writeFile(file, `${await readFile(file, 'utf8')}\n`);
    const summary = await run('out', 'reviewed');
    expect(summary.exitCode).toBe(0);
    const warned = lines.filter((line) => line.startsWith('warn  reviewed/wang.json: decision '));
    expect(warned).toHaveLength(4);
    for (const decision of decisions)
      expect(warned.some((line) => line.includes(decision.id) && line.includes('no report in this run has its source text'))).toBe(true);
    expect(lines).toContain(
      'corrections: 4 decisions in 1 file · 0 applied · 4 not applied · 0 superseded by a later decision on the same value',
    );
    const index = parseIndexFile(await readJson('out/index.json'));
    expect(index.reports.some((report) => Object.values(report.values).some((value) => value.review))).toBe(false);
  });

  it('reports conflicting decisions of two files and applies the latest', async () => {
    const detail = await furong();
    const report = { ...detail, textSha256: detail.textSha256 as string };
    const concluded = detail.extractions.find((extraction) => extraction.indicator === 'review.concluded')!;
    const early = decisionOnExtraction(
      report,
      concluded,
      'correct',
      { indicator: 'review.concluded', value: 45, qualifier: 'exact', scope: 'own' },
      { ...at(5), reviewer: '甲' },
    );
    const late = decisionOnExtraction(report, concluded, 'confirm', null, { ...at(9), reviewer: '乙' });
    await putCorrections('reviewed', 'a-late.json', [late]);
    await putCorrections('reviewed', 'b-early.json', [early]);
    await run('out', 'reviewed');
    expect(lines).toContain(
      `warn  reviewed/b-early.json: decision ${early.id} (correct → review.concluded 45, 甲 2025-03-01, 430102-2020 「涉政府复议案件24件,年内办结49件」): conflicts with decision ${late.id} of reviewed/a-late.json on the same value; the later one (2025-03-01T09:09:00.000Z) applies`,
    );
    const index = parseIndexFile(await readJson('out/index.json'));
    expect(index.reports.find((entry) => entry.id === '430102-2020')!.values['review.concluded']).toMatchObject({
      value: 49,
      review: { status: 'confirmed', reviewer: '乙' },
    });
  });

  it('refuses a malformed corrections file with one error line, applies the others and exits 1', async () => {
    const decisions = decisionsOn(await furong());
    await putCorrections('reviewed', 'good.json', decisions.slice(0, 1));
    const broken = JSON.parse(correctionsJson(decisions.slice(1, 2)));
    broken.decisions[0].fields = null;
    await putCorrections('reviewed', 'broken.json', JSON.stringify(broken));
    const summary = await run('out', 'reviewed');
    expect(summary.exitCode).toBe(1);
    expect(lines).toContain(
      `error reviewed/broken.json: decision 1 (${decisions[1]!.id}), fields: a "correct" needs the new figures (indicator, value, qualifier, scope); none of its decisions are applied`,
    );
    expect(lines).toContain(
      'corrections: 1 decisions in 1 file · 1 applied · 0 not applied · 0 superseded by a later decision on the same value · 1 file unreadable',
    );
  });

  it('says when the corrections folder given does not exist', async () => {
    const summary = await run('out', 'nowhere');
    expect(summary.exitCode).toBe(1);
    expect(lines).toContain('error nowhere: no such corrections file or folder');
  });

  it('never replaces the corrections folder with the dataset, given or default, even with --force', async () => {
    const decisions = decisionsOn(await furong());
    await putCorrections('reviewed', 'wang.json', decisions);
    await putCorrections('corrections', 'a.json', decisions);
    const attempt = (out: string, corrections?: string) =>
      runExtract({
        inputs: ['corpus'],
        out,
        cwd: work(),
        print: (line) => lines.push(line),
        progress: false,
        force: true,
        ...(corrections ? { corrections } : {}),
      });
    await expect(attempt('reviewed', 'reviewed')).rejects.toThrow(
      '--out reviewed holds the input reviewed; it is never replaced, even with --force',
    );
    await expect(attempt('corrections')).rejects.toThrow(
      '--out corrections holds the input corrections; it is never replaced, even with --force',
    );
    expect(await readFile(path.join(work(), 'reviewed', 'wang.json'), 'utf8')).toBe(correctionsJson(decisions));
    expect(await readFile(path.join(work(), 'corrections', 'a.json'), 'utf8')).toBe(correctionsJson(decisions));
  });
});
