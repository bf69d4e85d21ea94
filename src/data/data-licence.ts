/**
 * What may be done with the data, said once for the downloads' data package (its `licenseNote`)
 * and the dashboard's 关于数据 page, so that the two never say different things. The reports are
 * public documents of the governments that published them; fazhi-atlas grants no licence of its
 * own over what it extracts from them, and asks that the report be cited with any number.
 */
export const DATA_LICENCE_NOTE = {
  en: 'fazhi-atlas grants no licence of its own over these files. The quotes are excerpts of official reports published by the governments and departments named in each row; cite the report (jurisdiction, year, title, source_url) with any number you use.',
  zh: 'fazhi-atlas 对这些数据不另行授予任何许可。原文引语摘自各行所列政府及部门公开发布的官方报告;使用任何数字时,请同时引用原报告(地区、年度、标题、原始网址)。',
} as const;
