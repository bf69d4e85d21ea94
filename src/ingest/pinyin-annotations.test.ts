import { describe, expect, it } from 'vitest';

import { ingestFile } from '.';
import { dropPinyinAnnotations } from './pinyin-annotations';

describe('dropPinyinAnnotations', () => {
  it("drops a converter's reading after each character, so names are whole again", () => {
    expect(dropPinyinAnnotations('廣西壯族自治區(qū)人民政府關(guān)於2021年')).toBe('廣西壯族自治區人民政府關於2021年');
    expect(dropPinyinAnnotations('寧夏回族自治區(qū)各級(jí)政府')).toBe('寧夏回族自治區各級政府');
    expect(dropPinyinAnnotations('全縣(xiàn)共受理法律援助案件312件')).toBe('全縣共受理法律援助案件312件');
    expect(dropPinyinAnnotations('調(diào)解成功率（lǜ）98%')).toBe('調解成功率98%');
  });

  it("keeps parentheses that are the report's own: list items, units, abbreviations, toneless Latin", () => {
    const own = '其中(a)类12件,细颗粒物(PM2.5)浓度,面积(km)2处,管委会(gwh)备案';
    expect(dropPinyinAnnotations(own)).toBe(own);
    expect(dropPinyinAnnotations('(一)加强组织领导')).toBe('(一)加强组织领导');
  });

  it('leaves a reading that follows no Han character', () => {
    expect(dropPinyinAnnotations('Ⅱ(èr)')).toBe('Ⅱ(èr)');
  });
});

describe('ingestFile', () => {
  it('reads a mirror page without its readings, whatever the format, and says so', async () => {
    const page =
      '<html><body><p>2022年,我區(qū)堅持依法行政。自治區(qū)人民政府常務(wù)會議專題研究法治政府建設(shè)議題12次。</p></body></html>';
    const read = await ingestFile(new TextEncoder().encode(page), 'mirror.html');
    expect(read.text).toContain('自治區人民政府常務會議專題研究法治政府建設議題12次');
    expect(read.notes).toContain('pinyin annotations dropped');
    const plain = await ingestFile(new TextEncoder().encode('2021年,全縣(xiàn)深入推進法治政府建設(shè)。'), 'a.txt');
    expect(plain.text).toBe('2021年,全縣深入推進法治政府建設。');
  });
});
