import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';
import * as OpenCC from 'opencc-js/core';
import * as T2CN from 'opencc-js/preset/t2cn';
import { describe, expect, it } from 'vitest';

import { toSimplified, toSimplifiedStaged } from './convert';
import { dictionaryKeys } from './traditional-chars-source';

/** opencc-js's own converter of the three stages in one, which both must equal. */
const openccT2cn = OpenCC.ConverterFactory(T2CN.from.tw ?? [], T2CN.from.hk ?? [], T2CN.to.cn ?? []);

/** The texts on which a conversion differs from opencc-js's. */
function differing(texts: readonly string[]): string[] {
  return texts.filter((text) => toSimplified(text) !== openccT2cn(text) || toSimplifiedStaged(text) !== openccT2cn(text));
}

describe('the converter run stage by stage', () => {
  it('converts every phrase of the dictionaries as opencc-js does, alone and among others', () => {
    const keys = dictionaryKeys();
    expect(keys.length).toBeGreaterThan(5000);
    // Variants of the first two stages (吃, 台, 温) beside phrases of the third, and simplified text.
    const around = ['', '一口吃', '台户温', '覆盖', '國家', '么'];
    const texts = keys.flatMap((key) => around.map((before, i) => `${before}${key}${around[(i + 1) % around.length]}`));
    expect(differing(texts)).toEqual([]);
  });

  it('converts any text made of the dictionaries’ characters as opencc-js does', () => {
    const characters = [...new Set(dictionaryKeys().flatMap((key) => [...key]))];
    expect(characters.length).toBeGreaterThan(3000);
    fc.assert(
      // Ideographic description characters (⿰…) and characters beyond the BMP are read as opencc-js reads them too.
      fc.property(fc.array(fc.constantFrom(...characters, ...'一二、,。 \n⿰⿱⿲', '𠀀', '\ud840'), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(differing([text])).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('converts every line of every fixture as opencc-js does', () => {
    const lines = ['tests/fixtures', 'corpus'].flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(txt|html?)$/.test(name))
        .flatMap((name) => readFileSync(path.join(folder, name), 'utf8').split('\n')),
    );
    expect(lines.length).toBeGreaterThan(4000);
    expect(differing(lines)).toEqual([]);
  });
});
