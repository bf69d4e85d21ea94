import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { formatQualified, formatValueWithUnit } from '../i18n/format';
import { loadLanguage } from '../i18n/i18n';
import { segmentText } from './quote';

// The English of the landing view's and the shell's words loads on demand (src/ui/i18n/i18n.ts).
await loadLanguage('en');

describe('segmentText', () => {
  it('cuts a paragraph at span offsets', () => {
    expect(segmentText('受理法律援助案件323件,值班律师', [{ id: 'a', start: 2, end: 12 }])).toEqual([
      { text: '受理', start: 0, end: 2, spanIds: [] },
      { text: '法律援助案件323件', start: 2, end: 12, spanIds: ['a'] },
      { text: ',值班律师', start: 12, end: 17, spanIds: [] },
    ]);
  });

  it('keeps overlapping spans and ignores invalid ones', () => {
    const segments = segmentText('abcdef', [
      { id: 'x', start: 1, end: 4 },
      { id: 'y', start: 3, end: 5 },
      { id: 'bad', start: 4, end: 99 },
    ]);
    expect(segments.map((s) => [s.text, s.spanIds])).toEqual([
      ['a', []],
      ['bc', ['x']],
      ['d', ['x', 'y']],
      ['e', ['y']],
      ['f', []],
    ]);
  });

  it('always reassembles the exact text', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ id: fc.string(), start: fc.nat(30), end: fc.nat(30) })), (text, spans) => {
        expect(
          segmentText(text, spans)
            .map((s) => s.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});

describe('formatting', () => {
  it('writes qualifiers as signs', () => {
    expect(formatQualified(350, 'approx', 'zh')).toBe('≈350');
    expect(formatQualified(1000, 'at_least', 'en')).toBe('≥1,000');
    expect(formatQualified(5, 'at_most', 'zh')).toBe('≤5');
    expect(formatValueWithUnit(93.27, 'exact', '%', 'zh')).toBe('93.27%');
    expect(formatValueWithUnit(940, 'exact', '人次', 'en')).toBe('940 person-times');
  });
});
