/** The compare view. */

import { defineMessages } from './define';

export const compareMessages = defineMessages(
  {
    chartPagerLabel: '图表显示的地区',
    tablePagerLabel: '表格分页',
    chartShowing: '图中显示第 {from}–{to} 名,共 {total} 个报告该指标的地区;中位线按全部 {total} 个计算。',
    notReportedHeading: '未报告({n})',
    notReportedIntro: '以下地区的报告中没有这一指标的数字:',
    openSourceOf: '查看 {name} {year} 年“{indicator}”数值的来源',
    compareCaption: '{indicator}({year}),按数值从高到低',
    compareAria: '横向条形图,{indicator}:{items}。',
    compareEmpty: '没有符合条件的地区。',
    legendReported: '报告值',
    legendDerived: '推算值(虚线框)',
    tooltipRank: '同级排名:{rank}/{n}',
    tooltipMedian: '同级中位数:{value}',
  },
  {
    chartPagerLabel: 'Jurisdictions in the chart',
    tablePagerLabel: 'Table pages',
    chartShowing: 'The chart shows ranks {from}–{to} of {total} jurisdictions reporting this indicator; the median line is over all {total}.',
    notReportedHeading: 'Not reported ({n})',
    notReportedIntro: 'The reports of these jurisdictions give no number for this indicator:',
    openSourceOf: 'Show the source of {name} {year} “{indicator}”',
    compareCaption: '{indicator} ({year}), highest first',
    compareAria: 'Horizontal bar chart, {indicator}: {items}.',
    compareEmpty: 'No jurisdiction matches the filters.',
    legendReported: 'Reported value',
    legendDerived: 'Derived value (dashed outline)',
    tooltipRank: 'Rank among peers: {rank} of {n}',
    tooltipMedian: 'Peer median: {value}',
  },
);
