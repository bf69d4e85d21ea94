/** The trend view. */

import { defineMessages } from './define';

export const trendMessages = defineMessages(
  {
    trendPick: '选择地区',
    'trend.allReporting': '未选择地区:显示{scope}报告过这一指标的全部 {n} 个地区,按级别和名称排列,每页 {size} 个。选择地区后只显示所选的。',
    'trend.noneReporting': '{scope}没有地区报告过这一指标。选择地区以查看其各年度情况。',
    'trend.pagerLabel': '趋势图中的地区',
    'trend.chosenLoading': '{n} 个所选地区的报告正在载入…',
    trendCaption: '{indicator},各年度数值(缺少的年份留空,不插值)',
    trendAria: '折线图,{indicator},{years}年:{items}。',
    trendGap: '缺',
    trendNoData: '所选地区均未报告这一指标。',
    changeVsPreviousOf: '较 {year} 年 {change}',
    trendChangeNote: 'Δ 为较上一年的变化,仅在相邻两年都有数值且报告主体相同时给出;≈ 表示其中有约数。',
    'trend.legend': '图例:地区',
    'trend.single': '仅一年有数值',
    'trend.notDrawn': '无数值,未绘制',
    'trend.perYear': '各年有数值的地区 / 有报告的地区(所选地区):',
    'trend.perYearItem': '{year} 年 {values}/{reports}',
  },
  {
    trendPick: 'Jurisdictions',
    'trend.allReporting': {
      one: 'No place chosen: the {n} place{scope} that reported this indicator is shown. Choose places to show only those.',
      other:
        'No place chosen: all {n} places{scope} that reported this indicator are shown, by level and name, {size} a page. Choose places to show only those.',
    },
    'trend.noneReporting': 'No place{scope} reported this indicator. Choose places to see their years.',
    'trend.pagerLabel': 'Places in the trend',
    'trend.chosenLoading': { one: 'The reports of {n} chosen place are loading…', other: 'The reports of {n} chosen places are loading…' },
    trendCaption: '{indicator} by year (missing years are gaps, never interpolated)',
    trendAria: 'Line chart, {indicator}, {years}: {items}.',
    trendGap: 'gap',
    trendNoData: 'None of the selected jurisdictions reported this indicator.',
    changeVsPreviousOf: '{change} vs {year}',
    trendChangeNote:
      'Δ is the change against the year before, given only when both years have a value from the same kind of issuing body; ≈ when either value is approximate.',
    'trend.legend': 'Legend: jurisdictions',
    'trend.single': 'a value in one year only',
    'trend.notDrawn': 'no value, not drawn',
    'trend.perYear': 'Per year, jurisdictions with a value / with a report (of those selected):',
    'trend.perYearItem': '{year}: {values}/{reports}',
  },
);
