import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';

import { column, entryCheck, unchangedCheck } from './columns';
import { bodyKindSchema, enumWithLegacy, httpUrlSchema, reviewMarkSchema, urlSafeId, utcTimeSchema } from './common';
import { compactReportsSchema, compactValuesSchema } from './compact';
import { detailFileSchema, jurisdictionSchema, reportEntrySchema } from './contract';
import { shardManifestSchema, shardPlacesSchema } from './shards';

const jurisdiction = {
  id: 'p-1',
  name: '芙蓉区',
  level: '县',
  province: '湖南省',
  city: '长沙市',
  code: '430102',
  county: null,
  placeProvenance: { province: 'text', city: 'divisions' },
};

/** Entry schemas of the columnar files' kinds, each with values zod accepts and values it refuses. */
interface CheckCase {
  readonly name: string;
  readonly schema: z.core.$ZodType;
  readonly values: unknown[];
}

/**
 * Each case's values judged by a check and by zod: `fast` (the check keeps it, and zod returns it
 * unchanged), `zod` (the check leaves to zod a value zod accepts), `refused` (both refuse). A value
 * the check keeps that zod would change or refuse fails the test at once.
 */
function verdictsOf(
  cases: readonly CheckCase[],
  checkOf: (schema: z.core.$ZodType) => ((value: unknown) => boolean) | undefined,
): string[] {
  const verdicts: string[] = [];
  for (const { name, schema, values } of cases) {
    const check = checkOf(schema);
    expect(check, name).toBeDefined();
    for (const value of values) {
      const parsed = z.safeParse(schema, value);
      const unchanged = parsed.success && JSON.stringify(parsed.data) === JSON.stringify(value);
      const verdict = check!(value) ? (unchanged ? 'fast' : 'WRONG') : parsed.success ? 'zod' : 'refused';
      verdicts.push(`${name} ${verdict}`);
      expect(verdict, `${name}: ${JSON.stringify(value)}`).not.toBe('WRONG');
    }
  }
  // Every kind has its fast path.
  for (const { name } of cases) expect(verdicts, name).toContain(`${name} fast`);
  return verdicts;
}

