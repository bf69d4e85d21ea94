import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { toSimplified, toSimplifiedStaged } from './convert';
import { dictionaryKeys } from './traditional-chars-source';

describe('the converter run stage by stage', () => {
  it('converts every phrase of the dictionaries as opencc-js does, alone and among others', () => {
    const keys = dictionaryKeys();
    expect(keys.length).toBeGreaterThan(5000);
    // Variants of the first two stages (吃, 台, 温) beside phrases of the third, and simplified text.
    const around = ['', '一口吃', '台户温', '覆盖', '國家', '么'];
    const texts = keys.flatMap((key) => around.map((before, i) => `${before}${key}${around[(i + 1) % around.length]}`));
    expect(texts.filter((text) => toSimplifiedStaged(text) !== toSimplified(text))).toEqual([]);
  });

  it('converts any text made of the dictionaries’ characters as opencc-js does', () => {
    const characters = [...new Set(dictionaryKeys().flatMap((key) => [...key]))];
    expect(characters.length).toBeGreaterThan(3000);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...characters, ...'一二、,。 \n'), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(toSimplifiedStaged(text)).toBe(toSimplified(text));
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
    expect(lines.filter((line) => toSimplifiedStaged(line) !== toSimplified(line))).toEqual([]);
  });
});
