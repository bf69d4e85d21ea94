/**
 * The checks the page reads its files with before zod loads (src/data/read-checked.ts) against zod
 * itself: the committed checks are those the schemas give today; every bundled data file passes and
 * is what zod returns; and over many broken copies of real files (fast-check), a value the check
 * passes is one zod accepts and returns unchanged, so whatever zod refuses the check refuses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';

import { decisionOnExtraction } from './corrections-file';
import { localiseDataset } from './local-reports';
import { type Checked, type CheckedName, checkedReader, checkOf, parseChecked } from './read-checked';
import * as schemas from './schema';
import { checksSource, GENERATED_CHECKS } from './schema/checks-source';
import { describe as describeSchema } from './schema/describe';

const DATA = 'public/data';

const json = (file: string): unknown => JSON.parse(readFileSync(path.join(DATA, file), 'utf8'));

/** Every bundled data file a schema reads, by the schema's name. */
function bundledFiles(): [CheckedName, string][] {
  const all = readdirSync(DATA, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.relative(DATA, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  const schemaOf = (file: string): CheckedName | undefined => {
    if (file === 'shards/manifest.json') return 'shardManifestSchema';
    if (/^shards\/[^/]+\/places\.json$/.test(file)) return 'shardPlacesSchema';
    if (/^shards\/[^/]+\/[^/]+\/reports\.json$/.test(file)) return 'shardReportsSchema';
    if (/(^compact|^shards\/.+)\/values\/[^/]+\.json$/.test(file)) return 'compactValuesSchema';
    if (/(^compact|^shards\/.+)\/review-queue\.json$/.test(file)) return 'compactReviewQueueSchema';
    if (file === 'compact/catalog.json') return 'compactCatalogSchema';
    if (file === 'index.json') return 'indexFileSchema';
    if (file.startsWith('reports/')) return 'detailFileSchema';
    if (file === 'search/places.json') return 'placeSearchFileSchema';
    if (file === 'about.json') return 'aboutFileSchema';
    if (file === 'population.json') return 'populationFileSchema';
    if (file === 'downloads/index.json') return 'downloadsIndexSchema';
    return undefined;
  };
  return all.flatMap((file) => {
    const name = schemaOf(file);
    return name ? [[name, file] as [CheckedName, string]] : [];
  });
}

/** Each checked schema's check, made before the tests (the later ones load on first use). */
const checks = new Map(
  await Promise.all(
    [...GENERATED_CHECKS.first.names, ...GENERATED_CHECKS.later.names].map(async (name) => [name, await checkOf(name)] as const),
  ),
);
const passesCheck = (name: CheckedName, value: unknown): boolean => checks.get(name)!(value);

const zodParse = (name: CheckedName, value: unknown) => (schemas[name] as z.ZodMiniType).safeParse(value);

/** A local report file and review decisions made from the bundled data, for the stores' schemas. */
function storedRecords(): [CheckedName, unknown][] {
  const index = json('index.json') as schemas.IndexFile;
  const report = index.reports[0]!;
  const detail = json(report.detailPath) as schemas.DetailFile;
  const jurisdiction = index.jurisdictions.find((entry) => entry.id === report.jurisdictionId)!;
  const local = localiseDataset({
    index: { ...index, reports: [report], jurisdictions: [jurisdiction] },
    details: new Map([[report.detailPath, detail]]),
    superseded: [],
  });
  const text = { ...detail, textSha256: detail.textSha256! };
  const stated = detail.extractions.filter((extraction) => !extraction.derived);
  const signature = { reviewer: '王审核', note: null, decidedAt: '2025-03-01T09:30:00.000Z' };
  const decisions = [
    decisionOnExtraction(text, stated[0]!, 'confirm', null, signature),
    decisionOnExtraction(text, stated[1]!, 'reject', null, { ...signature, note: '不是本级数字' }),
    decisionOnExtraction(
      text,
      stated[2]!,
      'correct',
      { indicator: stated[2]!.indicator, value: stated[2]!.value + 1, qualifier: 'exact', scope: 'own' },
      signature,
    ),
  ];
  return [
    ['localReportFileSchema', local],
    ...decisions.map((decision): [CheckedName, unknown] => ['reviewDecisionRecordSchema', decision]),
  ];
}

describe('the checks generated from the zod schemas', () => {
  it('are committed as the schemas give them today (npm run gen:checks, or any vite build, writes them)', () => {
    for (const part of ['first', 'later'] as const) expect(readFileSync(GENERATED_CHECKS[part].path, 'utf8')).toBe(checksSource(part));
  });

  it('pass every bundled data file, which zod returns as it is', () => {
    const files = bundledFiles();
    const names = new Set(files.map(([name]) => name));
    // The sharded layout, the compact one and the contract's files are all bundled.
    for (const name of [
      'shardManifestSchema',
      'shardPlacesSchema',
      'shardReportsSchema',
      'compactValuesSchema',
      'compactCatalogSchema',
      'indexFileSchema',
      'detailFileSchema',
    ] as const)
      expect(names).toContain(name);
    for (const [name, file] of files) {
      const value = json(file);
      expect(passesCheck(name, value), file).toBe(true);
      const parsed = zodParse(name, value);
      expect(parsed.success, file).toBe(true);
      expect(parsed.data, file).toStrictEqual(value);
    }
  });

  it('pass a local report file and review decisions as the page stores them, which zod returns as they are', () => {
    for (const [name, value] of storedRecords()) {
      expect(passesCheck(name, value), name).toBe(true);
      expect(zodParse(name, value).data).toStrictEqual(value);
    }
  });

  it('never pass a value zod refuses or would change, over broken copies of real files', () => {
    const samples: [CheckedName, unknown][] = [
      ...bundledFiles().map(([name, file]): [CheckedName, unknown] => [name, json(file)]),
      ...storedRecords(),
    ];
    let passed = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: samples.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'delete', 'add'), brokenValue()), { minLength: 1, maxLength: 3 }),
        (at, edits) => {
          const [name, sample] = samples[at]!;
          const value = structuredClone(sample);
          for (const [where, edit, replacement] of edits) applyEdit(value, where, edit, structuredClone(replacement));
          if (!passesCheck(name, value)) {
            refused += 1;
            return;
          }
          passed += 1;
          const parsed = zodParse(name, value);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toStrictEqual(value);
        },
      ),
      { numRuns: 1500, seed: 20261207 },
    );
    // Both sides of the property were exercised.
    expect(passed).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(500);
  });
});

