import { gunzipSync, gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { detailJsonOf, detailMemberOf } from './detail-member';

/** The member as it was made before the scratch buffer: gzip of the loose file's text, at the same level. */
const asBefore = (json: string): Buffer => gzipSync(`${json}\n`, { level: 3 });

describe('detailMemberOf', () => {
  it('gzips the loose file’s exact bytes, whatever the text and its length, the scratch buffer reused and grown', () => {
    const texts = [
      '{"reportId":"a"}',
      '{"text":"芙蓉区 2023 年办理行政复议案件 46 件"}',
      // A pair (four bytes of UTF-8) and lone surrogates (written as U+FFFD, as Buffer.from writes them).
      '{"text":"😀 \ud800 x \udfff"}',
      // Longer than the first scratch buffer: it grows.
      `{"text":"${'法治政府'.repeat(100_000)}"}`,
      // Short again after a long one: nothing of the long one's bytes is left in the member.
      '{"reportId":"b"}',
      // Past what the scratch buffer keeps: a buffer of its own.
      `{"text":"${'案'.repeat(1_500_000)}"}`,
      '{"reportId":"c"}',
    ];
    expect(texts).toHaveLength(7);
    for (const json of texts) {
      const member = detailMemberOf(json);
      expect(Buffer.from(member).equals(asBefore(json)), json.slice(0, 40)).toBe(true);
      expect(gunzipSync(member).equals(Buffer.from(`${json}\n`))).toBe(true);
      // Read back as the text of its UTF-8 (a lone surrogate is U+FFFD there, as in a loose file).
      expect(detailJsonOf({ detailMember: member })).toBe(Buffer.from(json).toString('utf8'));
    }
  });
});