const CASES: CheckCase[] = [
  { name: 'int ≥ 0', schema: z.int().check(z.nonnegative()), values: [0, 3, 2 ** 40, -1, 1.5, Number.NaN, '3', null, 2 ** 60] },
  { name: 'int > 0', schema: z.int().check(z.positive()), values: [1, 0, -0, -2] },
  { name: 'int 0…7', schema: z.int().check(z.minimum(0), z.maximum(7)), values: [0, 7, 8, -1, 3.2] },
  { name: 'nullable int', schema: z.nullable(z.int()), values: [null, 2024, undefined, '2024', 2024.5] },
  { name: 'number', schema: z.number(), values: [0, -3.25, 1e300, Number.POSITIVE_INFINITY, Number.NaN, '1', null] },
  { name: 'nullable number', schema: z.nullable(z.number()), values: [null, 0.5, Number.NaN] },
  { name: 'string', schema: z.string(), values: ['', '甲', 3, null] },
  { name: 'nullable string', schema: z.nullable(z.string()), values: [null, 'x', 0, false] },
  { name: 'url-safe id', schema: urlSafeId, values: ['a-1.b_c', 'a b', '甲', '', 'x/y'] },
  {
    name: 'date',
    schema: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    values: ['2024-01-02', '2024-1-2', null, 20240102],
  },
  { name: 'http url', schema: z.nullable(httpUrlSchema), values: ['https://a.gov.cn/x', 'ftp://a', `https://a/${'x'.repeat(4100)}`, null] },
  { name: 'utc time', schema: z.nullable(utcTimeSchema), values: ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05.123Z', '2024-01-02', null] },
  { name: 'global regex', schema: z.string().check(z.regex(/^a+$/g)), values: ['aa', 'aa', 'b', 'a'] },
  { name: 'min length', schema: z.string().check(z.minLength(2)), values: ['ab', 'a', ''] },
  { name: 'enum', schema: bodyKindSchema, values: ['government', 'department', 'x', null, 0] },
  { name: 'boolean', schema: z.nullable(z.boolean()), values: [true, false, null, 0, 'true'] },
  { name: 'legacy enum', schema: enumWithLegacy(['a', 'b'], { old: 'a', b: 'a' }), values: ['a', 'old', 'b', 'x', null] },
  { name: '0 or 1', schema: z.union([z.literal(0), z.literal(1)]), values: [0, 1, 2, '1', true] },
  {
    name: 'pack member',
    schema: z.nullable(z.tuple([z.int().check(z.nonnegative()), z.int().check(z.nonnegative()), z.int().check(z.positive())])),
    values: [null, [0, 10, 5], [0, 10, 0], [0, 10], [0, 10, 5, 1], '0,10,5', [-1, 0, 1]],
  },
  { name: 'flags', schema: z.array(z.enum(['partial', 'no_year'])), values: [[], ['partial'], ['other'], 'partial', [null]] },
  {
    name: 'place',
    schema: jurisdictionSchema,
    values: [
      jurisdiction,
      { ...jurisdiction, name: null, level: null },
      { ...jurisdiction, extra: 1 },
      { ...jurisdiction, level: '村' },
      (({ county: _county, ...rest }) => rest)(jurisdiction),
      { ...jurisdiction, placeProvenance: { province: 'text' } },
      [jurisdiction],
      null,
    ],
  },
  {
    name: 'optional field',
    schema: z.object({ a: z.string(), b: z.optional(z.int()) }),
    values: [{ a: 'x' }, { a: 'x', b: 1 }, { a: 'x', b: 1.5 }, { a: 'x', b: undefined }, { b: 1 }],
  },
];

describe('entryCheck', () => {
  it('passes only what zod accepts and returns unchanged, and refuses all zod refuses', () => {
    expect(CASES.length).toBeGreaterThan(15);
    const verdicts = verdictsOf(CASES, entryCheck);
    // The valid values left to zod: legacy names zod renames, a place with a key zod drops, an
    // optional key present but undefined (never in JSON).
    expect(verdicts.filter((verdict) => verdict.endsWith(' zod'))).toEqual([
      'legacy enum zod',
      'legacy enum zod',
      'place zod',
      'optional field zod',
    ]);
  });

  it('leaves to zod alone what it does not know: transforms, defaults, refinements, objects with checks of their own', () => {
    const unknown = [
      z._default(z.string(), 'x'),
      z.number().check(z.refine(Number.isFinite, 'must be finite')),
      z.object({ a: z.string() }).check(z.refine(() => true)),
      z.nullable(
        z.pipe(
          z.string(),
          z.transform((value) => value.length),
        ),
      ),
      reviewMarkSchema,
    ];
    expect(unknown.map((schema) => entryCheck(schema))).toEqual(unknown.map(() => undefined));
  });
});

describe('unchangedCheck', () => {
  const ordered = z.object({ a: z.string(), b: z.optional(z.int()), c: z.nullable(z.boolean()) });
  const positive = z.number().check(z.refine((value) => value > 0, 'must be positive'));
  const pair = z.object({ low: z.int(), high: z.int() }).check(
    z.superRefine((value, ctx) => {
      if (value.low > value.high) ctx.addIssue({ code: 'custom', message: 'low above high', input: value });
    }),
  );
  /** Schemas with what only this check knows (key order, defaults, records, refinements), and values zod accepts and refuses. */
  const EXACT_CASES: CheckCase[] = [
    ...CASES,
    {
      name: 'key order',
      schema: ordered,
      values: [
        { a: 'x', b: 1, c: null },
        { a: 'x', c: true },
        { c: true, a: 'x' },
        { a: 'x', c: null, b: 1 },
        { a: 'x', b: 1 },
      ],
    },
    { name: 'default', schema: z._default(z.enum(['own', 'other']), 'own'), values: ['own', 'other', undefined, 'x', null] },
    {
      name: 'default field',
      schema: z.object({ a: z.string(), scope: z._default(z.enum(['own', 'other']), 'own') }),
      values: [{ a: 'x', scope: 'other' }, { a: 'x' }, { a: 'x', scope: undefined }, { scope: 'own', a: 'x' }],
    },
    {
      name: 'record',
      schema: z.record(z.string(), ordered),
      values: [
        {},
        { k: { a: 'x', c: null } },
        { k: { a: 'x', c: null }, j: { a: 'y', b: 2, c: false } },
        { k: { c: null, a: 'x' } },
        { k: { a: 1, c: null } },
        { k: undefined },
        [],
        null,
        new Map(),
      ],
    },
    { name: 'refinement', schema: positive, values: [1, 0.5, 0, -1, '1'] },
    {
      name: 'refinement of an object',
      schema: pair,
      values: [
        { low: 1, high: 2 },
        { low: 2, high: 2 },
        { low: 3, high: 2 },
        { high: 2, low: 1 },
      ],
    },
    {
      name: 'legacy enum in an object',
      schema: z.object({ code: enumWithLegacy(['a'], { old: 'a' }) }),
      values: [{ code: 'a' }, { code: 'old' }],
    },
  ];

  it('passes only what zod returns as it is, serialised alike (keys in the same order), and refuses all zod refuses', () => {
    expect(EXACT_CASES.length).toBeGreaterThan(CASES.length + 6);
    const verdicts = verdictsOf(EXACT_CASES, unchangedCheck);
    // The valid values left to zod: those it renames, reorders, drops a key of or fills in a default.
    expect(verdicts.filter((verdict) => verdict.endsWith(' zod'))).toEqual([
      'legacy enum zod',
      'legacy enum zod',
      'place zod',
      'optional field zod',
      'key order zod',
      'key order zod',
      'default zod',
      'default field zod',
      'default field zod',
      'default field zod',
      'record zod',
      'refinement of an object zod',
      'legacy enum in an object zod',
    ]);
  });

  it('still knows nothing of a transform, nor of a record keyed by a closed list (zod orders its keys)', () => {
    const unknown = [
      z.pipe(
        z.string(),
        z.transform((value) => value.length),
      ),
      z.record(z.enum(['a', 'b']), z.string()),
    ];
    expect(unknown.map((schema) => unchangedCheck(schema))).toEqual(unknown.map(() => undefined));
  });

  it('knows the contract files the extract command builds: a detail and an index entry', () => {
    expect(unchangedCheck(detailFileSchema)).toBeDefined();
    expect(unchangedCheck(reportEntrySchema)).toBeDefined();
  });
});

describe('column', () => {
  it('keeps a valid column as it is, and parses an invalid one with zod, to the same issues', () => {
    const ints = column(z.int().check(z.nonnegative()));
    const valid = [0, 1, 2, 3];
    expect(ints.parse(valid)).toBe(valid);
    const invalid = [0, 1, -2, 3.5];
    const plain = z.array(z.int().check(z.nonnegative()));
    expect(z.safeParse(ints, invalid).error?.issues).toEqual(z.safeParse(plain, invalid).error?.issues);
    expect(z.safeParse(ints, invalid).error?.issues.map((issue) => issue.path)).toEqual([[2], [3]]);
    expect(z.safeParse(ints, 'not a column').error?.issues).toEqual(z.safeParse(plain, 'not a column').error?.issues);
  });

  it('reports an invalid entry inside a file where it is, with its message', () => {
    const file = z.object({ id: column(urlSafeId), places: column(jurisdictionSchema) });
    const error = z.safeParse(file, { id: ['a', 'b c'], places: [jurisdiction, { ...jurisdiction, level: '村' }] }).error;
    expect(error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['id', 1], 'must be URL-safe: letters, digits, _ . -'],
      [['places', 1, 'level'], 'Invalid input'],
    ]);
  });

  it('leaves to zod a column with an entry zod would change (a legacy name, renamed)', () => {
    const warnings = column(z.nullable(z.array(z.object({ code: enumWithLegacy(['a'], { old: 'a' }) }))));
    const input = [null, [{ code: 'old' }]];
    expect(warnings.parse(input)).toEqual([null, [{ code: 'a' }]]);
  });
});

