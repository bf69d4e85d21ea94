/**
 * Metadata classes of the sixth holdout, read as practice by the fifteenth round (meta15), in other wordings,
 * places and organs than the pages that showed them.
 */
import { describe, expect, it } from 'vitest';

import { extractMetadata } from './index';

const PROSE = '坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进依法行政,法治政府建设取得新成效。';

describe('a department named by its level, whose work on the subject opens the prose', () => {
  it.each([
    ['2022年,市交通运输局法治政府建设工作坚持', '市交通运输局'],
    ['2023年,县卫生健康局依法行政工作始终', '县卫生健康局'],
    ['2024年,在区委、区政府的坚强领导下,区市场监督管理局法治建设工作紧紧', '区市场监督管理局'],
  ])('is that department: %s', (opening, organ) => {
    const md = extractMetadata(`${opening}${PROSE}全面落实上级部署,全年${PROSE}\n一、主要举措\n${PROSE}\n`);
    expect(md.body?.value).toBe(organ);
    expect(md.bodyKind).toBe('department');
  });
});
