import { describe, expect, it } from 'vitest';

import { INDICATOR_RULES } from './rules';

/**
 * What a pattern's match depends on besides the characters it matches: anchors, lookarounds and
 * word boundaries (after dropping escaped characters other than \b and \B, and character classes).
 */
function contextSensitive(pattern: RegExp): boolean {
  const plain = pattern.source.replace(/\\[^bB]/g, '').replace(/\[[^\]]*\]/g, '');
  return /\^|\$|\(\?<?[=!]|\\[bB]/.test(plain) || /[gy]/.test(pattern.flags);
}

describe('indicator rules', () => {
  it('have subjects that match in a part of a paragraph only where they match in the whole (the matcher skips a rule whose subject is nowhere in the paragraph)', () => {
    const sensitive = INDICATOR_RULES.filter((rule) => contextSensitive(rule.subject)).map(
      (rule) => `${rule.indicator}: ${rule.subject.source}`,
    );
    expect(sensitive).toEqual([]);
  });

  it('the check itself sees anchors, lookarounds, boundaries and stateful flags', () => {
    for (const pattern of [/^复议/, /复议$/, /(?<!不)受理/, /受理(?=案件)/, /\b调解/, /复议/g])
      expect(contextSensitive(pattern)).toBe(true);
    for (const pattern of [/行政复议|复议案件/, /[^不]受理/, /调\$/]) expect(contextSensitive(pattern)).toBe(false);
  });
});
