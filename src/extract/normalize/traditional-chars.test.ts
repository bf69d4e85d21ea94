import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { toSimplified } from './convert';
import { normalizeConvertingEveryLine, normalizeForMatching } from './normalize';
import { TRADITIONAL_CHARACTERS, TRADITIONAL_PHRASES } from './traditional-chars.generated';
import { dictionaryKeys, lineTriggers } from './traditional-chars-source';

const phrases = Object.values(TRADITIONAL_PHRASES).flat();

describe('what makes a line need converting', () => {
  it('is what the converter says (run `npx tsx scripts/build-traditional-chars.ts` when this fails)', () => {
    expect(TRADITIONAL_CHARACTERS.length).toBeGreaterThan(3000);
    expect(phrases.length).toBeGreaterThan(10);
    expect({ characters: TRADITIONAL_CHARACTERS, phrases: TRADITIONAL_PHRASES }).toEqual(lineTriggers());
  });

  it('is all a line needs: every phrase of the dictionaries made of other characters converts to itself', () => {
    const trigger = new RegExp(`[${TRADITIONAL_CHARACTERS}]`);
    const keys = dictionaryKeys();
    expect(keys.length).toBeGreaterThan(1000);
    const untriggered = keys.filter((key) => !trigger.test(key) && !phrases.includes(key));
    expect(untriggered.length).toBeGreaterThan(0);
    expect(untriggered.filter((key) => toSimplified(key) !== key)).toEqual([]);
  });

  it('gives the view that converting every line gives, for every phrase of the dictionaries, alone and among others', () => {
    const keys = dictionaryKeys();
    // The characters a phrase is told apart by, and those the converter writes in a first pass (户 → 戶).
    const around = ['', '覆盖', '沈阳', '二、', '台户', '反'];
    const texts = keys.flatMap((key) => around.map((before, i) => `${before}${key}${around[(i + 1) % around.length]}`));
    expect(texts.length).toBe(keys.length * around.length);
    const different = texts.filter((text) => normalizeForMatching(text) !== normalizeConvertingEveryLine(text));
    expect(different).toEqual([]);
  });

  it('gives the view that converting every line gives, for any text made of the characters and phrases that decide', () => {
    const pieces = [
      ...new Set([...phrases, ...phrases.flatMap((phrase) => [...phrase]), ...Object.keys(TRADITIONAL_PHRASES)]),
      ...'覆盖沈阳二英俱哩彷甦坏瞭藉台户脱着么这梁吃温税\n,。、復議辦結',
      // Characters the view folds (full-width, spaces, quotes, variants), before, inside and after a line that converts.
      ...'，２　“”\u00a0陜峯濬',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(normalizeForMatching(text)).toBe(normalizeConvertingEveryLine(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the view that converting every line gives, for every labelled real page and report', () => {
    const texts = ['tests/fixtures', 'corpus'].flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(txt|html?)$/.test(name))
        .map((name) => readFileSync(path.join(folder, name), 'utf8')),
    );
    expect(texts.length).toBeGreaterThan(400);
    expect(texts.filter((text) => normalizeForMatching(text) !== normalizeConvertingEveryLine(text))).toEqual([]);
  });

  it('leaves a simplified line as it is and converts a traditional one, or one holding a phrase that converts', () => {
    expect(normalizeForMatching('全年受理行政复议案件46件')).toBe('全年受理行政复议案件46件');
    expect(normalizeForMatching('全年受理行政復議案件46件')).toBe('全年受理行政复议案件46件');
    expect(normalizeForMatching('二、覆盖率达到100%')).toBe('二、覆盖率达到100%');
    expect(normalizeForMatching('二、反覆研究')).toBe('二、反复研究');
    expect(normalizeForMatching('一目瞭然,以免藉口')).toBe(toSimplified('一目瞭然,以免藉口'));
  });
});
