/** 关于数据: what the data holds, how it is made and checked, how to read it and cite it. */

import { defineMessages } from './define';

export const aboutMessages = defineMessages(
  {
    'about.loaded': '已载入的数据',
    'about.reports': '报告',
    'about.departments': '其中部门报告 {n} 份',
    'about.local': '本机添加 {n} 份',
    'about.synthetic': '合成测试报告 {n} 份',
    'about.places': '地区',
    'about.provinces': '分布于 {n} 个省级行政区',
    'about.years': '报告年度',
    'about.yearItem': '{year} 年 {n} 份',
    'about.defaultYear': '默认比较年份',
    'about.values': '数值',
    'about.valuesText': '{n} 个(目录共 {indicators} 个指标)',
    'about.newest': '最新报告日期(发布或采集)',
    'about.catalogue': '指标目录',
    'about.catalogueVersion': '第 {v} 版(docs/indicators.md)',
    'about.unknown': '未记录(数据文件夹中没有 about.json)',
    'about.population': '人口表',
    'about.populationLoaded': '{file}:{n} 条,来源 {sources}',
    'about.populationNone':
      '没有(可在报告旁放一个 population.csv:区划代码、年份、人口、来源,由提取命令检查后载入;本项目不自带、也不估算人口)',
    'about.howHeading': '数值如何提取与检查',
    'about.how1':
      '程序逐份读取各地公开的法治政府建设年度报告(txt、网页、docx、pdf),识别地区、层级、报告主体和报告年度;读不出的报告保留并标注,从不猜测。',
    'about.how2':
      '每个数值都来自报告原文的一句话:数值、限定词(约、以上、不足)和所在章节一并记录,原话逐字保存并可点开核对。只有“成效”部分的数字作为结果;目标、计划、问题部分的数字不计。',
    'about.how3':
      '由两个计数算出的比率标为“推算”并给出公式;同一指标出现多个不同数字、办结数多于受理数、比率超过 100% 等情况会给出提示(⚠)。',
    'about.how4':
      '按指标目录第 2 版,每个数值还记录其口径:属于本地本年(其他年份、上级、累计、部分数字不作为本地数值),以及原文用语;以非标准用语计量的数值(如调解成功率写作“化解率”)标 ※。',
    'about.readHeading': '如何阅读排名、中位数和标记',
    'about.read1': '默认只比较同一年度(报告地区最多的年份);“各地最新一年”是另一种选择,此时每条都标明年份。',
    'about.read2':
      '排名和中位数只在同类之间计算:同一年度、同一层级、同类报告主体(政府报告或部门报告),开启省份筛选时还须同省。图中各组分开排列,每组的虚线是本组中位数;少于两地报告时不计中位数。排名按数值从大到小,不代表优劣。',
    'about.read3':
      '标记:≈ 约数,≥ 至少,≤ 至多;推算 = 由其他数字计算;※ 以非标准口径计量;⚠ 提取时有提示;斜线条 = 部门报告;本地 = 你在本浏览器添加的报告;未报告 = 报告中没有这个数字(不是零)。',
    'about.read4': '较上年的变化只与上一年比较(不跨过缺失年份),且两年须为同类报告主体;≈ 表示其中有约数;百分比的变化以百分点计。',
    'about.read5':
      '每万人数值 = 报告数值 ÷ 人口 × 10,000,只用于数量指标,人口来自你提供的人口表并注明来源和年份;没有人口数据的地区单独列出。万人受援率按原文单位“人/万人”显示,不是百分比。',
    'about.citeHeading': '如何引用',
    'about.dataVersion': '数据版本',
    'about.dataVersionUnknown': '未记录(数据文件夹写于记录版本之前)',
    'about.dataDate': '数据日期',
    'about.dataDateNewest': '{date}(报告中最新的日期;提取不记录时间,同样的报告得到同样的数据)',
    'about.dataDateExtracted': '{date}(提取日期)',
    'about.licenceHeading': '许可',
    'about.licenceReports': '原报告是各地政府及其部门公开发布的政府文件,本站只摘引其中的句子并注明出处。',
    'about.indicatorsHeading': '指标说明',
    'about.indicatorsIntro': '每个指标一页:定义、计入和不计入的措辞、提取和检查的方法、按层级和年份的覆盖情况、引用方式。',
    'about.cite1': '引用数据集:fazhi-atlas(法治政府建设年度报告数据图谱),注明访问日期和网址(网址包含当前视图的全部设置)。',
    'about.cite2':
      '引用单个数值:请同时引用原报告(地区、年度、标题、原始文件)和原文引语;推算值请注明公式。数字由程序提取,可能有误,请凭原文核对。',
  },
  {
    'about.loaded': 'What is loaded',
    'about.reports': 'Reports',
    'about.departments': '{n} by departments',
    'about.local': '{n} added in this browser',
    'about.synthetic': '{n} synthetic (test) reports',
    'about.places': 'Places',
    'about.provinces': { one: 'in {n} province', other: 'in {n} provinces' },
    'about.years': 'Years reported on',
    'about.yearItem': { one: '{year}: {n} report', other: '{year}: {n} reports' },
    'about.defaultYear': 'Year compared by default',
    'about.values': 'Values',
    'about.valuesText': '{n} (the catalogue has {indicators} indicators)',
    'about.newest': 'Newest report (published or collected)',
    'about.catalogue': 'Indicator catalogue',
    'about.catalogueVersion': 'version {v} (docs/indicators.md)',
    'about.unknown': 'not recorded (the data folder has no about.json)',
    'about.population': 'Population table',
    'about.populationLoaded': '{file}: {n} rows, from {sources}',
    'about.populationNone':
      'none (put a population.csv beside the reports: division code, year, population, source; the extract command checks and loads it. This project neither ships nor estimates populations)',
    'about.howHeading': 'How values are extracted and checked',
    'about.how1':
      "A program reads each place's published annual rule-of-law report (txt, web page, docx, pdf) and finds its place, level, issuing body and the year it reports on; a report whose place or year cannot be read is kept and flagged, never guessed.",
    'about.how2':
      'Every value comes from one sentence of the report: the number, its qualifier (about, at least, under) and its section are recorded, and the words are kept verbatim, one click away. Only numbers of the results sections count; targets, plans and shortcomings do not.',
    'about.how3':
      'A rate computed from two counts is marked derived, with its formula; several different numbers for one indicator, more cases concluded than received, or a rate over 100% give a warning (⚠).',
    'about.how4':
      'Under catalogue version 2 each value also records whose figure it is (the place’s own for the year; other years’, higher levels’, cumulative or partial figures are not its value) and the words that name it; a value measured in a variant wording (化解率 for the mediation success rate) is marked ※.',
    'about.readHeading': 'How to read rank, median and the marks',
    'about.read1':
      'By default one year is compared (the year the most places reported on); “Latest per jurisdiction” is a choice, and then every bar and row says its year.',
    'about.read2':
      'Rank and median are computed among peers only: the same year, level and kind of issuing body (government or department), and the same province when that filter is on. The chart draws each group apart, its dashed line the group’s median; with fewer than two reporting there is no median. Rank is by size, largest first: it says nothing about better or worse.',
    'about.read3':
      'Marks: ≈ approximate, ≥ at least, ≤ at most; derived = computed from other numbers; ※ measured in a variant wording; ⚠ the extractor warned; striped bar = a department’s report; local = added in this browser; not reported = the report gives no number (not zero).',
    'about.read4':
      'The change against the previous year is against year − 1 only (never across a gap), between reports of the same kind of body; ≈ when either value is approximate; percentages change in percentage points.',
    'about.read5':
      'Per 10,000 residents = reported value ÷ population × 10,000, for count indicators only, with populations from the table you supply, their source and year said; places without a population are listed apart. 万人受援率 is shown in its own unit, per 10,000 residents, not as a percentage.',
    'about.citeHeading': 'How to cite',
    'about.dataVersion': 'Data version',
    'about.dataVersionUnknown': 'not recorded (the data folder was written before versions were)',
    'about.dataDate': 'Data date',
    'about.dataDateNewest':
      '{date} (the newest date its reports carry; extraction records no time, so the same reports give the same data)',
    'about.dataDateExtracted': '{date} (extracted)',
    'about.licenceHeading': 'Licence',
    'about.licenceReports':
      'The reports are public documents of the governments and departments that published them; this site quotes their sentences and says where each comes from.',
    'about.indicatorsHeading': 'The indicators',
    'about.indicatorsIntro':
      'A page per indicator: its definition, the wordings counted and not counted, how it is extracted and checked, its coverage by level and year, and how to cite it.',
    'about.cite1':
      'The dataset: fazhi-atlas (法治政府建设年度报告数据图谱), with the date and the address (the address holds every setting of the view).',
    'about.cite2':
      'A single number: cite the original report too (place, year, title, source file) and its quoted words; for a derived value give its formula. Numbers are extracted by a program and may be wrong: check them against the quote.',
  },
);
