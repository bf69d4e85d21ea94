/**
 * What a sentence yields as a report's own values, chosen as the report's choice is made
 * (src/extract/refine/select.ts): for each indicator the surest own candidate of at least the
 * primary confidence, the earliest on a tie. Shared by the extractor's tests of value wordings
 * seen on real pages (src/extract/indicators/v3-values.test.ts, v4-figures.test.ts).
 */
import { type MatchContext, matchParagraph } from '../../src/extract/indicators/match';
import { normalizeForMatching } from '../../src/extract/normalize/normalize';
import { findNumbers } from '../../src/extract/numbers';
import { MIN_PRIMARY_CONFIDENCE } from '../../src/extract/refine/select';

export function surestOwnValues(sentence: string, context: MatchContext): Record<string, number> {
  const view = normalizeForMatching(sentence);
  const best = new Map<string, { value: number; confidence: number }>();
  for (const candidate of matchParagraph(view, findNumbers(view), context)) {
    if (candidate.scope !== 'own' || candidate.confidence < MIN_PRIMARY_CONFIDENCE) continue;
    const current = best.get(candidate.indicator);
    if (current === undefined || candidate.confidence > current.confidence) best.set(candidate.indicator, candidate);
  }
  return Object.fromEntries([...best].map(([indicator, candidate]) => [indicator, candidate.value]));
}
