/**
 * A township's or county's summary of its dispute handling (矛盾纠纷调处, 纠纷排查调处) is a mediation report:
 * 调处 is mediation's handling of disputes, as 调解 is. Wordings, places and scripts of our own.
 */
import { describe, expect, it } from 'vitest';

import { recogniseReport } from '../../ingest/recognise';
import { extractMetadata } from './index';

const body =
  '一、基本情况\n上半年以来,全镇共排查矛盾纠纷86件,调处成功82件,调处成功率95.3%,未发生因矛盾纠纷激化引发的刑事案件。\n二、主要做法\n健全镇、村两级调处网络,落实矛盾纠纷排查月报制度。';

describe('a summary of dispute handling is a mediation report', () => {
  it.each([
    ['a town’s half-year summary', '龙门镇上半年矛盾纠纷调处工作总结'],
    ['a street’s yearly summary of 排查调处', '城东街道2021年矛盾纠纷排查调处工作情况'],
    ['a page’s title field, traditional script', '標題:鄉鎮2019年矛盾糾紛調處工作總結 |'],
  ])('%s', (_, title) => {
    const text = `${title}\n${body}\n`;
    expect(recogniseReport(text)).toMatchObject({ recognised: true, kind: 'report' });
    expect(extractMetadata(text).documentKind).toBe('mediation_report');
  });

  it('a rule-of-law report that handles disputes among its work stays one', () => {
    const text = `龙门镇2021年法治政府建设情况报告\n一、主要成效\n深化法治政府建设,健全矛盾纠纷调处机制。\n${body}\n`;
    expect(extractMetadata(text).documentKind).toBe('rule_of_law_report');
  });
});
