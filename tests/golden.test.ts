/**
 * Golden tests on the five bundled real reports: every catalogue value their results sections
 * state (value, qualifier, the words quoted), their metadata, and values that must not appear.
 * The expectations were written by reading the reports, not by copying the extractor's output.
 */

import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { type ExtractedReport, extractReport, type IndicatorId, type Qualifier } from '../src/extract';

interface ExpectedValue {
  readonly value: number;
  readonly qualifier?: Qualifier;
  /** Words the quote must contain besides the number. */
  readonly quoteHas: string;
}

interface Golden {
  readonly file: string;
  readonly metadata: {
    readonly jurisdiction: string;
    readonly level: string;
    readonly province: string;
    readonly city: string;
    readonly code: string | null;
    readonly year: number;
    readonly bodyKind: 'government' | 'department';
    readonly published: string | null;
  };
  readonly values: Partial<Record<IndicatorId, ExpectedValue>>;
  /** Indicators the report does not state as a result: they must stay out of `values`. */
  readonly absent: readonly IndicatorId[];
}

const GOLDEN: readonly Golden[] = [
  {
    file: '000_c25541d65344bf67.txt',
    metadata: {
      jurisdiction: '淄博高新区',
      level: '开发区',
      province: '山东省',
      city: '淄博市',
      code: null,
      year: 2022,
      bodyKind: 'department',
      published: '2023-01-13',
    },
    values: {
      'petition.cases': { value: 2300, quoteHas: '信访事项2300件次' },
      'petition.on_time_rate': { value: 100, quoteHas: '按期办结率100%' },
      'mediation.cases': { value: 4033, quoteHas: '调解案件数为4033件' },
      'mediation.succeeded': { value: 174, quoteHas: '成功调解案件174件' },
      'litigation.head_appearance_rate': { value: 100, quoteHas: '出庭应诉率100%' },
    },
    // 174 people's-mediation successes and 4033 administrative-mediation cases are different scopes.
    // Catalogue v2: the 42 officers sat the certificate re-examination (审验培训考试); officers
    // examined are not the officers certified.
    absent: ['mediation.success_rate', 'review.received', 'legal_aid.cases', 'litigation.cases', 'enforcement.officers'],
  },
  {
    file: '001_3803b543c87d1562.txt',
    metadata: {
      jurisdiction: '芙蓉区',
      level: '区',
      province: '湖南省',
      city: '长沙市',
      code: '430102',
      year: 2020,
      bodyKind: 'government',
      published: '2021-03-11',
    },
    values: {
      'enforcement.penalty_cases': { value: 2530, quoteHas: '行政处罚2530件' },
      'review.received': { value: 46, quoteHas: '受理普通行政复议案件46件' },
      'review.concluded': { value: 49, quoteHas: '年内办结49件' },
      'litigation.cases': { value: 120, quoteHas: '行政诉讼案件120件' },
      'enforcement.officers': { value: 629, quoteHas: '629人' },
      'enforcement.case_file_reviews': { value: 370, quoteHas: '案卷370份' },
      'publicity.events': { value: 34, quoteHas: '法治宣传活动34场次' },
      'mediation.succeeded': { value: 2973, quoteHas: '成功调处各类民间矛盾纠纷2973' },
      'legal_aid.cases': { value: 323, quoteHas: '受理法律援助案件323件' },
      'legal_aid.consultations': { value: 940, quoteHas: '值班律师接待咨询940人次' },
      'disclosure.requests': { value: 147, quoteHas: '依申请公开政府信息147件' },
    },
    // The problems section says 出庭应诉 is not yet good enough: a shortcoming, not a rate.
    absent: ['litigation.head_appearance_rate', 'mediation.success_rate', 'mediation.cases', 'petition.cases'],
  },
  {
    file: '002_12849fcba5aa186c.txt',
    metadata: {
      jurisdiction: '高陵区',
      level: '区',
      province: '陕西省',
      city: '西安市',
      code: '610117',
      year: 2024,
      bodyKind: 'government',
      published: null,
    },
    values: {
      'service.online_rate': { value: 85, qualifier: 'at_least', quoteHas: '全程網辦率達到85%以上' },
      'decisions.major_decisions': { value: 3, quoteHas: '重大行政決策事項3個' },
      'normative_docs.reviewed': { value: 2, quoteHas: '備案審查行政規范性文件2件' },
      'review.received': { value: 159, quoteHas: '受理159件行政復議案件' },
      'review.concluded': { value: 134, quoteHas: '辦結134件' },
      'mediation.success_rate': { value: 98.6, quoteHas: '矛盾糾紛化解率達到98.6%' },
      'oversight.npc_proposals': { value: 91, quoteHas: '區人大常委會建議91件' },
      'oversight.cppcc_proposals': { value: 152, quoteHas: '區政協提案152件' },
      'oversight.reply_rate': { value: 100, quoteHas: '答復率' },
      'disclosure.requests': { value: 116, quoteHas: '提交公開申請116件' },
    },
    // 75 lawsuits were the legal adviser's as an agent; 159 reviews the adviser took part in.
    absent: ['litigation.cases', 'enforcement.case_file_reviews', 'litigation.head_appearance_rate'],
  },
  {
    file: '003_0d3d22b9ea099724.txt',
    metadata: {
      jurisdiction: '嘉祥县',
      level: '县',
      province: '山东省',
      city: '济宁市',
      code: '370829',
      year: 2023,
      bodyKind: 'government',
      published: '2024-02-28',
    },
    values: {
      'normative_docs.reviewed': { value: 4, quoteHas: '审查行政规范性文件4件' },
      'service.online_rate': { value: 99.7, quoteHas: '全程网办率99.7%' },
      'oversight.npc_proposals': { value: 65, quoteHas: '人大代表建议65件' },
      'oversight.cppcc_proposals': { value: 254, quoteHas: '政协委员提案254件' },
      'oversight.reply_rate': { value: 100, quoteHas: '办复率均达100%' },
      // Catalogue v2: the 214 sat the four-yearly re-examination (年审学习考试); the 126 were
      // issued certificates (办理证件申领), i.e. certified in the year, like 芙蓉区's 629.
      'enforcement.officers': { value: 126, quoteHas: '126名行政执法人员办理证件申领' },
      'mediation.succeeded': { value: 758, quoteHas: '调解成功案件758件' },
      'review.concluded': { value: 130, quoteHas: '审结行政复议案件130件' },
      'litigation.cases': { value: 108, quoteHas: '一审行政诉讼案件108件' },
      'litigation.head_appearance_rate': { value: 100, quoteHas: '出庭应诉率100%' },
      'notary.cases': { value: 1024, quoteHas: '办理公证1024件' },
      'legal_aid.cases': { value: 2138, quoteHas: '法律援助案件2138件' },
      'legal_aid.per_10k_rate': { value: 30.54, quoteHas: '万人受援率30.54%' },
      'legal_aid.recovered_amount': { value: 710.99, quoteHas: '挽回经济损失710.99万元' },
      'publicity.events': { value: 268, quoteHas: '普法活动268场次' },
    },
    // 700余人 asked the notary office; 60余次 judicial consultations were the court's.
    absent: ['legal_aid.consultations', 'review.received', 'mediation.cases', 'mediation.success_rate'],
  },
  {
    file: '004_497932fb36e948c2.txt',
    metadata: {
      jurisdiction: '桃林镇',
      level: '镇',
      province: '贵州省',
      city: '遵义市',
      code: '520330119',
      year: 2022,
      bodyKind: 'government',
      published: null,
    },
    values: {
      'mediation.cases': { value: 208, quoteHas: '受理调处矛盾纠纷208起' },
      'mediation.succeeded': { value: 194, quoteHas: '调处成功194起' },
      'mediation.success_rate': { value: 93, quoteHas: '调处成功率达93%' },
    },
    // Catalogue v2: the 4 officers' qualifications were re-examined (重新审查), not a count of certified officers.
    absent: ['litigation.head_appearance_rate', 'service.online_rate', 'legal_aid.cases', 'enforcement.officers'],
  },
];

