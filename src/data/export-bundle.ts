/**
 * The files of a data download: the tidy table as CSV (UTF-8 with BOM, for Excel and WPS) and as
 * JSON, a README saying what each column means, the indicators' definitions, how to cite and when
 * it was generated, and the three zipped together (fflate). The rows carry no timestamp, so the
 * same data gives the same CSV and JSON; only the README is dated.
 */

import { strToU8, zipSync } from 'fflate';

import { toCsv } from './csv';
import type { Dataset } from './dataset';
import type { ReportEntry } from './schema';
import { TIDY_COLUMNS, type TidyColumn, type TidyRow } from './tidy-rows';

export type ExportScope = 'view' | 'all';

export interface ExportMeta {
  readonly scope: ExportScope;
  readonly generatedAt: Date;
  /** The address of the view the download was made from. */
  readonly url: string;
  /** What the view showed, in words ("横向比较 · 法律援助案件 · 各地最新一年"). */
  readonly description: string;
  /** Reports whose detail file could not be loaded (their rows have no quote). */
  readonly failed: readonly ReportEntry[];
  /** The files' name without extension, saying what they hold (`fazhi-atlas_compare_legal_aid.cases_2023`). */
  readonly fileBase: string;
}

/** The download's file names: named after what they hold (src/ui/outputs/view-summary.ts `downloadName`). */
export function exportFileNames(fileBase: string) {
  return { csv: `${fileBase}.csv`, json: `${fileBase}.json`, zip: `${fileBase}.zip`, readme: 'README.md' } as const;
}

export function tidyCsv(rows: readonly TidyRow[]): string {
  return toCsv(TIDY_COLUMNS, rows as unknown as readonly Record<TidyColumn, string | number | boolean | null>[]);
}

