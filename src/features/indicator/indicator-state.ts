/**
 * The indicator page's model, apart from rendering: which indicator it shows, how the extractor
 * reads it, and its coverage from what the whole data folder holds. Pure.
 */

import type { Dataset } from '../../data/dataset';
import { wantedIndicator } from '../../data/dataset';
import { coverageFromDataset, coverageFromManifest, type CoverageTable } from '../../data/indicator-coverage';
import type { IndicatorEntry, ShardManifest } from '../../data/schema';
import { type IndicatorId, type IndicatorReading, isIndicatorId } from '../../extract/light';

export interface IndicatorPage {
  readonly indicator: IndicatorEntry;
  /** How this program's extractor reads it; null for an indicator of the data this program does not know, or until its rules are loaded. */
  readonly reading: IndicatorReading | null;
  readonly coverage: CoverageTable;
}

/**
 * The page of the indicator the address names (the data's default indicator when it names none);
 * `readIndicator` is the extractor's `indicatorReading`, loaded on demand (null until it is).
 * Coverage comes from the manifest of a sharded folder, whose parts a view loads only in part,
 * else from the dataset, which then holds every report of the folder.
 */
export function indicatorPage(
  dataset: Dataset,
  indicatorId: string | null,
  manifest: ShardManifest | null,
  readIndicator: ((id: IndicatorId) => IndicatorReading) | null,
): IndicatorPage | null {
  const indicator = wantedIndicator(dataset, indicatorId);
  if (!indicator) return null;
  return {
    indicator,
    reading: readIndicator && isIndicatorId(indicator.id) ? readIndicator(indicator.id) : null,
    coverage: manifest ? coverageFromManifest(manifest, indicator.id) : coverageFromDataset(dataset, indicator.id),
  };
}

/** A list of words as a reader writes it: 「甲、乙、丙」 in Chinese, "甲, 乙, 丙" in English. */
export function wordList(words: readonly string[], lang: 'zh' | 'en'): string {
  return words.join(lang === 'zh' ? '、' : ', ');
}
