import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

describe('a place written apart from the place under it', () => {
  it('is not the report place when a cover notice is signed 「上海市 徐汇区司法局」', () => {
    const text = [
      '关于印发《徐汇区司法局2022年度工作总结》的通知',
      '索引号 | SY0659811960202300012 |',
      '发布机构 | 司法局 |',
      '发布时间 | 2023-02-11 |',
      '机关各处室、局属各单位,各司法所:',
      '《徐汇区司法局20 22 年度工作总结》已审议通过,现予印发 。',
      '特此通知。',
      '上海市 徐汇区司法局',
      '2023 年 1 月 27 日',
      '徐汇区司法局 2022年度 工作 总结',
      '2022年,在区委、区政府的坚强领导下,徐汇区司法局坚持以习近平法治思想为指导,全面推进依法治区和司法行政各项工作。',
      '',
    ].join('\n');
    const md = extractMetadata(text);
    expect(md.jurisdiction?.value).toBe('徐汇区');
    expect(md.level?.value).toBe('区');
    expect(md.code?.value).toBe('310104');
    expect(md.body?.value).toBe('徐汇区司法局');
    expect(md.bodyKind).toBe('department');
  });
});
