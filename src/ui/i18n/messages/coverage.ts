/** The coverage grid. */

import { defineMessages } from './define';

export const coverageMessages = defineMessages(
  {
    coveragePagerLabel: '覆盖表显示的地区',
    coverageCaption: '各地区{year}披露的指标(颜色按指标各自的数值范围,越深数值越大)',
    coverageByIndicator: '报告该指标的地区',
    coverageByJurisdiction: '报告的指标数',
    'coverage.group': '指标组',
    'coverage.allGroups': '全部指标组',
    'coverage.sort': '排序',
    'coverage.sort.name': '按名称',
    'coverage.sort.count': '按报告数',
    'coverage.phoneNote': '窄屏:每行一个地区,每次显示一个指标组(可在“指标组”中切换)。',
  },
  {
    coveragePagerLabel: 'Jurisdictions in the coverage table',
    coverageCaption: 'Indicators disclosed by each jurisdiction, {year} (shade per indicator: darker is larger)',
    coverageByIndicator: 'Jurisdictions reporting',
    coverageByJurisdiction: 'Indicators reported',
    'coverage.group': 'Indicator group',
    'coverage.allGroups': 'All groups',
    'coverage.sort': 'Order',
    'coverage.sort.name': 'By name',
    'coverage.sort.count': 'By count',
    'coverage.phoneNote': 'Narrow screen: one row per jurisdiction, one indicator group at a time (switch under “Indicator group”).',
  },
);
