/**
 * The review marks every view shows beside a value (issue 11): a reviewed value's status and badge,
 * and the reviewed-only filter. The rest of the review feature's words are in review.ts.
 */

import { defineChinese } from './define';

export const reviewMarksChinese = defineChinese({
  'review.status.confirmed': '已核实',
  'review.status.corrected': '已更正',
  'review.status.added': '人工添加',
  'review.status.rejected': '已否决',
  'review.badgeBy': '{status}:{reviewer},{date}',
  'review.badgeOriginal': '提取器原值:{original}',
  'review.badgeAgreed': '审核人更正后,提取器现已读出同一数值',
  'review.badgeNote': '备注:{note}',
  'review.filter': '只看已审核的数值',
  'review.filterHint': '未审核的数值已隐藏(不是“未报告”)。',
  'review.hidden': '未审核(已隐藏)',
});
