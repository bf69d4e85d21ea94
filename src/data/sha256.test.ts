import { createHash } from 'node:crypto';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it('gives the standard digest of the UTF-8 text', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('equals node:crypto for any text, Chinese and astral characters included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), async (text) => {
        expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { numRuns: 60 },
    );
    expect(await sha256Hex('芙蓉区2020年法治政府建设𠀀')).toBe(
      createHash('sha256').update('芙蓉区2020年法治政府建设𠀀', 'utf8').digest('hex'),
    );
  });
});
