import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import { classifyHeading, isChromeLine, segmentReport } from './segment';

function segment(text: string) {
  return segmentReport(text, normalizeForMatching(text));
}

describe('isChromeLine', () => {
  it.each([
    '发布日期:2023-01-13 10:19:38 浏览次数: 字体:[ ]',
    '【打印本页】【关闭窗口】',
    '扫一扫在手机打开当前页',
    '上一篇:',
    'Produced By 大汉网络 大汉版通发布系统',
    '>专题专栏>高新区法制建设>法制信息宣传',
    '您所在的位置:政务公开 > 工作报告',
    '索引号: 113708290043164240/2024-12449 发布机构: 嘉祥县司法局',
    '今天是:2019年10月31日 星期三 农历十月初七',
    'Copyright © 2017 广州市司法局 粤ICP备09006188号 网站标识码:4401000042',
    '凯发一触即发',
    '澳门皇冠',
  ])('drops page chrome: %s', (line) => {
    expect(isChromeLine(normalizeForMatching(line))).toBe(true);
  });

  it.each([
    '芙蓉区凯发一触即发关于2020年度法治政府建设情况的报告',
    '一、推进法治政府建设的主要举措和成效',
    '依法化解社会矛盾。加强行政调解队伍建设,共71名行政调解员。',
  ])('keeps report text: %s', (line) => {
    expect(isChromeLine(normalizeForMatching(line))).toBe(false);
  });

  // A field name of the page's information table is also a word of prose: the line of the report
  // that uses it, and the figures in it, are kept (set 9's review: 「分解落实到具体责任部门单位」).
  it.each([
    '二是压实工作责任。将年度法治建设任务36项逐项分解到责任部门,全年开展普法宣传活动58场次。',
    '(三)深化政务公开。进一步扩大公开范围,全年办理依申请公开政府信息28件。',
    '规范执法程序。创新公开方式,对责任科室实行清单管理;全年办理行政处罚案件112件。',
    '一是強化組織領導。把工作細化到各責任部門,全年受理行政復議案件41件。',
  ])('keeps a sentence of the report holding a table field name: %s', (line) => {
    expect(isChromeLine(normalizeForMatching(line))).toBe(false);
  });

  it.each([
    '[ 主题分类 ] 其他 [ 体裁分类 ] 工作报告',
    '组配分类: 行政执法工作年度报告',
    '公开方式: 主动公开 公开范围: 面向全社会',
    '责任部门:区司法局; 成文日期:2025-01-20',
    '| [ 主题分类 ] | 公安、安全、司法、法制 | [ 体裁分类 ] | 工作报告 |',
  ])('still drops a line of the information table: %s', (line) => {
    expect(isChromeLine(normalizeForMatching(line))).toBe(true);
  });
});

describe('classifyHeading', () => {
  it.each([
    ['推进法治政府建设的主要举措和成效', 'results'],
    ['存在的问题', 'problems'],
    ['推进法治政府建设存在的不足和原因', 'problems'],
    ['下一步工作思路', 'plans'],
    ['2023年度推进法治政府建设的主要安排', 'plans'],
    ['存在的不足及下步打算', 'problems'],
    ['对策建议及整改措施', 'plans'],
    ['主要举措、成效及存在的问题与原因分析', 'mixed'],
    ['统筹推进显质效,保障法治政府建设责任落实落细', 'neutral'],
  ])('%s → %s', (title, kind) => {
    expect(classifyHeading(title)).toBe(kind);
  });
});

