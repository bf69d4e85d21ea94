/** Refiner: a warning for each metadata field that could not be found or resolved. */

import type { ExtractionWarning, ReportMetadata } from '../types';
import type { Refiner } from './refiner';

/** How many of an ambiguous place's candidates its warning names (城关镇 has 88). */
const MAX_CANDIDATES_NAMED = 20;

export function metadataWarnings(metadata: ReportMetadata): ExtractionWarning[] {
  const warnings: ExtractionWarning[] = [];
  if (metadata.flags.includes('no_jurisdiction')) {
    warnings.push({
      code: 'no_jurisdiction',
      message: '未能识别报告所属地区 / the place the report is about was not found',
      paragraphId: null,
      indicators: [],
    });
  }
  if (metadata.flags.includes('no_year')) {
    warnings.push({
      code: 'no_year',
      message: '未能识别报告年度 / the year the report is about was not found',
      paragraphId: null,
      indicators: [],
    });
  }
  if (metadata.flags.includes('ambiguous_place')) {
    const shown = metadata.placeCandidates.slice(0, MAX_CANDIDATES_NAMED);
    const names = shown.map((c) => [c.province, c.city, c.county, c.name].filter((part) => part !== null).join(''));
    const more = metadata.placeCandidates.length - shown.length;
    warnings.push({
      code: 'ambiguous_place',
      message: `${metadata.placeCandidates.length}个同名地区,文中无法确定是哪一个:${names.join('、')}${more > 0 ? `等` : ''} / the text does not say which of ${metadata.placeCandidates.length} places called ${metadata.jurisdiction?.value ?? ''} it is: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
      paragraphId: null,
      indicators: [],
    });
  }
  return warnings;
}

export const warnOnMetadata: Refiner = (state) => ({ ...state, warnings: [...state.warnings, ...metadataWarnings(state.metadata)] });
