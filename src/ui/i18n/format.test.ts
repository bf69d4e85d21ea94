import { afterEach, describe, expect, it, vi } from 'vitest';

import { formatNumber, formatQualified, numberFormat, warningText } from './format';

afterEach(() => vi.restoreAllMocks());

describe('formatNumber', () => {
  it('groups by language with at most two decimals', () => {
    expect(formatNumber(1234567.891, 'zh')).toBe('1,234,567.89');
    expect(formatNumber(0.5, 'en')).toBe('0.5');
    expect(formatQualified(350, 'approx', 'zh')).toBe('≈350');
  });

  it('builds one Intl.NumberFormat per language, not one per number', () => {
    expect(numberFormat('zh')).toBe(numberFormat('zh'));
    expect(numberFormat('en')).not.toBe(numberFormat('zh'));
    const constructor = vi.spyOn(Intl, 'NumberFormat');
    for (let i = 0; i < 1000; i += 1) formatNumber(i * 1.5, i % 2 === 0 ? 'zh' : 'en');
    expect(constructor).not.toHaveBeenCalled();
  });
});

describe('warningText', () => {
  it('shows a bilingual warning in the chosen language', () => {
    const message = '行政复议办结 49 件多于受理 46 件:可能含上年结转案件 / more reconsideration cases concluded (49) than received (46)';
    expect(warningText(message, 'zh')).toBe('行政复议办结 49 件多于受理 46 件:可能含上年结转案件');
    expect(warningText(message, 'en')).toBe('more reconsideration cases concluded (49) than received (46)');
    expect(warningText('只有中文 46 / 24', 'en')).toBe('只有中文 46 / 24');
  });
});
