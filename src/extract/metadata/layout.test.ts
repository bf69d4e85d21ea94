import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import { findLayout } from './layout';

function layoutOf(text: string) {
  const view = normalizeForMatching(text);
  const l = findLayout(view);
  return {
    title: l.title ? text.slice(l.title.start, l.title.end) : null,
    body: text.slice(l.bodyStart, l.bodyStart + 8),
    sources: l.sources.map((s) => text.slice(s.start, s.end)),
  };
}

const prose = '2022年,我镇坚持以习近平新时代中国特色社会主义思想为指导,全面推进依法行政。';

describe('findLayout', () => {
  it('finds the title line among page chrome', () => {
    const l = layoutOf(
      `首页\n>专题专栏>高新区法制建设>法制信息宣传\n\n淄博高新区群众工作部关于2022年度法治政府建设工作的报告\n\n发布日期:2023-01-13 10:19:38\n\n${prose}`,
    );
    expect(l.title).toBe('淄博高新区群众工作部关于2022年度法治政府建设工作的报告');
    expect(l.body).toBe('2022年,我镇');
  });

  it('does not take a navigation trail, a chrome link or a column name for the title', () => {
    expect(layoutOf(`首页 > 法治政府建设报告\n${prose}`).title).toBeNull();
    expect(layoutOf(`对于县政府的其他规范性文件不满如何申请行政救济\n\n${prose}`).title).toBeNull();
    expect(layoutOf(`工作报告\n\n${prose}`).title).toBeNull();
  });

  it('prefers a title with a year over a bare column name', () => {
    expect(layoutOf(`法治政府建设年度报告\n2023年良渚街道法治政府建设年度报告\n${prose}`).title).toBe('2023年良渚街道法治政府建设年度报告');
  });

  it('joins an organ line standing above the title', () => {
    expect(layoutOf(`仁和镇人民政府\n关于2024年度法治政府建设工作的报告\n${prose}`).title).toBe(
      '仁和镇人民政府\n关于2024年度法治政府建设工作的报告',
    );
    expect(layoutOf(`赵县人民政府\n2022年度法治政府建设情况报告\n${prose}`).title).toBe('赵县人民政府\n2022年度法治政府建设情况报告');
  });

  it('strips bullets, indentation and table pipes around the title', () => {
    expect(layoutOf(`白鹤街道2022年度法治政府建设报告 | ||\n${prose}`).title).toBe('白鹤街道2022年度法治政府建设报告');
    expect(layoutOf(`    蓬华镇2024年法治政府建设报告暨2025年工作计划\n${prose}`).title).toBe(
      '蓬华镇2024年法治政府建设报告暨2025年工作计划',
    );
  });

  it('reads the header source fields', () => {
    const l = layoutOf(
      `嘉祥县2023年度法治政府建设报告\n\n索引号: 113708290043164240/2024-12449 发布机构: 嘉祥县司法局\n成文日期: 2024-02-28\n\n${prose}`,
    );
    expect(l.sources).toEqual(['嘉祥县司法局']);
    expect(layoutOf(`组配分类 | 政府建设 | 发布机构 | 白鹤街道 |\n${prose}`).sources).toEqual(['白鹤街道']);
  });

  it('handles text without lines of prose', () => {
    expect(layoutOf('')).toEqual({ title: null, body: '', sources: [] });
    expect(layoutOf('短').body).toBe('');
  });
});

describe('a title hard-wrapped mid-word at the top of the page', () => {
  const titles = [
    '县司法局关于2021-2025年度行政复议体制改革工作总结报告',
    '区人民政府关于2023年度法治政府建设情况的报告',
    '市司法局2020年第四季度工作总结',
  ];
  const prose =
    '根据上级党委、政府关于全面深化法治政府建设的统一部署,自新一轮改革启动以来,我县紧扣中央顶层设计与地方发展实际,扎实推进各项工作。';

  // A second line that is a title of its own (「2023年度法治政府建设情况的报告」) is read as the title
  // (the wrap is then not seen): only breaks that leave no title on either line are this class.
  it('is read whole wherever the line breaks leave no title on either line', () => {
    expect(titles).toHaveLength(3);
    const misread: string[] = [];
    let tried = 0;
    for (const title of titles) {
      for (let at = 4; at <= title.length - 4; at += 1) {
        if (layoutOf(`${title.slice(at)}\n${prose}`).title !== null || layoutOf(`${title.slice(0, at)}\n${prose}`).title !== null) continue;
        tried += 1;
        const wrapped = `${title.slice(0, at)}\n${title.slice(at)}`;
        const l = layoutOf(`${wrapped}\n${prose}`);
        if (l.title !== wrapped || l.body !== prose.slice(0, 8)) misread.push(wrapped);
      }
    }
    expect(tried).toBeGreaterThan(20);
    expect(misread).toEqual([]);
  });

  it('is not two lines of prose or a heading over a paragraph', () => {
    expect(layoutOf(`一、法治政府建设情况\n总结报告如下${prose}`).title).toBeNull();
    expect(layoutOf(`我局认真总结,\n法治政府建设工作报告${prose}`).title).toBeNull();
  });
});
