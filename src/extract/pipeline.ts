/**
 * extractReport: text in, metadata + paragraphs + source-grounded values out. Parsers run first
 * (normalize, segment, metadata, numbers, indicator matching), then refiners judge what they found
 * (derived rates, consistency warnings, one primary value per indicator).
 */

import { matchParagraph } from './indicators/match';
import { extractMetadata } from './metadata';
import { normalizeForMatching } from './normalize/normalize';
import { findNumbers } from './numbers';
import { deriveRates, type Located } from './refine/derive';
import { checkConsistency, selectPrimaryValues } from './refine/select';
import { segmentReport } from './segment/segment';
import { SYNTHETIC_MARKER } from './synthetic';
import type { ExtractedReport, Extraction, ExtractionWarning, ReportMetadata } from './types';

function metadataWarnings(metadata: ReportMetadata): ExtractionWarning[] {
  const warnings: ExtractionWarning[] = [];
  if (metadata.flags.includes('no_jurisdiction')) {
    warnings.push({ code: 'no_jurisdiction', message: '未能识别报告所属地区 / the place the report is about was not found', paragraphId: null, indicators: [] });
  }
  if (metadata.flags.includes('no_year')) {
    warnings.push({ code: 'no_year', message: '未能识别报告年度 / the year the report is about was not found', paragraphId: null, indicators: [] });
  }
  if (metadata.flags.includes('ambiguous_division')) {
    warnings.push({
      code: 'ambiguous_division',
      message: `多个行政区划同名,未能确定区划代码 / several divisions share the name ${metadata.jurisdiction?.value ?? ''}; no code was assigned`,
      paragraphId: null,
      indicators: [],
    });
  }
  return warnings;
}

/**
 * Reads one report. `text` is the report as decoded (web-page chrome and all); everything
 * returned points back into it: paragraph texts are verbatim slices, and each reported value's
 * quote is `paragraph.text.slice(start, end)`.
 */
export function extractReport(text: string): ExtractedReport {
  const normalized = normalizeForMatching(text);
  const metadata = extractMetadata(text, normalized);
  const paragraphs = segmentReport(text, normalized);
  const context = { reportYear: metadata.year?.value ?? null, level: metadata.level?.value ?? null };

  const located: Located[] = [];
  let counter = 0;
  for (const paragraph of paragraphs) {
    if (paragraph.isHeading) continue;
    const view = normalized.slice(paragraph.offset, paragraph.offset + paragraph.text.length);
    const mentions = findNumbers(view);
    const inPlans = paragraph.sectionKind === 'plans';
    for (const candidate of matchParagraph(view, mentions, { ...context, inPlans })) {
      counter += 1;
      const extraction: Extraction = {
        id: `e${counter}`,
        indicator: candidate.indicator,
        value: candidate.value,
        unit: candidate.unit,
        qualifier: candidate.qualifier,
        derived: false,
        paragraphId: paragraph.id,
        start: candidate.quoteStart,
        end: candidate.quoteEnd,
        quote: paragraph.text.slice(candidate.quoteStart, candidate.quoteEnd),
        sectionKind: paragraph.sectionKind,
        derivedFrom: [],
        confidence: candidate.confidence,
        // Scope and wording are judged by the matcher from v2 on; until then every figure is the place's own.
        scope: 'own',
        wording: null,
        variant: null,
      };
      located.push({ extraction, sentence: candidate.sentence });
    }
  }

  let derivedCounter = 0;
  const { derived, warnings: rateWarnings } = deriveRates(located, () => `d${(derivedCounter += 1)}`);
  const extractions = [...located.map((item) => item.extraction), ...derived];
  const values = selectPrimaryValues(extractions);
  const warnings = [...metadataWarnings(metadata), ...rateWarnings, ...checkConsistency(extractions, values)];
  return { metadata, paragraphs, extractions, values, warnings, synthetic: SYNTHETIC_MARKER.test(normalized) };
}
