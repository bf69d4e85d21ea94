import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

describe('a bureau that says 全省 (全市) more often than 我市 (我县)', () => {
  it('is placed by the one city it writes, in a rule of its own', () => {
    // The short name in a quoted slogan (“嘉兴数字执法…”) is what made the older heads give up: without
    // mostWrittenOfStrongLevel this text gets no place at all (checked when the test was written).
    const text = [
      '2023年,市生态环境局在市委市政府的坚强领导下,深入学习贯彻习近平法治思想,在全面促进严格规范公正文明执法等方面取得了新成效。',
      '--在全省率先建成生态环境数字执法平台,获评全省优化营商环境最佳实践案例。',
      '--“嘉兴数字执法 护航绿色发展”获评全省营商环境优化提升“一号改革工程”最佳实践案例,入选“一地创新、全省共享”一本账。',
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

  it('places a county bureau that says 全市 more often than 我县 the same way', () => {
    const text = [
      '2022年,县自然资源局在县委县政府的坚强领导下,深入学习贯彻习近平法治思想,依法行政水平持续提升。',
      '--在全市率先完成自然资源执法数字化改革,获评全市法治政府建设优秀案例。',
      '--“德清地理信息 助力数字乡村”获评全市营商环境优化提升最佳实践案例。',
      '--全市首个耕地保护“田长制”标准在全市推广。',
      '--《德清县耕地保护办法》于2023年3月1日正式施行。',
      '一、法治政府建设水平持续提升',
      '(一)法治政府建设稳步争先。为我县成功创建省级法治政府建设示范县贡献了自然资源力量。',
      '',
    ].join('\n');
    const md = extractMetadata(text);
    expect(md.jurisdiction?.value).toBe('德清县');
    expect(md.city?.value).toBe('湖州市');
    expect(md.code?.value).toBe('330521');
  });
});
