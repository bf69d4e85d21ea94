/**
 * The compact layout's value files (`compact/values/<indicator>.json`, src/data/compact.ts), written
 * from the per-indicator value spills of the written index (src/cli/extract/index-spill.ts), one
 * indicator at a time: by the commit, or by the downloads' thread beside it (a large run), which
 * reads the spills by their paths once the index is written.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { compactValuesOf, valuesPath } from '../../data/compact';
import type { PrimaryValueEntry } from '../../data/schema';

/** Where a run's value spills lie, for a thread that writes the value files from them. */
export interface ValueSpills {
  /** In catalogue order, as the index head's indicators. */
  readonly indicatorIds: readonly string[];
  /** Each indicator's spill: `[report position, value]` lines in index order. */
  readonly files: readonly string[];
  readonly reportCount: number;
}

/** The `[report position, value]` of each line of a value spill. */
export function* parsedValues(lines: Iterable<string>): Generator<readonly [number, PrimaryValueEntry]> {
  for (const line of lines) yield JSON.parse(line) as [number, PrimaryValueEntry];
}

/** Writes every indicator's value file into `datasetFolder`, each built from `valuesOf(its catalogue position)` and let go of before the next. */
export function writeCompactValues(
  datasetFolder: string,
  indicatorIds: readonly string[],
  reportCount: number,
  valuesOf: (position: number) => Iterable<readonly [number, PrimaryValueEntry]>,
): void {
  mkdirSync(path.join(datasetFolder, ...valuesPath('x').split('/').slice(0, -1)), { recursive: true });
  indicatorIds.forEach((indicatorId, position) => {
    const file = compactValuesOf(indicatorId, reportCount, valuesOf(position));
    writeFileSync(path.join(datasetFolder, ...valuesPath(file.indicator).split('/')), `${JSON.stringify(file)}\n`);
  });
}
