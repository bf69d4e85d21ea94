/** The group briefing for a meeting. */

import { defineMessages } from './define';

export const briefingMessages = defineMessages(
  {
    'briefing.heading': '法治政府建设主要指标 · 多地对照 · {year}',
    'briefing.meta': '地区:{places}',
    'briefing.places': '简报中的地区',
    'briefing.remove': '从简报中移除 {name}',
    'briefing.add': '添加地区',
    'briefing.addPlaceholder': '选择一个地区…',
    'briefing.autoPicked': '网址未指定地区:显示该年有报告的前 {n} 个地区(按名称)。',
    'briefing.omitted': '另有 {n} 个地区未列入:一页最多 {max} 个。',
    'briefing.empty': '该年没有可列入简报的地区。',
    'briefing.median': '同类中位数',
    'briefing.change': '较上年',
    'briefing.source': '来源:法治政府建设年度报告数据图谱(fazhi-atlas),{n} 个数值均摘自各地公开的年度报告,见脚注原文 · 生成于 {date} · {url}',
  },
  {
    'briefing.heading': 'Rule-of-law reports, key indicators · places side by side · {year}',
    'briefing.meta': 'Places: {places}',
    'briefing.places': 'Places in the briefing',
    'briefing.remove': 'Remove {name} from the briefing',
    'briefing.add': 'Add a place',
    'briefing.addPlaceholder': 'Choose a place…',
    'briefing.autoPicked': 'The address names no place: the first {n} places with a report that year are shown (by name).',
    'briefing.omitted': { one: '{n} more place is left out: a page holds {max} at most.', other: '{n} more places are left out: a page holds {max} at most.' },
    'briefing.empty': 'No place has a report to brief on that year.',
    'briefing.median': 'peer median',
    'briefing.change': 'vs previous year',
    'briefing.source': "Source: fazhi-atlas; the {n} numbers are from the places' published annual reports, quoted in the notes · made {date} · {url}",
  },
);
