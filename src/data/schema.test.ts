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
