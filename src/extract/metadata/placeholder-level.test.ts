/**
 * Sample texts (范文) write their own place as a placeholder: XX区, **县, ××镇. It names no place,
 * but tells the level when nothing else does — as 我镇 does.
 */
import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

describe('a placeholder for the text’s own place', () => {
  it.each([
    ['2021年,司法局围绕中心工作,制定《XX区矛盾纠纷多元化解工作细则》,全年开展法治宣传86场。', '区'],
    ['2022年上半年,**县司法局扎实推进依法治县工作,组建公共法律服务团队。', '县'],
    ['××镇2023年法治政府建设工作情况\n2023年,镇党委、镇政府高度重视法治政府建设。', '镇'],
    ['2020年,xx街道坚持依法行政,全面推行行政执法三项制度。', '街道'],
  ])('「%s」 is of level %s, with no place', (text, level) => {
    const metadata = extractMetadata(text);
    expect(metadata.level?.value).toBe(level);
    expect(metadata.jurisdiction).toBeNull();
    expect(metadata.flags).toContain('no_jurisdiction');
    expect(text.slice(metadata.level!.span!.start, metadata.level!.span!.end)).toMatch(/^(?:XX|\*\*|××|xx)/);
  });

  it('gives way to the text speaking of itself, and to a place it names', () => {
    expect(extractMetadata('依据xx县考评指标,我镇对2022年法治政府建设情况进行了自查,我镇党委高度重视。').level?.value).toBe('镇');
    const named = extractMetadata('嘉祥县2022年法治政府建设情况报告\n2022年,我县坚持依法行政,指导XX镇规范执法。');
    expect(named.jurisdiction?.value).toBe('嘉祥县');
    expect(named.level?.value).toBe('县');
  });

  it('is no placeholder in a single letter or a text without one', () => {
    expect(extractMetadata('2022年,司法局坚持依法行政,全面推行行政执法三项制度。').level).toBeNull();
    expect(extractMetadata('2022年,X区坚持依法行政,全面推行行政执法三项制度。').level).toBeNull();
  });
});
