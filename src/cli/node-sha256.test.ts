import { describe, expect, it } from 'vitest';

import { sha256Hex } from '../data/sha256';
import { nodeSha256Hex } from './node-sha256';

describe('nodeSha256Hex', () => {
  it('gives the WebCrypto digest the browser gives, for Chinese text, astral characters and lone surrogates', async () => {
    const texts = [
      '',
      'abc',
      '2022年,芙蓉区法治政府建设…\n一、主要工作',
      '𠀀𪚥 emoji 😀',
      'lone \uD800 high',
      'lone \uDC00 low',
      '\uFEFFBOM kept',
    ];
    for (const text of texts) expect(nodeSha256Hex(text)).toBe(await sha256Hex(text));
  });

  it('is the standard SHA-256 of the UTF-8 bytes', () => {
    expect(nodeSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
