/** The source drill-down. */

import { defineMessages } from './define';

export const sourceMessages = defineMessages(
  {
    drillTitle: '数值来源',
    drillIndicator: '指标',
    drillValue: '数值',
    drillQualifier: '限定',
    drillJurisdiction: '地区',
    drillYear: '年份',
    drillSection: '所在章节',
    drillParagraph: '原文段落',
    drillFormula: '计算公式',
    drillDerivedFrom: '计算所依据的原文',
    drillOpenInReader: '在报告阅读中查看此段',
    drillBadRef: '来源引用无效:{ref}',
    drillUnknownReport: '数据中没有报告 {id}。',
    drillUnknownExtraction: '报告 {report} 中没有数值 {id}。',
    drillWording: '原文用语',
  },
  {
    drillTitle: 'Source of a value',
    drillIndicator: 'Indicator',
    drillValue: 'Value',
    drillQualifier: 'Qualifier',
    drillJurisdiction: 'Jurisdiction',
    drillYear: 'Year',
    drillSection: 'Section',
    drillParagraph: 'Paragraph',
    drillFormula: 'Formula',
    drillDerivedFrom: 'Computed from',
    drillOpenInReader: 'Open this paragraph in the report reader',
    drillBadRef: 'Invalid source reference: {ref}',
    drillUnknownReport: 'The data has no report {id}.',
    drillUnknownExtraction: 'Report {report} has no value {id}.',
    drillWording: 'Wording',
  },
);
