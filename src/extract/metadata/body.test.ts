import { describe, expect, it } from 'vitest';

import { classifyOrgan, isSpam } from './body';
import { extractMetadata } from './index';

describe('classifyOrgan', () => {
  it('knows the organs of a government', () => {
    for (const t of [
      '人民政府',
      '政府',
      '管委会',
      '党工委',
      '委',
      '街道办事处',
      '委全面依法治区委员会办公室',
      '高新区管委会',
      '行政公署',
      '工作委员会',
    ]) {
      expect(classifyOrgan(t), t).toBe('government');
    }
  });

  it('knows departments by how their names end', () => {
    for (const t of [
      '司法局',
      '群众工作部',
      '市场监督管理局',
      '发展和改革委员会',
      '卫健委',
      '政务服务中心',
      '司法所',
      '人民政府办公室',
      '教育工作委员会',
    ]) {
      expect(classifyOrgan(t), t).toBe('department');
    }
  });

  it('calls spam what carries a spam word, and unknown what ends like no organ', () => {
    expect(classifyOrgan('凯发一触即发')).toBe('spam');
    expect(classifyOrgan('澳门皇冠')).toBe('spam');
    expect(classifyOrgan('威尼斯人娱乐城')).toBe('spam');
    expect(classifyOrgan('鸿运当头')).toBe('unknown');
    expect(classifyOrgan('k8凯发官网')).toBe('spam');
    expect(classifyOrgan('k8')).toBe('unknown');
    expect(classifyOrgan('')).toBe('none');
  });

  it('spots spam words regardless of case', () => {
    expect(isSpam('BET365')).toBe(true);
    expect(isSpam('司法局')).toBe(false);
  });
});

describe('the reporting body', () => {
  const prose = '坚持以习近平法治思想为指导,全面推进依法行政,法治政府建设取得新成效。';

  it('keeps spam of an unknown kind out of the body and the title', () => {
    const m = extractMetadata(`临朐县鸿运当头关于2021年度法治政府建设情况的报告\n\n2021年,全县${prose}`);
    expect(m.body?.value).toBe('临朐县');
    expect(m.bodyKind).toBe('government');
    expect(m.title?.value).toBe('临朐县关于2021年度法治政府建设情况的报告');
  });

  it('keeps listed spam out, and takes the kind from how the report speaks', () => {
    const m = extractMetadata(`临朐县威尼斯人娱乐关于2021年度法治政府建设情况的报告\n\n2021年,我局${prose}`);
    expect(m.body?.value).toBe('临朐县');
    expect(m.bodyKind).toBe('department');
  });

  it('reads a department in the opening when there is no title', () => {
    const m = extractMetadata(`2023年,九龙坡区司法局紧扣新时代新征程政法工作面临的形势和任务,${prose}`);
    expect(m.body?.value).toBe('九龙坡区司法局');
    expect(m.bodyKind).toBe('department');
  });

  it('reads a department title that names no place', () => {
    const m = extractMetadata(`县司法局2022年度法治政府建设工作报告\n\n2022年,我局${prose}`);
    expect(m.body?.value).toBe('县司法局');
    expect(m.bodyKind).toBe('department');
    expect(m.jurisdiction).toBeNull();
  });

  it('takes a party committee office for the government', () => {
    const m = extractMetadata(`中共临朐县委全面依法治县委员会办公室关于2022年度法治政府建设情况的报告\n\n2022年,全县${prose}`);
    expect(m.body?.value).toBe('中共临朐县委全面依法治县委员会办公室');
    expect(m.bodyKind).toBe('government');
  });

  it('takes the organ signing the report as its author', () => {
    const filler = `${prose}`.repeat(20);
    const m = extractMetadata(`关于2020年度法治政府建设情况的报告\n\n2020年,我区${filler}\n\n长沙市芙蓉区人民政府\n\n2021年3月10日\n`);
    expect(m.jurisdiction?.value).toBe('芙蓉区');
    expect(m.body?.value).toBe('长沙市芙蓉区人民政府');
    expect(m.bodyKind).toBe('government');
    expect(m.published?.value).toBe('2021-03-10');
  });

  it('reads a management committee of a zone', () => {
    const m = extractMetadata(`苏州工业园区管委会关于2022年度法治政府建设情况的报告\n\n2022年,园区${prose}`);
    expect(m.jurisdiction?.value).toBe('苏州工业园区');
    expect(m.level?.value).toBe('开发区');
    expect(m.city?.value).toBe('苏州市');
    expect(m.body?.value).toBe('苏州工业园区管委会');
    expect(m.bodyKind).toBe('government');
  });
});
