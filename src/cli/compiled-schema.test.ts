import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';
import * as core from 'zod/v4/core';

import { prepareReport } from '../data/build-dataset';
import { type DetailFile, detailFileSchema } from '../data/schema';
import { extractReport } from '../extract';
import { compiledParser, compiledSchema } from './compiled-schema';

const parseCompiled = compiledParser(detailFileSchema);
const FOLDER = new URL('../../tests/fixtures/real-pages/north/', import.meta.url);

/** Detail files of real pages, as the extractor writes them. */
function realDetails(): DetailFile[] {
  const files = readdirSync(FOLDER)
    .filter((name) => name.endsWith('.txt'))
    .slice(0, 12);
  return files.map(
    (name) =>
      prepareReport({ sourceFile: name, report: extractReport(readFileSync(new URL(name, FOLDER), 'utf8')), textSha256: 'a'.repeat(64) })
        .detail,
  );
}

/** What a parser makes of a value: its output as JSON (key order included), or its issues. */
function outcome(parse: (value: unknown) => unknown, value: unknown): string {
  try {
    return JSON.stringify(parse(value));
  } catch (error) {
    return `rejected: ${JSON.stringify((error as { issues?: unknown }).issues)}`;
  }
}

describe('compiledParser', () => {
  it('compiles every object of the tree, nested ones included, and leaves the schema as it was', () => {
    const compiled = compiledSchema(detailFileSchema);
    const paragraph = compiled._zod.def.shape.paragraphs._zod.def.element;
    const span = compiled._zod.def.shape.metadata._zod.def.shape.title._zod.def.innerType;
    for (const object of [compiled, paragraph, span]) expect(object).toBeInstanceOf(core.$ZodObjectJIT);
    expect(detailFileSchema).not.toBeInstanceOf(core.$ZodObjectJIT);
    expect(detailFileSchema._zod.def.shape.paragraphs._zod.def.element).not.toBeInstanceOf(core.$ZodObjectJIT);
  });

  it('returns what the schema returns for the details of real pages, key order included', () => {
    const details = realDetails();
    expect(details).toHaveLength(12);
    expect(details.some((detail) => detail.extractions.length > 0)).toBe(true);
    for (const detail of details) {
      expect(outcome(parseCompiled, detail)).toBe(outcome((value) => detailFileSchema.parse(value), detail));
      expect(outcome(parseCompiled, detail).startsWith('rejected')).toBe(false);
    }
  });

  it('returns a detail as the extractor builds it as it is, nothing copied: zod would return it unchanged', () => {
    const details = realDetails();
    expect(details.length).toBeGreaterThan(0);
    for (const detail of details) expect(parseCompiled(detail)).toBe(detail);
    // One key out of the schema's order is a copy in that order, as zod makes it.
    const [first] = details;
    const { reportId, ...rest } = first!;
    const reordered = { ...rest, reportId };
    expect(parseCompiled(reordered)).not.toBe(reordered);
    expect(JSON.stringify(parseCompiled(reordered))).toBe(JSON.stringify(first));
  });

  it('upgrades and defaults as the schema does: a legacy warning code, a missing scope, unknown keys dropped', () => {
    const [detail] = realDetails().filter((d) => d.extractions.length > 0);
    const { scope: _scope, ...withoutScope } = detail!.extractions[0]!;
    const old = {
      ...detail,
      extra: 1,
      extractions: [withoutScope, ...detail!.extractions.slice(1)],
      warnings: [{ code: 'ambiguous_division', message: 'm', paragraphId: null }],
    };
    const parsed = parseCompiled(old);
    expect(parsed.warnings[0]!.code).toBe('ambiguous_place');
    expect(parsed.extractions[0]!.scope).toBe('own');
    expect('extra' in parsed).toBe(false);
    expect(outcome(parseCompiled, old)).toBe(outcome((value) => detailFileSchema.parse(value), old));
  });

  it('rejects what the schema rejects, with the same issues', () => {
    const [detail] = realDetails().filter((d) => d.extractions.length > 0);
    const broken: unknown[] = [
      null,
      { ...detail, reportId: 'not url safe/…' },
      { ...detail, schemaVersion: 99 },
      { ...detail, textSha256: 'ABC' },
      { ...detail, extractions: [{ ...detail!.extractions[0]!, quote: 'not the paragraph’s words' }] },
      { ...detail, extractions: [{ ...detail!.extractions[0]!, confidence: 2 }] },
      { ...detail, paragraphs: [{ ...detail!.paragraphs[0]!, offset: -1 }] },
      { ...detail, metadata: { ...detail!.metadata, year: { value: 2022.5, provenance: 'text', span: null } } },
    ];
    for (const value of broken) {
      const compiled = outcome(parseCompiled, value);
      expect(compiled.startsWith('rejected')).toBe(true);
      expect(compiled).toBe(outcome((v) => detailFileSchema.parse(v), value));
    }
  });
});
