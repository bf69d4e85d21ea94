import { describe, expect, it } from 'vitest';

import { reportFlagSchema, warningSchema } from './schema';

describe('closed lists in the contract', () => {
  it('reads a renamed flag or warning code of older data as its new name', () => {
    expect(reportFlagSchema.parse('ambiguous_division')).toBe('ambiguous_place');
    expect(reportFlagSchema.parse('partial')).toBe('partial');
    expect(warningSchema.parse({ code: 'ambiguous_division', message: 'm', paragraphId: null }).code).toBe('ambiguous_place');
  });

  it('still refuses codes it does not know', () => {
    expect(reportFlagSchema.safeParse('no_such_flag').success).toBe(false);
    expect(reportFlagSchema.safeParse(3).success).toBe(false);
  });
});

describe('data written before catalogue v2', () => {
  it("is upgraded when parsed: an extraction without a scope reads as the place's own figure", async () => {
    const { readFixtureJson } = await import('../../tests/fixtures/dataset/fixture');
    const { parseDetailFile } = await import('./schema');
    const detail = readFixtureJson('reports/370829/2023.json') as { extractions: Record<string, unknown>[] };
    expect(detail.extractions.length).toBeGreaterThan(3);
    const old = { ...detail, extractions: detail.extractions.map(({ scope: _scope, ...rest }) => rest) };
    expect(old.extractions.every((extraction) => !('scope' in extraction))).toBe(true);
    const parsed = parseDetailFile(old);
    expect(parsed.extractions.map((extraction) => extraction.scope)).toEqual(old.extractions.map(() => 'own'));
    // A written scope is kept.
    const higher = parseDetailFile({
      ...detail,
      extractions: detail.extractions.map((extraction, i) => (i === 0 ? { ...extraction, scope: 'higher_level' } : extraction)),
    });
    expect(higher.extractions[0]!.scope).toBe('higher_level');
  });
});
