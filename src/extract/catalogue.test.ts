import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { findIndicator, INDICATORS } from './catalogue';
import { INDICATOR_RULES } from './indicators/rules';

/** The catalogue table of docs/indicators.md: id, unit and headline of each row. */
function documentedIndicators() {
  const markdown = readFileSync(new URL('../../docs/indicators.md', import.meta.url), 'utf8');
  return markdown
    .split('\n')
    .filter((line) => /^\| [a-z_]+\.[a-z_0-9]+ \|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((cell) => cell.trim());
      return { id: cells[1]!, unit: cells[4]!.replace(/\s*\(.*\)$/, ''), headline: cells[5] === 'yes' };
    });
}

describe('catalogue', () => {
  it('holds exactly the documented indicators, units and headline flags', () => {
    expect(INDICATORS.map(({ id, unit, headline }) => ({ id, unit, headline }))).toEqual(documentedIndicators());
  });

  it('has a matching rule for every indicator, and rules only for catalogue indicators', () => {
    const ruled = new Set(INDICATOR_RULES.map((rule) => rule.indicator));
    for (const indicator of INDICATORS) expect(ruled.has(indicator.id), indicator.id).toBe(true);
    for (const rule of INDICATOR_RULES) expect(findIndicator(rule.indicator)).toBeDefined();
  });

  it('measures rates in percent and everything else in counts or money', () => {
    for (const rule of INDICATOR_RULES) {
      const unit = findIndicator(rule.indicator)!.unit;
      // A rate per 10,000 residents is read from a number printed with "%", but stored as what it is.
      expect(rule.measure === 'percent', rule.indicator).toBe(unit === '%' || unit === '人/万人');
      expect(rule.measure === 'money', rule.indicator).toBe(unit === '万元');
    }
  });
});
