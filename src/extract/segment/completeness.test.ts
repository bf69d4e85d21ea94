import { readdirSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { normalizeForMatching } from '../normalize/normalize';
import { stopsMidReport } from './completeness';
import { segmentReport } from './segment';

function partial(text: string): boolean {
  const view = normalizeForMatching(text);
  return stopsMidReport(segmentReport(text, view), view);
}

const folder = (path: string) => new URL(`../../../${path}/`, import.meta.url);
const texts = (path: string) =>
  readdirSync(folder(path))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [name, readFileSync(new URL(name, folder(path)), 'utf8')] as const);

describe('stopsMidReport', () => {
  it('finds every real page opening cut off', () => {
    const pages = texts('tests/fixtures/corpus-pages');
    expect(pages).toHaveLength(20);
    expect(pages.filter(([, text]) => !partial(text)).map(([name]) => name)).toEqual([]);
  });

  it('leaves whole reports alone, signature and date lines included', () => {
    const whole = texts('corpus');
    expect(whole).toHaveLength(5);
    expect(whole.filter(([, text]) => partial(text)).map(([name]) => name)).toEqual([]);
    const signed =
      '一、主要成效\n全年办结复议案件12件。\n二、存在问题\n队伍建设仍需加强。\n三、下一步打算\n持续推进依法行政。\n\n長壽區人民政府\n2024年1月25日';
    expect(partial(signed)).toBe(false);
  });

  it('finds a page cut short after a few words, or after a heading of any level', () => {
    const body = '一、主要成效\n全年审查规范性文件12件。\n(一)规范执法\n全年办理行政处罚案件45件。\n二、存在问题\n基层力量薄弱。\n';
    expect(partial(`${body}三、下一步打算\n组建`)).toBe(true);
    expect(partial(`${body}(八`)).toBe(true);
    expect(partial(`${body}(2)优化政务服务事项办理流程`)).toBe(true);
    expect(partial(`${body}三、下一步打算\n持续推进。\n安溪县司法局\n2024年1月8日`)).toBe(false);
    expect(partial(`${body}三、下一步打算\n持续推进。\n2021310`)).toBe(false);
  });

  it('names the ways a text stops mid-report', () => {
    const cut = '一、主要成效\n全年审查规范性文件12件,办理行政复议案件31件,其中维持23件,撤销';
    expect(partial(`${cut}\n`)).toBe(true);
    expect(partial('2023年,全县深入推进法治政府建设。现将有关情况报告如下:')).toBe(true);
    expect(partial('2023年,全县深入推进法治政府建设。现将有关情况报告如下。\n一、主要举措和成效')).toBe(true);
    // Only the first of the report's numbered parts, though it ends on a full stop.
    expect(partial('一、主要举措和成效\n全年审查规范性文件12件。\n(二)严格执法\n全年办理行政处罚案件45件。')).toBe(true);
    expect(partial('')).toBe(false);
  });
});

describe('prose cut right after a quotation mark that opens', () => {
  const report =
    '2023年,全区坚持依法行政,法治政府建设取得新成效。\n一、主要举措\n(一)深化改革。全区持续深化“放管服”改革,推进“一网通办”。\n二、下一步工作\n';
  it.each([
    ['full-width', `${report}(二)规范执法。严格落实行政执法“三项制度”,扎实开展“`],
    ['after an earlier quoted pair, in traditional script', `${report}(二)規範執法。嚴格落實行政執法“三項制度”,深入推進法治化營商環境“`],
  ])('is partial: %s', (_case, text) => {
    expect(partial(text)).toBe(true);
  });

  it('is not, where the last quotation mark closes (control)', () => {
    expect(partial(`${report}(二)规范执法。严格落实行政执法“三项制度”,扎实开展“执法规范年”`)).toBe(false);
  });
});
