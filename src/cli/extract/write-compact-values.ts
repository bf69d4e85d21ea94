/**
 * The value files of a dataset, written from the per-indicator value spills of the written index
 * (src/cli/extract/index-spill.ts), one indicator at a time: the compact layout's
 * `compact/values/<indicator>.json` (src/data/compact.ts), each shard part's value file of that
 * indicator (src/data/shards.ts `partValuesOf`), and the review queue's ranking
 * (src/data/review-risk.ts `IndicatorAssessment`), all from one read of the indicator's values.
 * Run by the commit, or (a national run) by the downloads' thread beside it, which reads the
 * spills by their paths once the index is written: the reports themselves are never read back.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { compactValuesOf, valuesPath } from '../../data/compact';
import { type AssessmentLinks, IndicatorAssessment, type ValueAssessment } from '../../data/review-risk';
import type { IndexFile, PrimaryValueEntry } from '../../data/schema';
import { type PartRouting, partValuesOf } from '../../data/shard-build';
import { partValuesPath } from '../../data/shards';
import { spilledLines } from './line-spill';

/** Where a run's value spills lie, for a thread that writes the value files from them. */
export interface ValueSpills {
  /** In catalogue order, as the index head's indicators. */
  readonly indicatorIds: readonly string[];
  /** Each indicator's spill: `[report position, value]` lines in index order. */
  readonly files: readonly string[];
  readonly reportCount: number;
}

/** What the value files are written from: the spills, and what routes and ranks each report's values (numbers per report). */
export interface ValueFilesJob {
  readonly spills: ValueSpills;
  readonly indicators: IndexFile['indicators'];
  readonly routing: PartRouting;
  readonly links: AssessmentLinks;
}

/** The `[report position, value]` of each line of a value spill. */
export function* parsedValues(lines: Iterable<string>): Generator<readonly [number, PrimaryValueEntry]> {
  for (const line of lines) yield JSON.parse(line) as [number, PrimaryValueEntry];
}

/**
 * Writes every indicator's compact value file and its shard parts' value files into
 * `datasetFolder`, each indicator's built from its spill and let go of before the next, and
 * returns the review queue's ranking of every value.
 */
export function writeValueFiles(datasetFolder: string, job: ValueFilesJob): ValueAssessment {
  const { spills, routing } = job;
  const made = new Set<string>();
  const write = (relativePath: string, value: unknown) => {
    const target = path.join(datasetFolder, ...relativePath.split('/'));
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, `${JSON.stringify(value)}\n`);
  };
  const assessment = new IndicatorAssessment(job.indicators, job.links);
  spills.indicatorIds.forEach((indicatorId, position) => {
    const file = compactValuesOf(indicatorId, spills.reportCount, parsedValues(spilledLines(spills.files[position]!)));
    write(valuesPath(indicatorId), file);
    partValuesOf(file, routing).forEach((part, at) => {
      const { shard, year } = routing.parts[at]!;
      write(partValuesPath(shard, year, indicatorId), part);
    });
    assessment.add(position, file);
  });
  return assessment.result();
}