describe('the columnar files', () => {
  /** Each array field of an object schema (optional or not) and whether its entries have a fast path. */
  const fastColumns = (schema: z.core.$ZodType) =>
    Object.entries((schema._zod.def as unknown as { shape: Record<string, z.core.$ZodType> }).shape).flatMap(([key, field]) => {
      const def = field._zod.def as unknown as { type: string; innerType?: z.core.$ZodType; element?: z.core.$ZodType };
      const array = def.type === 'optional' ? (def.innerType!._zod.def as unknown as typeof def) : def;
      return array.type === 'array' ? [[key, entryCheck(array.element!) !== undefined] as const] : [];
    });

  it("puts every column of the first chart's files (the manifest, a part's reports, a shard's places, a value file) on the fast path", () => {
    expect(Object.fromEntries(fastColumns(compactReportsSchema))).toEqual({
      id: true,
      jurisdiction: true,
      year: true,
      published: true,
      body: true,
      bodyKind: true,
      documentKind: true,
      title: true,
      sourceFile: true,
      detailPath: true,
      detailPack: true,
      flags: true,
      warningCount: true,
      synthetic: true,
      local: true,
      sourceUrl: true,
      retrievedAt: true,
      has: true,
    });
    expect(Object.fromEntries(fastColumns(shardPlacesSchema))).toEqual({ jurisdictions: true, bodies: true });
    expect(Object.fromEntries(fastColumns(shardManifestSchema))).toEqual({
      indicators: true,
      years: true,
      provinces: true,
      cities: true,
      levels: true,
      shards: true,
    });
    // Review marks (a refinement) are parsed by zod: few values have them.
    expect(Object.fromEntries(fastColumns(compactValuesSchema))).toEqual({
      report: true,
      value: true,
      qualifier: true,
      derived: true,
      extraction: true,
      variant: true,
      warnings: true,
      confidence: true,
      checks: true,
      review: false,
    });
  });
});