const reports = new Map<string, ExtractedReport>(
  GOLDEN.map((golden) => [golden.file, extractReport(readFileSync(new URL(`../corpus/${golden.file}`, import.meta.url), 'utf8'))]),
);

describe.each(GOLDEN)('golden report $file', (golden) => {
  const report = reports.get(golden.file)!;

  it('finds the metadata', () => {
    const { metadata } = report;
    expect(metadata.jurisdiction?.value).toBe(golden.metadata.jurisdiction);
    expect(metadata.level?.value).toBe(golden.metadata.level);
    expect(metadata.province?.value).toBe(golden.metadata.province);
    expect(metadata.city?.value).toBe(golden.metadata.city);
    expect(metadata.code?.value ?? null).toBe(golden.metadata.code);
    expect(metadata.year?.value).toBe(golden.metadata.year);
    expect(metadata.bodyKind).toBe(golden.metadata.bodyKind);
    expect(metadata.published?.value ?? null).toBe(golden.metadata.published);
  });

  it.each(Object.entries(golden.values))('states %s', (indicator, expected) => {
    const primary = report.values[indicator as IndicatorId];
    expect(primary, `no value for ${indicator}`).toBeDefined();
    expect(primary!.value).toBe(expected!.value);
    expect(primary!.qualifier).toBe(expected!.qualifier ?? 'exact');
    expect(primary!.derived).toBe(false);
    const extraction = report.extractions.find((item) => item.id === primary!.extractionId)!;
    expect(extraction.sectionKind).toBe('results');
    expect(extraction.span?.text).toContain(expected!.quoteHas);
  });

  it('states nothing else as a value', () => {
    const expectedIds = Object.keys(golden.values).sort();
    expect(Object.keys(report.values).sort()).toEqual(expectedIds);
    for (const indicator of golden.absent) expect(report.values[indicator]).toBeUndefined();
  });

  it('takes every value from a results section', () => {
    for (const primary of Object.values(report.values)) {
      const extraction = report.extractions.find((item) => item.id === primary!.extractionId)!;
      expect(extraction.sectionKind).toBe('results');
    }
  });
});