describe('segmentReport', () => {
  const report = [
    '首页 > 政务公开',
    '某县2022年度法治政府建设情况报告',
    '发布时间:2023-02-01 浏览次数:12',
    '2022年,我县坚持依法行政。',
    '一、主要举措和成效',
    '(一)化解矛盾纠纷',
    '全年受理矛盾纠纷200起。',
    '二、存在的不足',
    '出庭应诉率不高。',
    '(二)整改措施',
    '2023年,我县将保持出庭应诉率100%。',
    '三、下一步工作安排',
    '保持行政机关负责人出庭应诉率100%。',
    '【打印本页】【关闭窗口】',
  ].join('\n');
  const paragraphs = segment(report);

  it('drops the chrome and keeps the report text verbatim, in order', () => {
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '某县2022年度法治政府建设情况报告',
      '2022年,我县坚持依法行政。',
      '一、主要举措和成效',
      '(一)化解矛盾纠纷',
      '全年受理矛盾纠纷200起。',
      '二、存在的不足',
      '出庭应诉率不高。',
      '(二)整改措施',
      '2023年,我县将保持出庭应诉率100%。',
      '三、下一步工作安排',
      '保持行政机关负责人出庭应诉率100%。',
    ]);
    for (const paragraph of paragraphs) {
      expect(report.slice(paragraph.offset, paragraph.offset + paragraph.text.length)).toBe(paragraph.text);
    }
  });

  it('gives each paragraph its section and kind', () => {
    const kinds = Object.fromEntries(paragraphs.map((paragraph) => [paragraph.text, [paragraph.sectionKind, paragraph.section]]));
    expect(kinds['2022年,我县坚持依法行政。']).toEqual(['results', '']);
    expect(kinds['某县2022年度法治政府建设情况报告']).toEqual(['other', '']);
    expect(kinds['全年受理矛盾纠纷200起。']).toEqual(['results', '一、主要举措和成效 / (一)化解矛盾纠纷']);
    expect(kinds['出庭应诉率不高。']![0]).toBe('problems');
    expect(kinds['2023年,我县将保持出庭应诉率100%。']![0]).toBe('plans');
    expect(kinds['保持行政机关负责人出庭应诉率100%。']![0]).toBe('plans');
  });

  it('marks heading lines as headings', () => {
    expect(paragraphs.filter((paragraph) => paragraph.isHeading).map((paragraph) => paragraph.text)).toEqual([
      '一、主要举措和成效',
      '(一)化解矛盾纠纷',
      '二、存在的不足',
      '(二)整改措施',
      '三、下一步工作安排',
    ]);
  });

  it('splits a page flattened onto one line at its headings', () => {
    const flattened = `2022年,某街道法治政府建设工作取得成效,现将情况报告如下: 一、2022年度推进法治政府建设的主要举措和成效 (一)强化组织领导,全面落实法治建设职责。${'加强组织建设。'.repeat(30)} (二)聚焦制度建设。受理矛盾纠纷30起。`;
    const pieces = segment(flattened);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    expect(pieces.at(-1)!.text).toBe('(二)聚焦制度建设。受理矛盾纠纷30起。');
    expect(pieces.at(-1)!.sectionKind).toBe('results');
  });

  it('reads a report without any heading as results, its title aside', () => {
    const pieces = segment('某镇法治政府建设情况报告\n今年共受理调处矛盾纠纷20起,调处成功19起。');
    expect(pieces.map((paragraph) => paragraph.sectionKind)).toEqual(['other', 'results']);
  });

  it('returns nothing for an empty text', () => {
    expect(segment('')).toEqual([]);
    expect(segment('   \n \n')).toEqual([]);
  });
});

describe('segmentReport: openings and numbered sentences (issue 19)', () => {
  it('reads the prose before the first heading as results, the front matter above it as other', () => {
    const paragraphs = segment(
      [
        '某县司法局2021年工作总结',
        '县司法局',
        '2021年,审查规范性文件40件,办理法律援助案件612件。',
        '一、主要工作',
        '(一)普法。开展活动。',
      ].join('\n'),
    );
    expect(paragraphs.map((paragraph) => paragraph.sectionKind)).toEqual(['other', 'other', 'results', 'results', 'results']);
  });

  it('keeps an opening that is a plan or a shortcoming what it is', () => {
    const paragraphs = segment(['2023年,我县将全面推进依法行政。', '一、主要工作'].join('\n'));
    expect(paragraphs[0]!.sectionKind).toBe('plans');
  });

  it('reads a numbered sentence of clauses as a paragraph, a numbered title as a heading', () => {
    const paragraphs = segment(
      ['一、坚持党的领导,全面推进法治政府建设', '二、2020年度我局实施行政处罚总数为293宗,罚没收入1180万元,具体见表二。'].join('\n'),
    );
    expect(paragraphs.map((paragraph) => paragraph.isHeading)).toEqual([true, false]);
  });
});
