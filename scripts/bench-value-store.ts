/**
 * How long the dashboard takes to add one indicator's values to a loaded dataset, to lay this
 * browser's reviews over it and to apply the "reviewed values only" filter, at 3,000 places × 6
 * years of the compact layout (18,000 reports). Prints medians; run with `npx tsx scripts/bench-value-store.ts`.
 * Not a test: a number to compare before and after a change to src/data (value store, overlay).
 */
import { performance } from 'node:perf_hooks';

import { baseDataset } from '../src/data/get-dataset';
import { withValues } from '../src/data/get-values';
import { onlyReviewedValues, overlayReviews } from '../src/data/review-overlay';
import { buildCompact } from '../src/data/review-risk';
import type { IndexFile, PrimaryValueEntry, ReportEntry } from '../src/data/schema';
import { deriveCompareState } from '../src/features/compare/compare-state';
import { deriveTrendState } from '../src/features/trend/trend-state';
import { median } from '../src/lib/median';
import { manyPlaces } from '../tests/fixtures/dataset/fixture';

const PLACES = 3000;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const RUNS = 15;

/** The fixture's 嘉祥县 2023 as `PLACES` places, each with a report in every year of `YEARS`. */
function placesByYears(): IndexFile {
  const one = manyPlaces(PLACES);
  const reports = YEARS.flatMap((year) =>
    one.reports.map((report): ReportEntry => ({
      ...report,
      id: `${report.jurisdictionId}-${year}`,
      year,
      detailPath: `reports/${report.jurisdictionId}/${year}.json`,
    })),
  );
  return { ...one, reports };
}

function time(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times) ?? Number.NaN;
}

const index = placesByYears();
const compact = buildCompact(index);
const base = baseDataset({ kind: 'compact', catalog: compact.catalog }, []);
const byCount = [...compact.values].sort((a, b) => b.report.length - a.report.length);
const [first, second] = byCount;
if (!first || !second) throw new Error('the bench index needs two indicators with values');
const withFirst = withValues(base, [first]);
// Reviews of one report in a hundred: what a reviewer's browser holds after a long session.
const overlay = new Map<string, Record<string, PrimaryValueEntry>>();
index.reports.forEach((report, i) => {
  if (i % 100 !== 0) return;
  overlay.set(
    report.id,
    Object.fromEntries(
      Object.entries(report.values).map(([id, value]) => [
        id,
        {
          ...value,
          review: {
            status: 'confirmed',
            decision: 'confirm',
            decisionId: `d-${report.id}-${id}`,
            reviewer: 'bench',
            reviewedAt: '2025-01-01T00:00:00Z',
            note: null,
            original: null,
          },
        } satisfies PrimaryValueEntry,
      ]),
    ),
  );
});
const reviewed = overlayReviews(withFirst, overlay);
const filtered = onlyReviewedValues(reviewed);
// Values now sit beside the reports, read through layers: what the views pay for that on each derivation.
const compareUi = {
  indicator: first.indicator,
  year: 2023,
  province: null,
  city: null,
  level: null,
  body: 'all',
  perCapita: false,
} as const;
const trendUi = { indicator: first.indicator, jurisdictions: [] };

console.log(
  `${index.reports.length} reports, ${index.jurisdictions.length} places; adding ${second.report.length} values of ${second.indicator}; median of ${RUNS} runs`,
);
console.log(`add one indicator's values (withValues):       ${time(() => withValues(withFirst, [second])).toFixed(2)} ms`);
console.log(
  `lay reviews over it (overlayReviews, ${overlay.size} reports): ${time(() => overlayReviews(withFirst, overlay)).toFixed(2)} ms`,
);
console.log(`reviewed values only (onlyReviewedValues):     ${time(() => onlyReviewedValues(reviewed)).toFixed(2)} ms`);
console.log(`compare view over the reviewed data:           ${time(() => deriveCompareState(reviewed, compareUi)).toFixed(2)} ms`);
console.log(`compare view, reviewed values only:            ${time(() => deriveCompareState(filtered, compareUi)).toFixed(2)} ms`);
console.log(`trend view, reviewed values only:              ${time(() => deriveTrendState(filtered, trendUi)).toFixed(2)} ms`);
