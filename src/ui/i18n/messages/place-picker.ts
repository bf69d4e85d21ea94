/** The place picker (src/ui/places/PlacePicker.tsx): searching 45,000 places and choosing some; and a report by place and year (src/ui/places/ReportChooser.tsx). */

import { defineChinese } from './define';

export const placePickerChinese = defineChinese({
  'placePicker.placeholder': '地名、拼音或首字母(如 桃林镇、taolin、tlz)',
  'placePicker.results': '匹配的地方',
  'placePicker.showing': '第 {from}–{to} 个,共 {total} 个',
  'placePicker.none': '没有匹配的地方',
  'placePicker.loading': '正在载入地名索引…',
  'placePicker.noPinyin': '此数据没有拼音索引:只能按中文名搜索(重新提取数据后可用拼音、首字母和繁体字搜索)。',
  'placePicker.previous': '上一页',
  'placePicker.next': '下一页',
  'placePicker.chosen': '已选的地方',
  'placePicker.remove': '移除“{name}”',
  'placePicker.clearAll': '清除全部',
  'placePicker.hint': '↑↓ 选择,Enter 加入或移除,PageUp/PageDown 翻页,Esc 关闭',
  'reportChooser.place': '地区',
  'reportChooser.years': '{name}的报告(按年份)',
  'reportChooser.noReports': '{name}没有报告。',
  'reportChooser.yearsLabel': '报告年份',
  'reportChooser.loading': '正在载入该地区的报告…',
});