/** An array of row objects with the CSV's column names; numbers stay numbers, empty is null. */
export function tidyJson(rows: readonly TidyRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** What each column means, in Chinese and English: the README's table. */
export const COLUMN_DOCS: Readonly<Record<TidyColumn, readonly [string, string]>> = {
  jurisdiction: ['地区名称(报告未写明地名时为其编号)', 'Jurisdiction (its id when the report names no place)'],
  division_code: [
    '行政区划代码(GB/T 2260;县级以下为 9 位乡镇代码);空表示未能确定',
    'Division code (GB/T 2260; 9-digit township code below county level); empty when unresolved',
  ],
  province: ['省级行政区', 'Province'],
  city: ['地级市', 'Prefecture-level city'],
  county: ['所属县区(乡镇、街道的报告)', 'County of a town or street'],
  level: [
    '行政层级:省、市、区、县、旗、镇、乡、街道、开发区(直辖市记为省)',
    'Level: 省 province (incl. the four municipalities), 市, 区, 县, 旗, 镇, 乡, 街道, 开发区',
  ],
  year: ['报告所述年度(不是发布年份)', 'Year reported on (not the publication year)'],
  body: ['发布主体(报告所写)', 'Issuing body, as the report names it'],
  body_kind: [
    'government = 政府本身;department = 政府部门(如司法局);other',
    'government = the government itself; department = one of its departments; other',
  ],
  document_kind: [
    '报告类型:rule_of_law_report = 法治政府建设年度报告;justice_bureau_summary = 司法局年度工作总结;reconsideration_report = 行政复议工作报告或统计;enforcement_statistics = 行政执法年度数据;legal_aid_report = 法律援助工作报告;mediation_report = 人民调解工作报告;publicity_report = 普法工作报告。只与同类报告比较',
    "kind of report: rule_of_law_report = annual rule-of-law report; justice_bureau_summary = a justice bureau's annual work summary; reconsideration_report = reconsideration report or statistics; enforcement_statistics = annual enforcement figures; legal_aid_report, mediation_report, publicity_report = those offices' annual reports. Compared only with reports of the same kind",
  ],
  indicator_id: ['指标编号(稳定,可用于合并)', 'Indicator id (stable; use it to join)'],
  indicator_label_zh: ['指标名称(中文)', 'Indicator label, Chinese'],
  indicator_label_en: ['指标名称(英文)', 'Indicator label, English'],
  value: ['数值:不分组,小数点为“.”;百分比不带 %', 'The number: no grouping, "." as decimal point; percentages without %'],
  value_status: [
    'reported = 有数值;not_reported = 报告未写明(未报告);no_report = 该地区当年无报告。一个视图的下载列出它显示的每个地区,没有数值的也列出,value 为空',
    "reported = a value; not_reported = the report does not state it (未报告); no_report = no report from the place that year. A view's download lists every place it shows, those without a value too, with value empty",
  ],
  unit: ['单位(% 表示百分比)', 'Unit (% for a percentage)'],
  qualifier: [
    'exact 确数;approx 约数(余、近、约、多);at_least 至少(以上、超过);at_most 至多(不足、以内)',
    'exact; approx (余 近 约 多); at_least (以上 超过); at_most (不足 以内)',
  ],
  value_type: [
    'reported = 报告原文给出的数字;derived = 由同一句中的两个数字推算',
    'reported = stated in the report; derived = computed from two numbers of one sentence',
  ],
  wording: [
    '报告中指称该指标的原话(如“矛盾纠纷化解率”);明细文件无法加载或未记录时为空',
    'The words of the report naming the measure (e.g. 矛盾纠纷化解率); empty when not recorded or the detail file could not be loaded',
  ],
  variant: [
    '以非标准口径计量时的口径用语(如调解成功率按“化解率”);空表示标准口径',
    'The variant wording when the value was measured in other words than the indicator’s core ones (e.g. 化解率 for the mediation success rate); empty for the core wording',
  ],
  warnings: [
    '提取时对该数值的提示(如“办结数多于受理数”),多条以“;”分隔',
    'The extractor’s warnings about this value (e.g. more concluded than received), separated by “;”',
  ],
  formula: ['推算值的计算公式', 'How a derived value was computed'],
  quote: [
    '原文引用:报告中给出该数字的原话(逐字);推算值为空',
    "The report's own words giving the number (verbatim); empty for a derived value",
  ],
  quote_status: [
    'quoted = 有原文引用;derived = 推算值,无引用;not_loaded = 报告明细文件无法加载,数值仍有效但缺少引用',
    'quoted; derived (no quote, see formula); not_loaded = the detail file could not be loaded: the value stands, the quote is missing',
  ],
  section: ['数字所在章节的标题路径', 'Heading path of the section the number is in'],
  section_kind: ['章节类型:results 成效、problems 问题、plans 计划、other 其他', 'Section kind: results, problems, plans, other'],
  source_file: ['报告原始文件(提取时的路径)', 'The file the report was read from'],
  source_url: [
    '原文网页:报告发布的政府网页地址(附件报告为链接该附件的网页);未知时为空',
    'The government web page the report was published on (for an attachment, the page linking it); empty when unknown',
  ],
  retrieved_at: [
    '获取时间:抓取原文的时间(ISO 8601,UTC);不是抓取得到的报告为空',
    'When the report was fetched from the web (ISO 8601, UTC); empty for reports not collected',
  ],
  report_id: ['报告编号;在图谱中打开:?view=report&report=<report_id>', 'Report id; opens in the atlas at ?view=report&report=<report_id>'],
  extraction_id: [
    '数值在报告中的编号;?view=report&report=<report_id>&extraction=<extraction_id> 打开该处原文',
    'Id of the value in its report; ?view=report&report=<report_id>&extraction=<extraction_id> opens it in the text',
  ],
  synthetic: ['true = 生成的测试报告,不是真实数据', 'true = a generated test report, not real data'],
  review_status: [
    '人工审核:confirmed 已核实;corrected 已更正(见 original_value);added 人工添加(提取器漏提);unreviewed 未审核',
    "A person's review: confirmed; corrected (see original_value); added (missed by the extractor); unreviewed",
  ],
  reviewer: ['审核人', 'Who reviewed it'],
  reviewed_at: ['审核时间(ISO 8601,UTC)', 'When (ISO 8601, UTC)'],
  review_note: ['审核备注', "The reviewer's note"],
  original_value: ['已更正数值的提取器原值', 'The extracted value a correction replaced'],
};

/**
 * Text from the data (names, titles, file names) in a Markdown table cell: as text, whatever it
 * holds. Markup characters are backslash-escaped (CommonMark), so `<script>` or `[a](javascript:…)`
 * in a title shows as written and never becomes a tag or a link; a line break cannot end the row.
 */
const cell = (text: string) => text.replace(/[\\`*_[\]<>|&~!]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');

/** Said at the top of a download holding values of generated reports: they are nobody's real figures. */
function syntheticLines(rows: readonly TidyRow[]): string[] {
  const synthetic = rows.filter((row) => row.synthetic).length;
  if (synthetic === 0) return [];
  return [
    `- **合成演示数据 / Synthetic demo data**: ${synthetic} 个数值摘自程序生成的合成报告(列 \`synthetic\` 为 true),并非任何地方的真实情况。/ ${synthetic} values come from reports generated by a program (column \`synthetic\` is true); they are not any place's real figures.`,
  ];
}

export function buildReadme(dataset: Dataset, rows: readonly TidyRow[], meta: ExportMeta): string {
  const names = exportFileNames(meta.fileBase);
  const generated = meta.generatedAt.toISOString();
  const date = generated.slice(0, 10);
  const jurisdictionOfReport = new Map(rows.map((row) => [row.report_id, row.jurisdiction]));
  const reportIds = new Set(jurisdictionOfReport.keys());
  const indicatorIds = new Set(rows.map((row) => row.indicator_id));
  const scopeText =
    meta.scope === 'all'
      ? '全部数据(所有报告的所有指标数值) / everything: every value of every report'
      : `当前视图 / the current view: ${meta.description}`;
  const lines = [
    '# fazhi-atlas 数据下载 / data download',
    '',
    `- 生成时间 / Generated: ${generated}`,
    `- 范围 / Scope: ${scopeText}`,
    `- 来源网址 / From: ${meta.url}`,
    `- 数值 / Values: ${rows.length}; 报告 / Reports: ${reportIds.size}`,
    ...syntheticLines(rows),
    '',
    '## 文件 / Files',
    '',
    `- \`${names.csv}\`: 一行一个数值;UTF-8(带 BOM,Excel、WPS 可直接打开),逗号分隔,CRLF 换行,含逗号、引号或换行的字段加双引号(RFC 4180)。/ One row per value; UTF-8 with BOM (opens in Excel and WPS), comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted (RFC 4180).`,
    `- \`${names.json}\`: 同样的行,JSON 数组,列名相同;数值为数字,空值为 null。/ The same rows as a JSON array with the same keys; numbers are numbers, empty is null.`,
    `- \`${names.readme}\`: 本说明 / this file.`,
    '',
    '读取示例 / Reading it: R `read.csv("' +
      names.csv +
      '", fileEncoding = "UTF-8-BOM")`; Python `pandas.read_csv("' +
      names.csv +
      '", encoding="utf-8-sig")`.',
    '',
    '## 列 / Columns',
    '',
    '| 列 / column | 含义 | meaning |',
    '| --- | --- | --- |',
    ...TIDY_COLUMNS.map((column) => `| \`${column}\` | ${cell(COLUMN_DOCS[column][0])} | ${cell(COLUMN_DOCS[column][1])} |`),
    '',
  ];
  if (meta.failed.length > 0) {
    lines.push(
      '## 缺少原文引用 / Quotes that could not be loaded',
      '',
      '以下报告的明细文件无法加载:它们的数值照常列出,但 `quote`、`section` 为空,`quote_status` 为 `not_loaded`。/ The detail files of these reports could not be loaded: their values are listed, but `quote` and `section` are empty and `quote_status` is `not_loaded`.',
      '',
      ...meta.failed.map((report) => `- \`${report.id}\` (${report.detailPath})`),
      '',
    );
  }
  lines.push(
    '## 指标定义 / Indicator definitions',
    '',
    '| indicator_id | 指标 / indicator | 单位 / unit | 定义 | definition |',
    '| --- | --- | --- | --- | --- |',
    ...dataset.indicators
      .filter((indicator) => indicatorIds.has(indicator.id))
      .map(
        (indicator) =>
          `| \`${indicator.id}\` | ${cell(indicator.label.zh)} / ${cell(indicator.label.en)} | ${cell(indicator.unit)} | ${cell(indicator.definition.zh)} | ${cell(indicator.definition.en)} |`,
      ),
    '',
    '## 报告 / Reports',
    '',
    '| report_id | 地区 / jurisdiction | 年度 / year | 标题 / title | 发布 / published | source_file | source_url | retrieved_at |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...dataset.index.reports
      .filter((report) => reportIds.has(report.id))
      .map(
        (report) =>
          `| \`${report.id}\` | ${cell(jurisdictionOfReport.get(report.id) ?? '')} | ${report.year ?? ''} | ${cell(report.title ?? '')} | ${report.published ?? ''} | ${cell(report.sourceFile)} | ${cell(report.sourceUrl ?? '')} | ${report.retrievedAt ?? ''} |`,
      ),
    '',
    '## 如何引用 / How to cite',
    '',
    `- 数据集 / The dataset: fazhi-atlas(法治政府建设年度报告数据图谱),数据下载于 ${date},${meta.url}`,
    '- 单个数值 / A single number: 请同时引用原报告(`jurisdiction`、`year`、报告标题、`source_file`,有 `source_url` 时连同原文网页及其获取日期 `retrieved_at`)及 `quote` 列的原话;推算值请注明 `formula`。/ cite the original report too (jurisdiction, year, title, source file, and where known its web page `source_url` with the date it was retrieved, `retrieved_at`) and the words in `quote`; for a derived value, give its `formula`.',
    '- 数字由程序从报告原文中提取,可能有误;每个数值都可以凭 `quote` 在原报告中核对。/ Numbers were extracted by a program from the reports’ text and may be wrong; each can be checked against the report with its `quote`.',
    '',
  );
  return lines.join('\n');
}

/** README, CSV and JSON in one zip. */
export function buildZip(dataset: Dataset, rows: readonly TidyRow[], meta: ExportMeta): Uint8Array {
  const names = exportFileNames(meta.fileBase);
  const mtime = meta.generatedAt;
  return zipSync(
    {
      [names.readme]: [strToU8(buildReadme(dataset, rows, meta)), { mtime }],
      [names.csv]: [strToU8(tidyCsv(rows)), { mtime }],
      [names.json]: [strToU8(tidyJson(rows)), { mtime }],
    },
    { level: 6 },
  );
}