/** Values a broken file may hold where another was: wrong types, out-of-range numbers, unsafe strings, undefined. */
function brokenValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      undefined,
      null,
      '',
      ' ',
      -1,
      0,
      1,
      0.5,
      7,
      8,
      1e21,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2 ** 53,
      'local-x',
      'javascript:alert(1)',
      'exact',
      'own',
      'rule_of_law_report',
      'a/b',
      '2025-13-01',
      '2025-03-01T09:30:00Z',
      [],
      {},
    ),
  );
}

/** The containers of `value` (objects and arrays), each with its path, depth first. */
function containers(value: unknown, found: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    found.push(value);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

/** Replaces, deletes or adds an entry of the container at position `where` (modulo their count). */
function applyEdit(root: unknown, where: number, edit: string, replacement: unknown): void {
  const all = containers(root);
  const target = all[where % all.length] as Record<string, unknown> | unknown[];
  const keys = Object.keys(target);
  const key = keys.length > 0 ? (keys[where % keys.length] as string) : '0';
  if (edit === 'add') {
    if (Array.isArray(target)) target.push(replacement);
    else target[`extra${where % 3}`] = replacement;
  } else if (edit === 'delete') {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete target[key];
  } else (target as Record<string, unknown>)[key] = replacement;
}

describe('reading with the checks', () => {
  it("gives zod's result for a value zod upgrades (a report written before document kinds)", async () => {
    const index = json('index.json') as schemas.IndexFile;
    const { documentKind: _, ...older } = index.reports[0]!;
    const file = { ...index, reports: [older] };
    expect(passesCheck('indexFileSchema', file)).toBe(false);
    const read = await parseChecked('indexFileSchema', file);
    expect(read.reports[0]!.documentKind).toBe('rule_of_law_report');
  });

  it("throws zod's own error, naming the field, for a broken file", async () => {
    const values = json('compact/values/review.received.json') as Checked<'compactValuesSchema'>;
    const broken = { ...values, qualifier: values.qualifier.map(() => 9) };
    await expect(parseChecked('compactValuesSchema', broken)).rejects.toThrow(/too_big[\s\S]*qualifier/);
    await expect(parseChecked('compactValuesSchema', { ...values, report: [...values.report, 0] })).rejects.toThrow(
      /column report has \d+ entries, expected|out of range or order/,
    );
  });

  it('reads a batch of stored values: valid ones as they are, upgraded ones as zod gives them, broken ones as null', async () => {
    const [[, local]] = storedRecords() as [[CheckedName, schemas.LocalReportFile]];
    const { documentKind: _, ...older } = local.report;
    const upgraded = { ...local, report: older };
    const broken = { ...local, report: { ...local.report, local: false } };
    const read = await checkedReader('localReportFileSchema', [local, upgraded, broken]);
    expect(read(local)).toBe(local);
    expect(read(upgraded)?.report.documentKind).toBe(local.report.documentKind);
    expect(read(broken)).toBeNull();
  });
});

describe('describing a schema', () => {
  it('refuses what it cannot check as zod does, naming where: an inline refinement, a transform, a format not checked by its pattern', () => {
    expect(() => describeSchema(z.object({ name: z.string().check(z.refine((name) => name.length > 1)) }), 'file')).toThrow(
      /file\.name: no plain check for zod's custom/,
    );
    expect(() => describeSchema(z.object({ n: z.pipe(z.string(), z.transform(Number)) }), 'file')).toThrow(
      /file\.n: no plain check for zod's pipe/,
    );
    expect(() => describeSchema(z.email(), 'mail')).toThrow(/mail: no plain check for zod's string_format \(email\)/);
  });
});
