import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

describe('a city bureau that says 全省 more often than 我市', () => {
  it('is placed by the one city it writes, in a rule of its own', () => {
    const text = [
      '2023年,市生态环境局在市委市政府的坚强领导下,深入学习贯彻习近平法治思想,在全面促进严格规范公正文明执法等方面取得了新成效。',
      '--在全省率先建成生态环境数字执法平台,获评全省优化营商环境最佳实践案例。',
      '--全省首个“无废城市”细胞建设标准在全省推广。',
      '--《嘉兴市河道管理条例》于2024年1月1日正式施行。',
      '一、法治政府建设水平持续提升',
      '(一)法治政府建设稳步争先。为我市成功创建全国法治政府建设示范城市贡献了生态环境力量。',
      '',
    ].join('\n');
    const md = extractMetadata(text);
    expect(md.jurisdiction?.value).toBe('嘉兴市');
    expect(md.province?.value).toBe('浙江省');
    expect(md.code?.value).toBe('330400');
  });
});