describe('targets and shortcomings', () => {
  it('reads "保持行政机关负责人出庭应诉率100%" in next year\'s plan as a plan, not a result', () => {
    const report = reports.get('000_c25541d65344bf67.txt')!;
    const planned = report.extractions.filter((item) => item.span?.text.includes('保持'));
    expect(planned.length).toBeGreaterThan(0);
    for (const item of planned) expect(item.sectionKind).toBe('plans');
    const chosen = report.extractions.find((item) => item.id === report.values['litigation.head_appearance_rate']!.extractionId)!;
    expect(chosen.span?.text).not.toContain('保持');
  });

  it("keeps the higher level's figures of 高陵区 (市人大常委会建议3件) out of its values", () => {
    const report = reports.get('002_12849fcba5aa186c.txt')!;
    const cityLevel = report.extractions.find((item) => item.indicator === 'oversight.npc_proposals' && item.value === 3);
    expect(cityLevel).toBeDefined();
    expect(cityLevel!.confidence).toBeLessThan(report.extractions.find((item) => item.value === 91)!.confidence);
  });

  it('checks the reported 93% of 桃林镇 against its counts 194/208 and finds them consistent', () => {
    const report = reports.get('004_497932fb36e948c2.txt')!;
    expect(report.warnings.filter((warning) => warning.code === 'rate_disagrees_with_counts')).toEqual([]);
    expect(report.extractions.some((item) => item.derived)).toBe(false);
  });

  it('warns that 芙蓉区 concluded more reconsiderations (49) than its ordinary cases received (46)', () => {
    const report = reports.get('001_3803b543c87d1562.txt')!;
    expect(report.warnings.map((warning) => warning.code)).toContain('concluded_exceeds_received');
  });
});
