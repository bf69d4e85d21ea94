/** The coverage grid. */

import { defineMessages } from './define';

export const coverageMessages = defineMessages(
  {
    coveragePagerLabel: '覆盖表显示的地区',
    coverageCaption: '各地区{year}披露的指标(颜色按指标各自的数值范围,越深数值越大)',
    coverageByIndicator: '报告该指标的地区',
    coverageByJurisdiction: '报告的指标数',
  },
  {
    coveragePagerLabel: 'Jurisdictions in the coverage table',
    coverageCaption: 'Indicators disclosed by each jurisdiction, {year} (shade per indicator: darker is larger)',
    coverageByIndicator: 'Jurisdictions reporting',
    coverageByJurisdiction: 'Indicators reported',
  },
);
