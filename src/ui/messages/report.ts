/** The report reader. */

import { defineMessages } from './define';

export const reportMessages = defineMessages(
  {
    reported: '报告值',
    reportPick: '选择报告',
    reportNone: '请选择一份报告。',
    reportUnknown: '找不到报告 {id}。',
    reportPublished: '发布日期',
    reportBody: '发布主体',
    reportSourceFile: '原始文件',
    reportValues: '报告中的数值',
    reportNoValues: '此报告中没有识别出指标数值。',
    reportWarnings: '提示({n})',
    reportNoWarnings: '没有提示。',
    reportPrev: '上一个数值',
    reportNext: '下一个数值',
    reportPosition: '第 {i} / {n} 个数值',
    reportGoToParagraph: '跳到相关段落',
    reportFlags: '元数据问题',
  },
  {
    reported: 'Reported',
    reportPick: 'Report',
    reportNone: 'Choose a report.',
    reportUnknown: 'No report {id}.',
    reportPublished: 'Published',
    reportBody: 'Issued by',
    reportSourceFile: 'Source file',
    reportValues: 'Values in this report',
    reportNoValues: 'No indicator value was found in this report.',
    reportWarnings: 'Warnings ({n})',
    reportNoWarnings: 'No warnings.',
    reportPrev: 'Previous value',
    reportNext: 'Next value',
    reportPosition: 'Value {i} of {n}',
    reportGoToParagraph: 'Go to paragraph',
    reportFlags: 'Metadata issues',
  },
);
