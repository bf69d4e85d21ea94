/** Wordings beyond the bundled reports, on hand-written texts (see tests/fixtures/handwritten/README.md). */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { extractReport } from '../src/extract';

function valuesOf(file: string): Record<string, [number, string]> {
  const report = extractReport(readFileSync(new URL(`fixtures/handwritten/${file}`, import.meta.url), 'utf8'));
  return Object.fromEntries(Object.entries(report.values).map(([indicator, value]) => [indicator, [value!.value, value!.qualifier]]));
}

describe('hand-written reports', () => {
  it('district-2023.txt: every stated result, no target, no satisfaction rate as a reply rate, no officers examined as officers certified (v2)', () => {
    expect(valuesOf('district-2023.txt')).toEqual({
      'review.received': [236, 'exact'],
      'review.concluded': [198, 'exact'],
      'review.corrected': [31, 'exact'],
      'review.correction_rate': [15.7, 'exact'],
      'litigation.cases': [87, 'exact'],
      'litigation.head_appearance_rate': [100, 'exact'],
      'litigation.loss_rate': [6.9, 'exact'],
      'disclosure.requests': [1024, 'exact'],
      'service.online_rate': [96.5, 'exact'],
      'mediation.cases': [5632, 'exact'],
      'mediation.succeeded': [5588, 'exact'],
      'mediation.success_rate': [99.2, 'exact'],
      'petition.cases': [1268, 'exact'],
      'petition.on_time_rate': [98.6, 'exact'],
      'legal_aid.cases': [1356, 'exact'],
      'legal_aid.consultations': [8900, 'approx'],
      'legal_aid.recovered_amount': [2360, 'exact'],
      'notary.cases': [3215, 'exact'],
      'publicity.events': [320, 'approx'],
      'enforcement.penalty_cases': [4876, 'exact'],
      'enforcement.case_file_reviews': [600, 'exact'],
      'normative_docs.reviewed': [27, 'exact'],
      'decisions.major_decisions': [8, 'exact'],
      'oversight.npc_proposals': [156, 'exact'],
      'oversight.cppcc_proposals': [189, 'exact'],
    });
  });

  it('justice-bureau-2022.txt: counts are given to the right nouns, subsets and targets stay out', () => {
    expect(valuesOf('justice-bureau-2022.txt')).toEqual({
      'review.received': [45, 'exact'],
      // 「已审结38件」 borrows 复议 across 「其中受理40件」 (a bare step of the chain) and 「不予受理5件」.
      'review.concluded': [38, 'exact'],
      'litigation.cases': [32, 'exact'],
      // After 「较2021年的28件」: the other year's figure no longer hides the year's rate after it.
      'litigation.head_appearance_rate': [96.9, 'exact'],
      'mediation.cases': [2105, 'exact'],
      'mediation.succeeded': [2078, 'exact'],
      'mediation.success_rate': [98.7, 'exact'],
      'legal_aid.cases': [658, 'exact'],
      'legal_aid.consultations': [11240, 'exact'],
      'publicity.events': [136, 'exact'],
      'enforcement.officers': [862, 'exact'],
      'enforcement.case_file_reviews': [150, 'exact'],
    });
  });
});
