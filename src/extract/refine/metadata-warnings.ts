/** Refiner: a warning for each metadata field that could not be found or resolved. */

import type { ExtractionWarning, ReportMetadata } from '../types';
import type { Refiner } from './refiner';

export function metadataWarnings(metadata: ReportMetadata): ExtractionWarning[] {
  const warnings: ExtractionWarning[] = [];
  if (metadata.flags.includes('no_jurisdiction')) {
    warnings.push({ code: 'no_jurisdiction', message: '未能识别报告所属地区 / the place the report is about was not found', paragraphId: null });
  }
  if (metadata.flags.includes('no_year')) {
    warnings.push({ code: 'no_year', message: '未能识别报告年度 / the year the report is about was not found', paragraphId: null });
  }
  if (metadata.flags.includes('ambiguous_division')) {
    warnings.push({
      code: 'ambiguous_division',
      message: `多个行政区划同名,未能确定区划代码 / several divisions share the name ${metadata.jurisdiction?.value ?? ''}; no code was assigned`,
      paragraphId: null,
    });
  }
  return warnings;
}

export const warnOnMetadata: Refiner = (state) => ({ ...state, warnings: [...state.warnings, ...metadataWarnings(state.metadata)] });
