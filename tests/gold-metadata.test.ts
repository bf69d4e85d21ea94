/**
 * Metadata against the hand-checked gold files (docs/eval-format.md): the twenty real page
 * openings and the hand-written place fixtures of tests/fixtures/eval/places. Each text is decoded
 * by src/ingest as the extract command decodes it, recognised, extracted, and its metadata fields
 * compared with the labels. The targets are issue 15's: every text recognised as labelled, metadata
 * right on at least 95% of the labelled fields. Every miss is printed.
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadNodePdfjs } from '../src/cli/pdfjs-node';
import { MAX_REPORT_BYTES, readReportBytes } from '../src/cli/read-report';
import { reportFromBytes } from '../src/data/report-from-bytes';
import type { ReportMetadata } from '../src/extract';

const FIXTURES = path.resolve(new URL('fixtures', import.meta.url).pathname);
const SETS = ['corpus-pages', 'eval/places'];

interface GoldMetadata {
  readonly jurisdiction?: string | null;
  readonly level?: string | null;
  readonly province?: string | null;
  readonly city?: string | null;
  readonly county?: string | null;
  readonly code?: string | null;
  readonly year?: number | null;
  readonly published?: string | null;
  readonly body?: string | null;
  readonly bodyKind?: string;
  readonly flags?: readonly string[];
}

interface Gold {
  readonly goldVersion: 1;
  readonly recognised?: boolean;
  readonly metadata?: GoldMetadata;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly gold: Gold;
}

/** Every `<name>.gold.json` of a set with the text file beside it. */
function casesOf(set: string): Case[] {
  const folder = path.join(FIXTURES, set);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const stem = file.slice(0, -'.gold.json'.length);
      const text = readdirSync(folder).find((other) => other.startsWith(`${stem}.`) && !other.endsWith('.gold.json'));
      if (text === undefined) throw new Error(`${set}/${file}: no text file beside it`);
      return {
        name: `${set}/${text}`,
        text: path.join(folder, text),
        gold: JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Gold,
      };
    });
}

const FIELDS = ['jurisdiction', 'level', 'province', 'city', 'county', 'code', 'year', 'published', 'body'] as const;

/** The labelled fields of one text, each as [field, expected, found]. */
function compare(gold: GoldMetadata, found: ReportMetadata): Array<readonly [string, unknown, unknown]> {
  const rows: Array<readonly [string, unknown, unknown]> = [];
  for (const field of FIELDS) {
    if (!(field in gold)) continue;
    rows.push([field, gold[field] ?? null, found[field]?.value ?? null]);
  }
  if (gold.bodyKind !== undefined) rows.push(['bodyKind', gold.bodyKind, found.bodyKind]);
  for (const flag of gold.flags ?? []) rows.push([`flag ${flag}`, true, found.flags.includes(flag as never)]);
  return rows;
}

describe.each(SETS)('gold metadata of %s', (set) => {
  it('recognises each text as labelled and gets at least 95% of the labelled fields right', async () => {
    const cases = casesOf(set);
    expect(cases.length).toBeGreaterThanOrEqual(20);
    const misses: string[] = [];
    let fields = 0;
    let right = 0;
    for (const item of cases) {
      // Read as the extract command reads a file: the same decoding, recognition and extraction.
      const reading = await reportFromBytes(
        await readReportBytes(item.text),
        { sourceFile: item.name },
        {
          ingest: { loadPdfjs: loadNodePdfjs, maxBytes: MAX_REPORT_BYTES },
          keepUnrecognised: true,
        },
      );
      if (reading.kind !== 'report') throw new Error('keepUnrecognised reads every text');
      const { recognition: recognised, report } = reading;
      const expected = item.gold.recognised ?? true;
      if (recognised.recognised !== expected)
        misses.push(`${item.name}: recognised ${recognised.recognised} (${recognised.reason}), labelled ${expected}`);
      if (!expected || item.gold.metadata === undefined) continue;
      for (const [field, want, got] of compare(item.gold.metadata, report.metadata)) {
        fields += 1;
        if (want === got) right += 1;
        else misses.push(`${item.name}: ${field} expected ${JSON.stringify(want)}, found ${JSON.stringify(got)}`);
      }
    }
    const accuracy = right / fields;
    console.log(
      `${set}: metadata ${right}/${fields} = ${(accuracy * 100).toFixed(1)}% over ${cases.length} texts${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`,
    );
    expect(fields).toBeGreaterThan(100);
    expect(misses.filter((miss) => miss.includes(': recognised '))).toEqual([]);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });
});

describe('the hand-written place fixtures', () => {
  it('hold what the issue asks for: towns, street offices, ambiguous names, provinces, non-reports…', () => {
    const cases = casesOf('eval/places');
    expect(cases.length).toBeGreaterThanOrEqual(25);
    const levels = new Set(cases.map((item) => item.gold.metadata?.level));
    for (const level of ['省', '市', '区', '县', '旗', '镇', '乡', '街道']) expect(levels, level).toContain(level);
    expect(cases.filter((item) => item.gold.recognised === false).length).toBeGreaterThanOrEqual(3);
    expect(cases.filter((item) => item.gold.metadata?.flags?.includes('ambiguous_place')).length).toBeGreaterThanOrEqual(2);
    expect(cases.filter((item) => item.gold.metadata?.flags?.includes('partial')).length).toBeGreaterThanOrEqual(2);
  });
});
