import { describe, expect, it } from 'vitest';

import { encodeGb18030, encodeUtf16 } from '../../tests/fixtures/ingest/builders';
import { decodeText, looksLikeChineseOrAsciiText, utf16ByNulPattern } from './decode-text';

const SAMPLE = '芙蓉区关于2020年度法治政府建设情况的报告\n受理行政复议案件46件,办结49件。\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, dropping the BOM from the text', () => {
    const bytes = new TextEncoder().encode(SAMPLE);
    expect(decodeText(bytes)).toEqual({ text: SAMPLE, encoding: 'utf-8', bom: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: SAMPLE, encoding: 'utf-8', bom: true });
  });

  it('reads UTF-16 in both byte orders, by BOM or by the NUL pattern of its ASCII', () => {
    expect(decodeText(encodeUtf16(SAMPLE, 'le', true))).toEqual({ text: SAMPLE, encoding: 'utf-16le', bom: true });
    expect(decodeText(encodeUtf16(SAMPLE, 'be', true))).toEqual({ text: SAMPLE, encoding: 'utf-16be', bom: true });
    expect(decodeText(encodeUtf16(SAMPLE, 'le', false))).toEqual({ text: SAMPLE, encoding: 'utf-16le', bom: false });
    expect(decodeText(encodeUtf16(SAMPLE, 'be', false))).toEqual({ text: SAMPLE, encoding: 'utf-16be', bom: false });
  });

  it('reads GBK (as GB18030, its superset), traditional characters and four-byte forms included', () => {
    const text = `${SAMPLE}高陵區堅持法治政府建設\u00a0€`;
    expect(decodeText(encodeGb18030(text))).toEqual({ text, encoding: 'gb18030', bom: false });
  });

  it('refuses binary data, even when it starts like a BOM or decodes without error', () => {
    const message = /is not text in a supported encoding/;
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x81, 0x00, 0xc3]))).toThrow(message);
    expect(() => decodeText(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]))).toThrow(message);
    // Pseudo-random bytes: deterministic, so the test never flickers.
    let seed = 42;
    const noise = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    expect(() => decodeText(noise)).toThrow(message);
    // Latin-1 text is valid GB18030 byte by byte, but it does not read as Chinese.
    expect(() => decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0xe9, 0x6a, 0xe0, 0x20, 0x76, 0x75]))).toThrow(message);
  });

  it('refuses UTF-16 cut in the middle of a code unit', () => {
    expect(() => decodeText(encodeUtf16(SAMPLE, 'le', true).subarray(0, 11))).toThrow(/not text/);
  });
});

describe('helpers', () => {
  it('tells writing from symbols', () => {
    expect(looksLikeChineseOrAsciiText('法治政府建设,2020年。')).toBe(true);
    expect(looksLikeChineseOrAsciiText('脀섀')).toBe(false);
    expect(looksLikeChineseOrAsciiText('plain ASCII')).toBe(true);
  });

  it('needs NULs on one side only for UTF-16 without BOM', () => {
    expect(utf16ByNulPattern(new Uint8Array([0x41, 0x00, 0x2d, 0x4e]))).toBe('utf-16le');
    expect(utf16ByNulPattern(new Uint8Array([0x00, 0x41, 0x4e, 0x2d]))).toBe('utf-16be');
    expect(utf16ByNulPattern(new Uint8Array([0x00, 0x00, 0x00, 0x00]))).toBe(null);
    expect(utf16ByNulPattern(new Uint8Array([0x41, 0x00, 0x2d]))).toBe(null);
  });
});
